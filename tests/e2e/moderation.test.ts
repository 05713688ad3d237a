/**
 * Moderation in a real room: a participant's texts, the facilitator's console and a separate
 * projector. Hidden and waiting texts never reach the projector's DOM or the report; the writer
 * sees that theirs waits; approving puts it on the projector.
 */
import { describe, expect, it } from 'vitest';
import {
  createSession,
  e2eWorld,
  joinAs,
  openConsole,
  openProjector,
  presentItem,
  waitForProjectorItem,
  watchErrors,
} from './helpers';

const world = e2eWorld();
const errors: string[] = [];

const QUADRANT = 'Waar staan onze initiatieven?';
const TAKEAWAYS = 'Terugkoppeling; wat neem je mee uit deze workshop?';
const RUDE = 'Onaardige tekst';
const LATE = 'Tekst die wacht';
const FINE = 'Zichtbaar idee';
const WAITING_NOTE = 'Wachtend initiatief';

describe('moderation of participants’ texts', () => {
  it(
    'keeps hidden and waiting texts off the projector and out of the report',
    { timeout: 180_000 },
    async () => {
      const session = await createSession(world().server);
      const consolePage = (await openConsole(world().browser, session, errors)).page;
      const projector = (await openProjector(world().browser, session, errors)).page;
      const anna = await joinAs(world().browser, session, 'Anna', 'Inwoner', errors);

      // A note, hidden from the console: gone from the projector's DOM, marked for its author.
      await presentItem(consolePage, QUADRANT, projector);
      await anna.page.getByRole('heading', { level: 1, name: QUADRANT }).waitFor();
      await anna.page.getByLabel('Nieuw initiatief').fill(RUDE);
      await anna.page.getByRole('button', { name: 'Op het bord zetten' }).click();
      await projector.getByText(RUDE).first().waitFor();
      await consolePage.getByRole('button', { name: `“${RUDE}” verbergen` }).click();
      await expect.poll(() => projector.getByText(RUDE).count()).toBe(0);
      await anna.page.getByText('Verborgen door de facilitator').first().waitFor();
      await anna.page.getByLabel('Nieuw initiatief').fill(FINE);
      await anna.page.getByRole('button', { name: 'Op het bord zetten' }).click();
      await projector.getByText(FINE).first().waitFor();

      // Pre-moderation on: a new takeaway waits; its writer is told; the projector has nothing.
      await consolePage.getByRole('checkbox', { name: 'Nieuwe teksten eerst goedkeuren' }).check();
      // A new note waits too: its author sees it, marked; the projector does not draw it.
      await anna.page.getByLabel('Nieuw initiatief').fill(WAITING_NOTE);
      await anna.page.getByRole('button', { name: 'Op het bord zetten' }).click();
      await anna.page
        .getByRole('button', { name: `${WAITING_NOTE}`, exact: false })
        .first()
        .waitFor();
      await consolePage
        .getByRole('button', { name: `“${WAITING_NOTE}” goedkeuren` })
        .first()
        .waitFor();
      expect(await projector.content()).not.toContain(WAITING_NOTE);
      await consolePage.getByRole('checkbox', { name: 'Nieuwe teksten eerst goedkeuren' }).blur();
      await presentItem(consolePage, TAKEAWAYS, projector);
      await anna.page.getByRole('heading', { level: 1, name: TAKEAWAYS }).waitFor();
      await anna.page.locator('textarea').fill(LATE);
      await anna.page.getByRole('button', { name: 'Toevoegen' }).click();
      await anna.page.getByText('Wacht op goedkeuring van de facilitator').first().waitFor();
      await consolePage.getByRole('button', { name: `“${LATE}” goedkeuren` }).waitFor();
      expect(await projector.content()).not.toContain(LATE);

      // The report (the console's link, in its own page) holds neither.
      const report = await world().browser.newPage();
      watchErrors(report, errors);
      await report.goto(session.consoleUrl);
      await report.getByRole('link', { name: 'Verslag' }).click();
      await report.getByRole('button', { name: 'report.md downloaden' }).waitFor();
      await report.getByText(FINE).first().waitFor();
      const html = await report.content();
      expect(html).not.toContain(RUDE);
      expect(html).not.toContain(LATE);
      expect(html).not.toContain(WAITING_NOTE);
      await report.close();

      // Approved: on the projector.
      await consolePage.getByRole('button', { name: `“${LATE}” goedkeuren` }).click();
      await projector.getByText(LATE).first().waitFor();
      await waitForProjectorItem(projector, TAKEAWAYS);
      expect(errors).toEqual([]);
    },
  );
});
