/**
 * Stopper 1 of issue 13: the projector shows the address the server is reached at by others
 * (PUBLIC_URL or its LAN address), never the browser's own: a facilitator who opens the console
 * and projector at localhost still projects a link the room can open, and the console warns when
 * no such link exists.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { qrCodePath } from '../../client/ui/QrCode';
import { pagePath } from '../../shared/core/protocol';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import { createSession, e2eWorld, watchErrors, type CreatedSession } from './helpers';

const PUBLIC_URL = 'https://workshop.example.org';
const world = e2eWorld({ env: { PUBLIC_URL } });

/** The projector or the console as a facilitator would open it on the laptop: at localhost. */
function localUrl(
  server: TestServer,
  session: CreatedSession,
  page: 'present' | 'console',
  query = '',
): string {
  const key = new URL(session.presentUrl).hash;
  return `http://localhost:${server.port}${pagePath(page, session.code)}${query}${key}`;
}

async function openLocal(
  server: TestServer,
  session: CreatedSession,
  errors: string[],
  options: { page?: 'present' | 'console'; query?: string } = {},
): Promise<Page> {
  const page = await world().browser.newPage({ viewport: { width: 1920, height: 1080 } });
  watchErrors(page, errors);
  await page.goto(localUrl(server, session, options.page ?? 'present', options.query));
  await page.locator('.stage-welcome .join-panel').first().waitFor();
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
    const page = await openLocal(server, session, errors);

    const panel = page.locator('.stage-welcome .join-panel');
    await panel.locator('.join-panel__url', { hasText: 'workshop.example.org/join' }).waitFor();
    await panel.getByRole('img', { name: `Doe mee op ${expectedUrl}` }).waitFor();
    const encoded = qrCodePath(expectedUrl).path;
    expect(await qrPathIn(page, '.stage-welcome .join-panel__qr')).toBe(encoded);

    const chip = page.locator('.join-chip');
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

      // On the console, never on the projector: the room must not read the facilitator's problem.
      const desk = await openLocal(loopback, session, errors, { page: 'console' });
      const warning = desk.getByRole('alert').filter({ hasText: 'Deelnameadres' });
      await warning.waitFor();
      expect(await warning.textContent()).toContain(`Niemand anders kan meedoen via ${origin}`);
      await desk.close();
      const page = await openLocal(loopback, session, errors);
      expect(await page.locator('.join-address-warning').count()).toBe(0);
      // The link still comes from the server (which says what it listens on), not the browser.
      expect(await page.locator('.stage-welcome .join-panel__url').textContent()).toBe(
        `${origin}/join`,
      );
      await page.close();

      const english = await openLocal(loopback, session, errors, {
        page: 'console',
        query: '?lang=en',
      });
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
