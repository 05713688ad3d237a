/**
 * Offline work that meets a lock, in a real browser: Dana goes offline, says she is done and
 * moves her note; the facilitator locks writing; she comes back. Her screen says what happened,
 * shows her note back where the shared board has it, keeps her "done", and after the unlock she
 * can move the note and write again.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  keyboardDrag,
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
const TAKEAWAY = 'Meeneempunt na het slot';

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
  await keyboardDrag(page, note(page, text, 'jou'), Array<string>(6).fill('ArrowLeft'));
}

function agendaButton(page: Page, title: RegExp) {
  return page.getByRole('navigation', { name: 'Programma' }).getByRole('button', { name: title });
}

describe('offline work that meets a lock', () => {
  it(
    'keeps her "done", puts the note back with a clear message, and works again after the unlock',
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

      // Offline: "I'm done" (a lock leaves that alone), then a move of her note (a lock stops it).
      await dana.context.setOffline(true);
      await dana.page
        .getByRole('status', { name: 'Verbindingsstatus' })
        .getByText('Offline', { exact: false })
        .waitFor();
      await dana.page.getByRole('button', { name: 'Ik ben klaar' }).click();
      await moveLeft(dana.page, 'Mijn plek');
      await expect.poll(() => notePosition(dana.page, 'Mijn plek', 'jou')).toBeLessThan(shared - 5);

      // The facilitator locks the board; Dana comes back.
      await consolePage.getByRole('button', { name: 'Schrijven vergrendelen' }).click();
      await erik.page.getByText('De facilitator heeft het schrijven vergrendeld').waitFor();
      await dana.context.setOffline(false);

      // She is told, and her screen shows the shared board again: the note back in place ...
      await dana.page
        .getByRole('alert')
        .getByText('Het schrijven is vergrendeld: je wijziging')
        .waitFor({ timeout: 20_000 });
      await dana.page
        .getByRole('status', { name: 'Verbindingsstatus' })
        .getByText('Verbonden')
        .waitFor();
      await expect.poll(() => notePosition(dana.page, 'Mijn plek', 'jou')).toBe(shared);
      expect(await notePosition(projector, 'Mijn plek', 'Dana')).toBe(shared);
      // ... and her "done" kept: the console counts it.
      await consolePage.getByText('1 van 2 klaar').first().waitFor();
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
      await note(dana.page, 'Mijn plek', 'jou').waitFor();
      expect(await notePosition(dana.page, 'Mijn plek', 'jou')).toBe(shared);

      // After the unlock her moves go through again.
      await consolePage.getByRole('button', { name: 'Schrijven ontgrendelen' }).click();
      await dana.page.getByText('De facilitator heeft het schrijven vergrendeld').waitFor({
        state: 'detached',
      });
      await moveLeft(dana.page, 'Mijn plek');
      await expect.poll(() => notePosition(dana.page, 'Mijn plek', 'jou')).toBeLessThan(shared - 4);
      await expect
        .poll(() => notePosition(projector, 'Mijn plek', 'Dana'), { timeout: 20_000 })
        .toBeLessThan(shared - 4);
      // ... and so does writing: a takeaway reaches Erik.
      for (const page of [dana.page, erik.page]) await agendaButton(page, /Terugkoppeling/).click();
      await dana.page.locator('textarea').fill(TAKEAWAY);
      await dana.page.getByRole('button', { name: 'Toevoegen' }).click();
      await erik.page
        .getByRole('region', { name: 'Wat de groep meeneemt' })
        .getByText(TAKEAWAY)
        .waitFor();
      expect(await dana.page.getByRole('alert').count()).toBe(0);
      expect(errors).toEqual([]);
    },
  );
});
