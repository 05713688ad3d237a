/**
 * Stopper 1 of issue 13: the projector shows the address the server is reached at by others
 * (PUBLIC_URL or its LAN address), never the browser's own: a facilitator who opens the presenter
 * at localhost still projects a link the room can open, and is warned when no such link exists.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { qrCodePath } from '../../client/ui/QrCode';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import { createSession, e2eWorld, watchErrors, type CreatedSession } from './helpers';

const PUBLIC_URL = 'https://workshop.example.org';
const world = e2eWorld({ env: { PUBLIC_URL } });

/** The presenter as a facilitator would open it on the laptop: at localhost, not at the link. */
function localPresentUrl(server: TestServer, session: CreatedSession, query = ''): string {
  const key = new URL(session.presentUrl).hash;
  return `http://localhost:${server.port}/present/${session.code}${query}${key}`;
}

async function openLocalPresenter(
  server: TestServer,
  session: CreatedSession,
  errors: string[],
  query = '',
): Promise<Page> {
  const page = await world().browser.newPage({ viewport: { width: 1920, height: 1080 } });
  watchErrors(page, errors);
  await page.goto(localPresentUrl(server, session, query));
  await page.locator('.stage-welcome .join-panel').waitFor();
  return page;
}

/** The `d` of a drawn QR code: compared with the path the same text encodes to. */
async function qrPathIn(page: Page, selector: string): Promise<string | null> {
  return page.locator(`${selector} path`).getAttribute('d');
}

describe('the join address on the projector', () => {
  it('shows PUBLIC_URL in the welcome slide, the QR code and the join chip when opened at localhost', async () => {
    const { server } = world();
    const session = await createSession(server);
    const expectedUrl = `${PUBLIC_URL}/join/${session.code}`;
    expect(session.joinUrl).toBe(expectedUrl);
    const errors: string[] = [];
    const page = await openLocalPresenter(server, session, errors);

    const panel = page.locator('.stage-welcome .join-panel');
    await panel.locator('.join-panel__url', { hasText: 'workshop.example.org/join' }).waitFor();
    await panel.getByRole('img', { name: `Doe mee op ${expectedUrl}` }).waitFor();
    const encoded = qrCodePath(expectedUrl).path;
    expect(await qrPathIn(page, '.stage-welcome .join-panel__qr')).toBe(encoded);

    const chip = page.getByRole('button', { name: 'Toon deelname-info op volledig scherm' });
    expect(await chip.locator('.join-chip__url').textContent()).toBe('workshop.example.org/join');
    expect(await qrPathIn(page, '.join-chip__qr')).toBe(encoded);

    expect(await page.locator('body').innerText()).not.toContain('localhost');
    expect(await page.locator('.join-address-warning').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('warns the facilitator, in Dutch and English, when the address works only on this computer', async () => {
    // The test servers listen on 127.0.0.1: a laptop with no network and no PUBLIC_URL.
    const loopback = await startServer();
    try {
      const session = await createSession(loopback);
      const errors: string[] = [];
      const origin = `127.0.0.1:${loopback.port}`;

      const page = await openLocalPresenter(loopback, session, errors);
      const warning = page.getByRole('alert').filter({ hasText: 'Deelnameadres' });
      await warning.waitFor();
      expect(await warning.textContent()).toContain(`Niemand anders kan meedoen via ${origin}`);
      // Not on the projected join panel: the room must not read the facilitator's problem.
      expect(await page.locator('.join-panel .join-address-warning').count()).toBe(0);
      // The link still comes from the server (which says what it listens on), not the browser.
      expect(await page.locator('.stage-welcome .join-panel__url').textContent()).toBe(
        `${origin}/join`,
      );
      await page.close();

      const english = await openLocalPresenter(loopback, session, errors, '?lang=en');
      await english
        .getByRole('alert')
        .filter({ hasText: `Nobody else can join at ${origin}` })
        .waitFor();
      await english.close();
      expect(errors).toEqual([]);
    } finally {
      await stopAndClean(loopback);
    }
  });
});
