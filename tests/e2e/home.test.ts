/**
 * The way in: a facilitator creates a session on the home page and lands on the console (the
 * key never in the address bar); a participant types the code; `?lang=en` switches the
 * language; a participant can look back at an earlier item and return; the presenter link with
 * its key continues the same session on another device; deleting the session tells every screen.
 */
import { describe, expect, it } from 'vitest';
import { e2eWorld, watchErrors } from './helpers';

const world = e2eWorld();
const errors: string[] = [];

describe('home, join by code, language, looking back', () => {
  it(
    'creates a session from the home page, lets people in by code, and deletes it',
    { timeout: 120_000 },
    async () => {
      const facilitatorContext = await world().browser.newContext({
        viewport: { width: 1920, height: 1080 },
      });
      const facilitator = await facilitatorContext.newPage();
      watchErrors(facilitator, errors);
      await facilitator.goto(`${world().server.url}/`);
      await facilitator.getByLabel('Titel van de sessie').fill('Wijkavond Noord');
      await facilitator.getByRole('button', { name: 'Sessie starten' }).click();
      await facilitator.getByRole('toolbar', { name: 'Bediening facilitator' }).waitFor();
      const match = /\/console\/([A-Z0-9]{8})$/.exec(new URL(facilitator.url()).pathname);
      const code = match?.[1] ?? '';
      expect(code).toHaveLength(8);
      expect(facilitator.url()).not.toContain('key');
      await facilitator.getByText('Wijkavond Noord').first().waitFor();
      const shownCode = `${code.slice(0, 4)}-${code.slice(4)}`;
      await facilitator.getByText(shownCode).first().waitFor();

      // A participant types the code the way people do: lower case, with the dash.
      const participantContext = await world().browser.newContext({
        viewport: { width: 1366, height: 768 },
      });
      const participant = await participantContext.newPage();
      watchErrors(participant, errors);
      await participant.goto(`${world().server.url}/`);
      await participant.getByLabel('Sessiecode').fill(shownCode.toLowerCase());
      await participant.getByRole('button', { name: 'Meedoen' }).click();
      await participant.getByLabel('Je naam').fill('Femke');
      await participant.getByRole('button', { name: 'Meedoen' }).click();
      await participant.getByRole('heading', { level: 1, name: 'Welkom' }).waitFor();
      await facilitator.getByRole('button', { name: /^1 deelnemer,/ }).waitFor();

      // `?lang=en` forces English on any page.
      const englishContext = await world().browser.newContext();
      const english = await englishContext.newPage();
      watchErrors(english, errors);
      await english.goto(`${world().server.url}/join/${code}?lang=en`);
      await english.getByLabel('Your name').waitFor();
      await english.getByRole('button', { name: 'Join' }).waitFor();

      // Looking back: the room moves on, Femke opens the welcome again, then returns to now.
      await facilitator.keyboard.press('ArrowRight');
      await facilitator.keyboard.press('ArrowRight');
      await participant
        .getByRole('heading', { level: 1, name: 'Waar staan onze initiatieven?' })
        .waitFor();
      await participant
        .getByRole('navigation', { name: 'Programma' })
        .getByRole('button', { name: '1. Welkom' })
        .click();
      await participant.getByRole('heading', { level: 1, name: 'Welkom' }).waitFor();
      await participant.getByText('Je kijkt terug').waitFor();
      await participant.getByRole('button', { name: 'Terug naar nu' }).click();
      await participant
        .getByRole('heading', { level: 1, name: 'Waar staan onze initiatieven?' })
        .waitFor();

      // The presenter link (with its key) continues the same session on another device.
      const key = await facilitator.evaluate(
        (sessionCode: string) =>
          window.localStorage.getItem(`collectief:facilitator:${sessionCode}`),
        code,
      );
      expect(key).not.toBeNull();
      const secondDevice = await (
        await world().browser.newContext({ viewport: { width: 1920, height: 1080 } })
      ).newPage();
      watchErrors(secondDevice, errors);
      await secondDevice.goto(`${world().server.url}/present/${code}#key=${key ?? ''}`);
      await secondDevice
        .locator('.projector__item-header h1', { hasText: 'Waar staan onze initiatieven?' })
        .waitFor();
      expect(secondDevice.url()).not.toContain('key=');
      // Without a key, the projector view refuses politely.
      const stranger = await (await world().browser.newContext()).newPage();
      await stranger.goto(`${world().server.url}/present/${code}`);
      await stranger.getByRole('alert').waitFor();

      // The facilitator deletes the session from the report page: everyone is told, nothing stays.
      await facilitator.goto(`${world().server.url}/report/${code}`);
      await facilitator
        .getByRole('button', { name: 'Sessie en alle gegevens verwijderen' })
        .click();
      await facilitator.getByRole('button', { name: 'Definitief verwijderen' }).click();
      await facilitator.getByRole('heading', { name: 'Collectief', level: 1 }).waitFor();
      await participant.getByText('Deze sessie bestaat niet (meer)', { exact: false }).waitFor();
      const gone = await fetch(`${world().server.url}/api/sessions/${code}`);
      expect(gone.status).toBe(404);
      expect(errors).toEqual([]);
    },
  );
});
