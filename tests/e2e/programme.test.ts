/**
 * One facilitator and three participants, each in their own browser context, run the whole
 * built-in workshop against a real server: join, the quadrant board (mouse and keyboard), the
 * reasons, the route map with a CHECK show of hands and a loop back, the dots, a proposition vote
 * with reveal, takeaways, and the exports. The facilitator works on the console; the projector,
 * a window of its own, shows what participants did, and the exported report contains it.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  keyboardDrag,
  centreOf,
  createSession,
  joinAs,
  openConsole,
  openProjector,
  presentItem,
  e2eWorld,
} from './helpers';

const ITEM = {
  quadrant: 'Waar staan onze initiatieven?',
  why: 'Waarom collectief werken?',
  routemap:
    'Hoe kunnen wijkteams vaker collectieve ondersteuning aanbieden bij ondersteuningsvragen van inwoners?',
  lessons: 'Geleerde lessen; wat helpt bij collectief werken?',
  propositions: "Uitwisseling 'kijk op collectief werken'",
  takeaways: 'Terugkoppeling; wat neem je mee uit deze workshop?',
};

const world = e2eWorld();
const errors: string[] = [];

async function addInitiative(page: Page, text: string): Promise<void> {
  await page.getByLabel('Nieuw initiatief').fill(text);
  await page.getByRole('button', { name: 'Op het bord zetten' }).click();
  await page.getByRole('button', { name: `Initiatief “${text}” van jou` }).waitFor();
}

/** A note by its accessible name: a button where it can be acted on, an image where not. */
function noteOn(page: Page, text: string, author: string) {
  return page.locator(`[aria-label="Initiatief “${text}” van ${author}"]`);
}

async function notePosition(
  page: Page,
  text: string,
  author: string,
): Promise<{ left: number; top: number }> {
  return noteOn(page, text, author).evaluate((element) => {
    const style = (element as HTMLElement).style;
    return { left: Number.parseFloat(style.left), top: Number.parseFloat(style.top) };
  });
}

describe('a whole workshop, live', () => {
  it(
    'runs the programme for a facilitator and three participants and exports it',
    { timeout: 240_000 },
    async () => {
      const { browser } = world();
      const session = await createSession(world().server, { title: 'Dag van de wijkteams' });
      const consolePage = (await openConsole(browser, session, errors)).page;
      // The key came in the fragment and is gone from the address bar at once.
      expect(consolePage.url()).not.toContain(session.facilitatorKey);
      // The console's own controls and texts, not its miniature of the projector.
      const desk = consolePage.locator('.console__bar, .console__work');
      const projector = (await openProjector(browser, session, errors)).page;
      expect(projector.url()).not.toContain(session.facilitatorKey);

      const anna = (await joinAs(browser, session, 'Anna', 'Inwoner', errors)).page;
      const bram = (await joinAs(browser, session, 'Bram', 'Professional', errors)).page;
      const carla = (await joinAs(browser, session, 'Carla', 'Gemeente', errors)).page;
      const participants = [anna, bram, carla];
      await desk.getByText('3 deelnemers').waitFor();
      await projector.getByText('3 deelnemers').waitFor();

      // --- Quadrant board: the participants follow the facilitator to the item.
      await presentItem(consolePage, ITEM.quadrant, projector);
      for (const page of participants)
        await page.getByRole('heading', { level: 1, name: ITEM.quadrant }).waitFor();
      await addInitiative(anna, 'Buurtkamer met koffie');
      await addInitiative(bram, 'Maatjesproject');
      await addInitiative(carla, 'Wijkbudget voor bewoners');

      // Anna drags her note to the top-right (collective, residents) with the mouse.
      const annaNote = '[aria-label="Initiatief “Buurtkamer met koffie” van jou"]';
      const from = await centreOf(anna, annaNote);
      const board = await anna.locator('.board').boundingBox();
      if (board === null) throw new Error('no board');
      const to = { x: board.x + board.width * 0.85, y: board.y + board.height * 0.15 };
      await anna.mouse.move(from.x, from.y);
      await anna.mouse.down();
      for (let step = 1; step <= 10; step += 1) {
        await anna.mouse.move(
          from.x + ((to.x - from.x) * step) / 10,
          from.y + ((to.y - from.y) * step) / 10,
        );
      }
      await anna.mouse.up();
      await expect
        .poll(async () => (await notePosition(projector, 'Buurtkamer met koffie', 'Anna')).left, {
          timeout: 10_000,
        })
        .toBeGreaterThan(75);

      // Bram moves his with the keyboard only: space picks up, arrows move, space drops.
      const bramBefore = await notePosition(projector, 'Maatjesproject', 'Bram');
      await keyboardDrag(bram, noteOn(bram, 'Maatjesproject', 'jou'), [
        ...Array<string>(6).fill('ArrowLeft'),
        'ArrowDown',
      ]);
      await expect
        .poll(async () => (await notePosition(projector, 'Maatjesproject', 'Bram')).left, {
          timeout: 10_000,
        })
        .toBeLessThan(bramBefore.left - 5);
      // The screen reader heard where it went.
      await expect
        .poll(() =>
          bram
            .locator(
              '[role="status"][aria-live="assertive"], #DndLiveRegion-0, [id^="DndLiveRegion"]',
            )
            .allTextContents(),
        )
        .toEqual(expect.arrayContaining([expect.stringContaining('neergezet')]));

      // Everyone sees every note; Carla's is also on Anna's screen.
      await noteOn(anna, 'Wijkbudget voor bewoners', 'Carla').waitFor();
      await noteOn(projector, 'Wijkbudget voor bewoners', 'Carla').waitFor();

      // Moderation, on the console: the facilitator hides Carla's note; the others and the
      // projector no longer see it, Carla does.
      await consolePage
        .getByRole('button', { name: '“Wijkbudget voor bewoners” verbergen' })
        .click();
      await noteOn(anna, 'Wijkbudget voor bewoners', 'Carla').waitFor({ state: 'detached' });
      await noteOn(projector, 'Wijkbudget voor bewoners', 'Carla').waitFor({ state: 'detached' });
      expect(await projector.getByText('Wijkbudget voor bewoners').count()).toBe(0);
      await carla.getByText('Verborgen door de facilitator').waitFor();
      await consolePage
        .getByRole('button', { name: '“Wijkbudget voor bewoners” weer tonen' })
        .click();
      await noteOn(anna, 'Wijkbudget voor bewoners', 'Carla').waitFor();
      await noteOn(projector, 'Wijkbudget voor bewoners', 'Carla').waitFor();

      // Locking the board: participants are told, and cannot add.
      await consolePage.getByRole('button', { name: 'Schrijven vergrendelen' }).click();
      await anna.getByText('De facilitator heeft het schrijven vergrendeld').waitFor();
      await expect
        .poll(() => anna.getByRole('button', { name: 'Op het bord zetten' }).isDisabled())
        .toBe(true);
      await consolePage.getByRole('button', { name: 'Schrijven ontgrendelen' }).click();
      await anna
        .getByText('De facilitator heeft het schrijven vergrendeld')
        .waitFor({ state: 'detached' });

      // "I'm done" feeds the readiness meter.
      await anna.getByRole('button', { name: 'Ik ben klaar' }).click();
      await desk.getByText('1 van 3 klaar').waitFor();
      await projector.getByText('1 van 3 klaar').waitFor();

      // --- Why collective: recognitions are counted on the projector.
      await presentItem(consolePage, ITEM.why, projector);
      await anna
        .getByRole('button', { name: /^Herken ik: / })
        .first()
        .click();
      await bram
        .getByRole('button', { name: /^Herken ik: / })
        .first()
        .click();
      await projector.getByText('2 herkennen dit').first().waitFor();

      // --- Route map: walk to the CHECK, show of hands, decision, on to the evaluation, loop back.
      await presentItem(consolePage, ITEM.routemap, projector);
      await anna.getByLabel('Jouw notitie bij deze stap').fill('Veel eenzaamheid bij ouderen');
      await anna.getByRole('button', { name: 'Notitie toevoegen' }).click();
      await projector.getByText('Veel eenzaamheid bij ouderen').waitFor();
      await consolePage.getByRole('button', { name: 'Naar CHECK' }).click();
      await consolePage.getByRole('button', { name: 'Handopsteking starten' }).click();
      await anna.getByRole('button', { name: 'Nee, (nog) niet' }).click();
      await bram.getByRole('button', { name: 'Nee, (nog) niet' }).click();
      await carla.getByRole('button', { name: 'Ja, die zijn er' }).click();
      await desk.getByText('1 ja · 2 nee').waitFor();
      await projector.getByText('1 ja · 2 nee').waitFor();
      await consolePage.getByRole('button', { name: 'Wie is aan zet? → plan' }).click();
      for (const page of participants)
        await page
          .getByText('Stap 2. Maak een plan van aanpak', { exact: false })
          .first()
          .waitFor();
      await consolePage.getByRole('button', { name: 'Naar Stap 3' }).click();
      await consolePage.getByRole('button', { name: 'Naar Evaluatie' }).click();
      await consolePage.getByRole('button', { name: 'Terug naar stap 1' }).click();
      const walk = projector.getByRole('list', { name: 'De gelopen route' });
      await expect.poll(() => walk.textContent()).toContain('Wie is aan zet? → plan');
      await expect.poll(() => walk.textContent()).toContain('Terug naar stap 1');
      // The walk is visible as a path on the laptops too.
      await expect
        .poll(() => bram.getByRole('list', { name: 'De gelopen route' }).textContent())
        .toContain('Stap 3');

      // --- Lessons: three dots each; the fourth is refused by the budget.
      await presentItem(consolePage, ITEM.lessons, projector);
      for (const page of participants) {
        const give = page.getByRole('button', { name: /^Stip geven aan: / });
        await give.nth(0).click();
        await page.getByText('Je hebt nog 2 van 3 stippen').waitFor();
      }
      await anna
        .getByRole('button', { name: /^Stip geven aan: / })
        .nth(1)
        .click();
      await anna
        .getByRole('button', { name: /^Stip geven aan: / })
        .nth(2)
        .click();
      await anna.getByText('Je hebt nog 0 van 3 stippen').waitFor();
      await expect
        .poll(() =>
          anna
            .getByRole('button', { name: /^Stip geven aan: / })
            .first()
            .isDisabled(),
        )
        .toBe(true);
      await projector
        .locator('.presenter-lesson')
        .first()
        .getByText('3', { exact: true })
        .waitFor();

      // --- Propositions: open, vote (one changes their mind), reveal; results agree everywhere.
      await presentItem(consolePage, ITEM.propositions, projector);
      await consolePage.getByRole('button', { name: 'Stemming openen' }).click();
      await anna.getByRole('button', { name: 'Eens', exact: true }).click();
      await bram.getByRole('button', { name: 'Eens', exact: true }).click();
      await carla.getByRole('button', { name: 'Eens', exact: true }).click();
      await bram.getByRole('button', { name: 'Oneens', exact: true }).click();
      await desk.getByText('3 stemmen').waitFor();
      await projector.getByText('3 stemmen').waitFor();
      // Bram's own vote comes back from the server after a reload (his token, no shared document).
      await bram.getByText('Stem opgeslagen.', { exact: false }).waitFor();
      await bram.reload();
      await bram.getByRole('button', { name: 'Oneens', exact: true, pressed: true }).waitFor();
      await expect.poll(() => anna.getByRole('listitem', { name: /^Eens: / }).count()).toBe(0);
      await consolePage.getByRole('button', { name: 'Uitslag tonen' }).click();
      await projector.getByRole('listitem', { name: 'Eens: 2 (67%)' }).first().waitFor();
      await projector.getByRole('listitem', { name: 'Oneens: 1 (33%)' }).first().waitFor();
      await anna.getByRole('listitem', { name: 'Eens: 2 (67%)' }).waitFor();
      // The projector shows the split per perspective beside the total. Secret ballot: each
      // perspective has one voter here, below the threshold of 3, so no group is shown on its own
      // (a group of one would show that person's vote).
      await expect
        .poll(() => projector.getByText('Te weinig stemmen om apart te tonen').count())
        .toBe(3);
      expect(await projector.getByText('Professional · 1 stem').count()).toBe(0);

      // --- Takeaways appear on the projector.
      await presentItem(consolePage, ITEM.takeaways, projector);
      const takeaways: [Page, string][] = [
        [anna, 'Koffie-ochtend starten in de wijk'],
        [bram, 'Vaker signalen delen met het team'],
        [carla, 'Een heldere opdracht schrijven'],
      ];
      for (const [page, text] of takeaways) {
        await page.locator('textarea').fill(text);
        await page.getByRole('button', { name: 'Toevoegen' }).click();
      }
      for (const [, text] of takeaways) await projector.getByText(text).waitFor();

      // --- Export: the report page downloads report.md with the facilitator's key.
      // The projector has no way into the report: it is the console's link.
      expect(await projector.getByRole('link').count()).toBe(0);
      await consolePage.getByRole('link', { name: 'Verslag' }).click();
      await consolePage.getByRole('heading', { name: 'Dag van de wijkteams' }).waitFor();
      const downloadPromise = consolePage.waitForEvent('download');
      await consolePage.getByRole('button', { name: 'report.md downloaden' }).click();
      const download = await downloadPromise;
      const downloadedPath = await download.path();
      const report = await readFile(downloadedPath, 'utf8');
      for (const text of [
        'Buurtkamer met koffie',
        'Maatjesproject',
        'Veel eenzaamheid bij ouderen',
        'Koffie-ochtend starten in de wijk',
      ]) {
        expect(report).toContain(text);
      }
      expect(report).toMatch(/67\s*%/);
      // The page itself shows the outcomes too (for print).
      await consolePage.getByText('Vaker signalen delen met het team').waitFor();

      expect(errors).toEqual([]);
    },
  );
});
