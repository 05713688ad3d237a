/**
 * The facilitator edits the programme of a running session from the console: a proposition's
 * text, a new proposition, a new agenda item; the participant sees each change live. A
 * proposition people voted on cannot be removed. The downloaded template is valid and starts a
 * new session.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { templateFromJson } from '../../shared/template/json';
import { createSession, e2eWorld, joinAs, openConsole, presentItem } from './helpers';

const PROPOSITIONS_ITEM = "Uitwisseling 'kijk op collectief werken'";
const EDITED = 'Samen weten we meer dan ieder apart.';
const ADDED = 'Een wijkteam kan het niet alleen.';

const world = e2eWorld();
const errors: string[] = [];

describe('editing the programme of a live session', () => {
  it(
    'shows the facilitator’s edits to participants live and downloads a template that loads',
    { timeout: 120_000 },
    async () => {
      const session = await createSession(world().server);
      const { page: presenter } = await openConsole(world().browser, session, errors);
      const { page: femke } = await joinAs(world().browser, session, 'Femke', 'Inwoner', errors);

      // Femke votes on the first proposition, so it has a vote when the editor opens.
      await presentItem(presenter, PROPOSITIONS_ITEM);
      await presenter.getByRole('button', { name: 'Stemming openen' }).click();
      await femke.getByRole('button', { name: 'Eens', exact: true }).click();
      await presenter.locator('.console__work').getByText('1 stem', { exact: true }).waitFor();

      await presenter.getByRole('link', { name: 'Programma bewerken' }).click();
      await presenter.getByRole('heading', { level: 1, name: 'Programma bewerken' }).waitFor();
      expect(new URL(presenter.url()).search).toBe('?view=programme');

      // Edit the proposition's text: it saves on leaving the field; Femke sees it at once.
      const text = presenter.getByLabel('Tekst van stelling 1');
      await text.fill(EDITED);
      await text.press('Tab');
      await femke.getByRole('heading', { level: 2, name: EDITED }).waitFor();
      await presenter.getByRole('status').getByText('Opgeslagen: Tekst van stelling 1').waitFor();

      // A proposition with votes stays: the editor says why, and its choices are fixed.
      await presenter.getByRole('button', { name: '“Stelling 1” verwijderen' }).click();
      await presenter.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await presenter
        .getByRole('alert')
        .getByText(/Er is al op gestemd/)
        .waitFor();
      await presenter.getByRole('list', { name: 'Keuzes bij stelling 1' }).waitFor();
      expect(await presenter.getByLabel('Stelling 1, keuze 1').count()).toBe(0);

      // Add a proposition and an agenda item with the keyboard alone (type, Enter).
      await presenter.getByLabel('Tekst van de nieuwe stelling').fill(ADDED);
      await presenter.getByLabel('Tekst van de nieuwe stelling').press('Enter');
      await expect
        .poll(() => presenter.getByLabel('Tekst van stelling 4').inputValue())
        .toBe(ADDED);
      await presenter.getByLabel('Titel van het nieuwe onderdeel').fill('Koffiepauze');
      await presenter.getByLabel('Titel van het nieuwe onderdeel').press('Enter');
      await presenter.getByLabel('Titel, onderdeel 11').waitFor();
      await femke
        .getByRole('navigation', { name: 'Programma' })
        .getByRole('button', { name: '11. Koffiepauze' })
        .waitFor();

      // The template download holds the edits and passes the same check an upload gets.
      const [download] = await Promise.all([
        presenter.waitForEvent('download'),
        presenter.getByRole('button', { name: 'Sjabloon downloaden (JSON)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('e2e-workshop.template.json');
      const json = await readFile(await download.path(), 'utf8');
      const loaded = templateFromJson(json);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
      expect(loaded.value.propositions.map((proposition) => proposition.text)).toContain(EDITED);
      expect(loaded.value.propositions.at(-1)?.text).toBe(ADDED);
      expect(loaded.value.agenda.at(-1)?.title).toBe('Koffiepauze');
      const created = await fetch(`${world().server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ template: JSON.parse(json) as unknown }),
      });
      expect(created.status).toBe(201);

      // Back on the console, the new proposition opens and Femke sees it.
      await presenter.getByRole('link', { name: 'Terug naar de regie' }).click();
      await presenter.getByRole('toolbar', { name: 'Bediening facilitator' }).waitFor();
      await presenter.getByRole('button', { name: /^Stelling 4 · / }).click();
      await presenter.getByRole('button', { name: 'Stemming openen' }).click();
      await femke.getByRole('heading', { level: 2, name: ADDED }).waitFor();

      expect(errors).toEqual([]);
    },
  );
});
