/**
 * The facilitator controls who is in the room, in real browsers against a real server: the
 * participant list on the console, removing a participant (whose browser says so and stops), and
 * closing the doors on a late joiner.
 */
import { describe, expect, it } from 'vitest';
import { createSession, e2eWorld, joinAs, openConsole, watchErrors } from './helpers';

const world = e2eWorld();
const errors: string[] = [];

describe('room control on the console', () => {
  it(
    'lists who joined, removes a participant after a confirm, and closes the doors',
    { timeout: 120_000 },
    async () => {
      const { browser } = world();
      const session = await createSession(world().server, { title: 'Wijkavond' });
      const presenter = (await openConsole(browser, session, errors)).page;
      const anna = (await joinAs(browser, session, 'Anna', 'Inwoner', errors)).page;
      await joinAs(browser, session, 'Bram', 'Professional', errors);

      await presenter.getByRole('button', { name: /Deelnemers: 2 van maximaal 250/ }).click();
      const dialog = presenter.getByRole('dialog', { name: 'Wie is er binnen' });
      const list = dialog.getByRole('table', { name: 'Aangemelde deelnemers' });
      await list.getByRole('rowheader', { name: 'Anna' }).waitFor();
      await expect
        .poll(() => list.getByRole('row', { name: /Anna.*Online/ }).count(), { timeout: 10_000 })
        .toBe(1);

      await dialog.getByRole('button', { name: 'Anna uit de sessie verwijderen' }).click();
      await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await dialog.getByText('Anna is verwijderd.').waitFor();
      await list.getByRole('rowheader', { name: 'Anna' }).waitFor({ state: 'detached' });
      expect(await list.getByRole('rowheader').allTextContents()).toEqual(['Bram']);
      // Anna's browser says why, instead of reconnecting forever.
      await anna
        .getByRole('alert')
        .getByText(/Je bent uit de sessie verwijderd/)
        .waitFor();
      await anna.reload();
      await anna
        .getByRole('alert')
        .getByText(/Je bent uit de sessie verwijderd/)
        .waitFor();

      await dialog.getByRole('switch', { name: 'Deuren dicht' }).check();
      const late = await browser.newContext();
      const latePage = await late.newPage();
      watchErrors(latePage, errors);
      await latePage.goto(session.joinUrl);
      await latePage.getByLabel('Je naam').fill('Laat');
      await latePage.getByRole('button', { name: 'Meedoen' }).click();
      await latePage
        .getByRole('alert')
        .getByText(/De deuren zijn dicht/)
        .waitFor();
      expect(errors).toEqual([]);
    },
  );
});
