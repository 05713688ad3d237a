/**
 * Offline work that meets a lock, in a real browser: Dana goes offline, writes a takeaway and
 * moves her note; the facilitator locks the board; she comes back. Her screen says what happened,
 * shows her note back where the shared board has it, keeps her takeaway, and after the unlock
 * she can move the note again.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createSession,
  e2eWorld,
  joinAs,
  openConsole,
  openProjector,
  presentItem,
} from './helpers';

const world = e2eWorld();
const errors: string[] = [];
const QUADRANT = 'Waar staan onze initiatieven?';
const TAKEAWAY = 'Meeneempunt van tijdens de storing';
const SECOND_TAKEAWAY = 'Meeneempunt na het herstel';

function note(page: Page, text: string, author: string) {
  return page.locator(`[aria-label="Initiatief “${text}” van ${author}"]`);
}

async function notePosition(page: Page, text: string, author: string): Promise<number> {
  return note(page, text, author).evaluate((element) =>
    Number.parseFloat((element as HTMLElement).style.left),
  );
}

/** Keyboard drag: space picks up, arrows move, space drops. */
async function moveLeft(page: Page, text: string): Promise<void> {
  await note(page, text, 'jij').focus();
  await page.keyboard.press('Space');
  for (let step = 0; step < 6; step += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Space');
}

function agendaButton(page: Page, title: RegExp) {
  return page.getByRole('navigation', { name: 'Programma' }).getByRole('button', { name: title });
}

describe('offline work that meets a lock', () => {
  it(
    'keeps the takeaway, puts the note back with a clear message, and works again after the unlock',
    { timeout: 120_000 },
    async () => {
      const session = await createSession(world().server);
      const consolePage = (await openConsole(world().browser, session, errors)).page;
      const projector = (await openProjector(world().browser, session, errors)).page;
      const dana = await joinAs(world().browser, session, 'Dana', 'Inwoner', errors);
      const erik = await joinAs(world().browser, session, 'Erik', 'Anders', errors);
      await presentItem(consolePage, QUADRANT, projector);
      await dana.page.getByRole('heading', { level: 1, name: QUADRANT }).waitFor();
      await dana.page.getByLabel('Nieuw initiatief').fill('Mijn plek');
      await dana.page.getByRole('button', { name: 'Op het bord zetten' }).click();
      await note(projector, 'Mijn plek', 'Dana').waitFor();
      const shared = await notePosition(projector, 'Mijn plek', 'Dana');

      // Offline: a takeaway, then a move of her note.
      await dana.context.setOffline(true);
      await dana.page
        .getByRole('status', { name: 'Verbindingsstatus' })
        .getByText('Offline', { exact: false })
        .waitFor();
      await agendaButton(dana.page, /Terugkoppeling/).click();
      await dana.page.locator('textarea').fill(TAKEAWAY);
      await dana.page.getByRole('button', { name: 'Toevoegen' }).click();
      await dana.page.getByText(TAKEAWAY, { exact: true }).first().waitFor();
      await dana.page.getByRole('button', { name: 'Terug naar nu' }).click();
      await moveLeft(dana.page, 'Mijn plek');
      await expect.poll(() => notePosition(dana.page, 'Mijn plek', 'jij')).toBeLessThan(shared - 5);

      // The facilitator locks the board; Dana comes back.
      await consolePage.getByRole('button', { name: 'Bord vergrendelen' }).click();
      await erik.page.getByText('Het bord is vergrendeld door de facilitator').waitFor();
      await dana.context.setOffline(false);

      // She is told, and her screen shows the shared board again: the note back in place ...
      await dana.page
        .getByRole('alert')
        .getByText('Het bord is vergrendeld: je wijziging aan de initiatieven')
        .waitFor({ timeout: 20_000 });
      await dana.page
        .getByRole('status', { name: 'Verbindingsstatus' })
        .getByText('Verbonden')
        .waitFor();
      await expect.poll(() => notePosition(dana.page, 'Mijn plek', 'jij')).toBe(shared);
      expect(await notePosition(projector, 'Mijn plek', 'Dana')).toBe(shared);
      // ... and her takeaway kept, on her screen and on Erik's.
      for (const page of [dana.page, erik.page]) {
        await agendaButton(page, /Terugkoppeling/).click();
        await page
          .getByRole('region', { name: 'Wat de groep meeneemt' })
          .getByText(TAKEAWAY)
          .waitFor();
      }
      // The rebuilt session is live: a new takeaway (allowed while locked) reaches Erik.
      await dana.page.locator('textarea').fill(SECOND_TAKEAWAY);
      await dana.page.getByRole('button', { name: 'Toevoegen' }).click();
      await erik.page
        .getByRole('region', { name: 'Wat de groep meeneemt' })
        .getByText(SECOND_TAKEAWAY)
        .waitFor();
      await dana.page.getByRole('button', { name: 'Melding sluiten' }).click();
      // Closing re-renders: wait for it rather than count in the same instant as the click.
      await expect.poll(() => dana.page.getByRole('alert').count()).toBe(0);
      // Her local copy (IndexedDB) was rebuilt too: a reload does not bring the refused move back
      // (and shows the live item, the quadrant, again).
      await dana.page.reload();
      await dana.page
        .getByRole('status', { name: 'Verbindingsstatus' })
        .getByText('Verbonden')
        .waitFor();
      await note(dana.page, 'Mijn plek', 'jij').waitFor();
      expect(await notePosition(dana.page, 'Mijn plek', 'jij')).toBe(shared);

      // After the unlock her moves go through again.
      await consolePage.getByRole('button', { name: 'Bord ontgrendelen' }).click();
      await dana.page.getByText('Het bord is vergrendeld door de facilitator').waitFor({
        state: 'detached',
      });
      await moveLeft(dana.page, 'Mijn plek');
      await expect.poll(() => notePosition(dana.page, 'Mijn plek', 'jij')).toBeLessThan(shared - 4);
      await expect
        .poll(() => notePosition(projector, 'Mijn plek', 'Dana'), { timeout: 20_000 })
        .toBeLessThan(shared - 4);
      expect(await dana.page.getByRole('alert').count()).toBe(0);
      expect(errors).toEqual([]);
    },
  );
});
