/**
 * The facilitator's console and the projector are two pages of one session: the projector has
 * nothing to press, the console moves it, both follow the clicker's keys, the console shows what
 * the projector shows, moderates without the room seeing it, opens the projector window and can
 * present itself.
 */
import { describe, expect, it } from 'vitest';
import {
  CONSOLE_TITLE,
  createSession,
  e2eWorld,
  openConsole,
  openProjector,
  PROJECTOR_TITLE,
  waitForProjectorItem,
  watchErrors,
} from './helpers';

const world = e2eWorld();
const errors: string[] = [];

const WELCOME = 'Welkom';
const MEANINGS = 'Collectief werken, wat bedoelen we ermee?';
const QUADRANT = 'Waar staan onze initiatieven?';

describe('console and projector', () => {
  it(
    'moves an audience-only projector from the console and the keys, and moderates off screen',
    { timeout: 180_000 },
    async () => {
      const session = await createSession(world().server, { includeExamples: true });
      const consolePage = (await openConsole(world().browser, session, errors)).page;
      const projector = (await openProjector(world().browser, session, errors)).page;
      await waitForProjectorItem(projector, WELCOME);

      // Nothing on the projector can be pressed, chosen, typed in or focused.
      const controls = () =>
        projector
          .locator(
            'button, select, input, textarea, a[href], [role="button"], [tabindex]:not([tabindex="-1"])',
          )
          .count();
      expect(await controls()).toBe(0);

      // Next on the console moves the projector; the console's miniature shows the same.
      await consolePage.getByRole('button', { name: 'Volgend onderdeel' }).click();
      await waitForProjectorItem(projector, MEANINGS);
      await expect
        .poll(() => consolePage.locator(`.console-miniature ${PROJECTOR_TITLE}`).textContent())
        .toBe(MEANINGS);
      expect(await consolePage.locator('.console-next').textContent()).toContain(QUADRANT);

      // The clicker works on the projector window too, and the console follows it.
      await projector.keyboard.press('PageDown');
      await waitForProjectorItem(projector, QUADRANT);
      await expect.poll(() => consolePage.locator(CONSOLE_TITLE).textContent()).toBe(QUADRANT);
      expect(await controls()).toBe(0);
      await projector.getByRole('img', { name: /^Initiatief “Buurthuis”/ }).waitFor();

      // Moderation happens on the console; the projector has no moderation UI and drops the note.
      await consolePage.getByRole('button', { name: '“Buurthuis” verbergen' }).click();
      await projector
        .getByRole('img', { name: /^Initiatief “Buurthuis”/ })
        .waitFor({ state: 'detached' });
      expect(await projector.getByText('Buurthuis').count()).toBe(0);
      expect(await projector.locator('.moderation-bar, .moderation-list').count()).toBe(0);
      await consolePage.getByRole('button', { name: '“Buurthuis” weer tonen' }).click();
      await projector.getByRole('img', { name: /^Initiatief “Buurthuis”/ }).waitFor();

      // Arrow keys on the console.
      await consolePage.keyboard.press('ArrowLeft');
      await waitForProjectorItem(projector, MEANINGS);

      // "Open projectorscherm" opens the projector page in a second window of this browser.
      const popupPromise = consolePage.waitForEvent('popup');
      await consolePage.getByRole('button', { name: 'Open projectorscherm' }).click();
      const popup = await popupPromise;
      watchErrors(popup, errors);
      expect(new URL(popup.url()).pathname).toBe(`/present/${session.code}`);
      await waitForProjectorItem(popup, MEANINGS);
      await consolePage.getByRole('button', { name: 'Projectorscherm is open' }).waitFor();
      await popup.close();

      // One-screen mode: the console presents itself, controls hidden; Escape brings them back.
      await consolePage.getByRole('button', { name: 'Presenteren' }).click();
      await consolePage.locator(`.console-presenting ${PROJECTOR_TITLE}`).waitFor();
      expect(
        await consolePage.getByRole('toolbar', { name: 'Bediening facilitator' }).count(),
      ).toBe(0);
      await consolePage.getByText('Esc: bediening tonen').waitFor();
      await consolePage.keyboard.press('ArrowRight');
      await waitForProjectorItem(projector, QUADRANT);
      await consolePage.keyboard.press('Escape');
      await consolePage.getByRole('toolbar', { name: 'Bediening facilitator' }).waitFor();

      expect(errors).toEqual([]);
    },
  );
});
