/**
 * A participant's Wi-Fi drops: the badge says offline, their edits stay (IndexedDB), and when the
 * network returns everyone (the other participant and the projector) converges on the same board.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createSession,
  joinAs,
  openConsole,
  openProjector,
  presentItem,
  e2eWorld,
} from './helpers';

const world = e2eWorld();
const errors: string[] = [];

function note(page: Page, text: string, author: string) {
  return page.locator(`[aria-label="Initiatief “${text}” van ${author}"]`);
}

async function add(page: Page, text: string): Promise<void> {
  await page.getByLabel('Nieuw initiatief').fill(text);
  await page.getByRole('button', { name: 'Op het bord zetten' }).click();
  await note(page, text, 'jou').waitFor();
}

describe('offline and back', () => {
  it(
    'keeps a participant’s offline edits and converges everyone after reconnecting',
    { timeout: 120_000 },
    async () => {
      const session = await createSession(world().server);
      const consolePage = (await openConsole(world().browser, session, errors)).page;
      const projector = (await openProjector(world().browser, session, errors)).page;
      const dana = await joinAs(world().browser, session, 'Dana', 'Inwoner', errors);
      const erik = await joinAs(world().browser, session, 'Erik', 'Anders', errors);
      await presentItem(consolePage, 'Waar staan onze initiatieven?', projector);
      await dana.page
        .getByRole('heading', { level: 1, name: 'Waar staan onze initiatieven?' })
        .waitFor();
      await add(dana.page, 'Voor de storing');
      await note(erik.page, 'Voor de storing', 'Dana').waitFor();

      // The Wi-Fi drops for Dana.
      await dana.context.setOffline(true);
      await dana.page
        .getByRole('status', { name: 'Verbindingsstatus' })
        .getByText('Offline', { exact: false })
        .waitFor();

      // She keeps working: a new note, an edit of her earlier one.
      await add(dana.page, 'Tijdens de storing');
      await dana.page.getByRole('button', { name: '“Voor de storing” bewerken' }).click();
      await dana.page
        .getByRole('textbox', { name: '“Voor de storing” bewerken' })
        .fill('Voor de storing, bijgewerkt');
      await dana.page.getByRole('button', { name: 'Opslaan' }).click();
      // Meanwhile Erik adds one of his own, which Dana cannot see yet.
      await add(erik.page, 'Van Erik tijdens de storing');

      // Nobody else has seen Dana's offline edits.
      expect(await note(erik.page, 'Tijdens de storing', 'Dana').count()).toBe(0);
      expect(await note(dana.page, 'Van Erik tijdens de storing', 'Erik').count()).toBe(0);

      // The network returns: everything converges, in both directions.
      await dana.context.setOffline(false);
      await dana.page
        .getByRole('status', { name: 'Verbindingsstatus' })
        .getByText('Verbonden')
        .waitFor();
      for (const page of [erik.page, projector]) {
        await note(page, 'Tijdens de storing', 'Dana').waitFor();
        await note(page, 'Voor de storing, bijgewerkt', 'Dana').waitFor();
      }
      await note(dana.page, 'Van Erik tijdens de storing', 'Erik').waitFor();

      // Same notes on every screen.
      const labels = async (page: Page) =>
        (
          await page
            .locator('.board .note')
            .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''))
        )
          .map((label) => label.replace(/ van (jou|Dana|Erik)$/, ''))
          .sort();
      const expected = await labels(projector);
      expect(expected).toHaveLength(3);
      await expect.poll(() => labels(dana.page)).toEqual(expected);
      await expect.poll(() => labels(erik.page)).toEqual(expected);
      expect(errors).toEqual([]);
    },
  );
});
