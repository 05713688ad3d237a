/**
 * A participant on a phone, in real Chromium with touch: joins, places a note without dragging
 * (tap the note, tap the board), votes and writes a takeaway; and at 360 and 390 px wide every
 * agenda item of the built-in workshop can be used: no sideways scrolling, no control covered by the
 * sticky bars or too small for a finger, and no axe-core violations.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../shared/template/builtIn';
import { axeViolations } from './axe';
import {
  createSession,
  e2eWorld,
  openConsole,
  openProjector,
  presentItem,
  watchErrors,
  type CreatedSession,
} from './helpers';

const world = e2eWorld();
const errors: string[] = [];
const AGENDA = builtInTemplate('nl').agenda.map((item) => item.title);
const ITEM = {
  quadrant: 'Waar staan onze initiatieven?',
  routemap:
    'Hoe kunnen wijkteams vaker collectieve ondersteuning aanbieden bij ondersteuningsvragen van inwoners?',
  propositions: "Uitwisseling 'kijk op collectief werken'",
  takeaways: 'Terugkoppeling; wat neem je mee uit deze workshop?',
};

type Phone = { width: number; height: number };
const PHONE: Phone = { width: 390, height: 844 };
const SMALL_PHONE: Phone = { width: 360, height: 740 };

async function joinOnPhone(
  browser: Browser,
  session: CreatedSession,
  name: string,
  screen: Phone,
): Promise<Page> {
  const context = await browser.newContext({ viewport: screen, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  watchErrors(page, errors);
  await page.goto(session.joinUrl);
  await page.getByLabel('Je naam').fill(name);
  await page.getByRole('radio', { name: 'Inwoner' }).check();
  await page.getByRole('button', { name: 'Meedoen' }).tap();
  await page.getByRole('status', { name: 'Verbindingsstatus' }).getByText('Verbonden').waitFor();
  return page;
}

/** The presenter's note: where the room (and the facilitator) sees it, in % of the board. */
async function placeOnProjector(presenter: Page, label: string) {
  return presenter.locator(`[aria-label="${label}"]`).evaluate((element) => {
    const style = window.getComputedStyle(element);
    const board = element.parentElement?.getBoundingClientRect();
    const left = Number.parseFloat(style.left);
    const top = Number.parseFloat(style.top);
    if (board === undefined || board.width === 0) return { left: NaN, top: NaN };
    return { left: (left / board.width) * 100, top: (top / board.height) * 100 };
  });
}

/**
 * What a person on this screen could not use: the page scrolling sideways, a control that is
 * covered where a finger would tap it (each is scrolled into view first, as a person would), or a
 * control smaller than 44 × 44 px.
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth)
      problems.push(`scrolls sideways: ${root.scrollWidth} > ${window.innerWidth}`);
    const controls = document.querySelectorAll<HTMLElement>(
      '.participant button, .participant [role="button"], .participant input, .participant textarea',
    );
    for (const control of controls) {
      if (control.getClientRects().length === 0) continue;
      const name = control.getAttribute('aria-label') ?? control.textContent.trim();
      control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box = control.getBoundingClientRect();
      if (box.width < 44 || box.height < 44)
        problems.push(`too small (${Math.round(box.width)}×${Math.round(box.height)}): ${name}`);
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit === null || !(hit === control || control.contains(hit)))
        problems.push(`covered by ${hit?.className ?? 'nothing'}: ${name}`);
    }
    window.scrollTo(0, 0);
    return problems;
  });
}

describe('a participant on a phone', () => {
  it(
    'joins, places a note by tapping, votes and writes a takeaway',
    { timeout: 120_000 },
    async () => {
      const { browser } = world();
      const session = await createSession(world().server, { title: 'Wijkavond' });
      const presenter = (await openConsole(browser, session, errors)).page;
      const projector = (await openProjector(browser, session, errors)).page;
      const phone = await joinOnPhone(browser, session, 'Fien', PHONE);
      // Focus lands on the item's heading, not on the page's body.
      await expect.poll(() => phone.evaluate(() => document.activeElement?.tagName)).toBe('H1');

      await presentItem(presenter, ITEM.quadrant);
      await phone.getByRole('heading', { level: 1, name: ITEM.quadrant }).waitFor();
      await expect
        .poll(() => phone.evaluate(() => document.activeElement?.textContent))
        .toBe(ITEM.quadrant);
      await phone.getByLabel('Nieuw initiatief').fill('Koffie op het plein');
      await phone.getByRole('button', { name: 'Op het bord zetten' }).tap();
      const own = 'Initiatief “Koffie op het plein” van jou';
      await phone.getByRole('button', { name: own }).tap();
      await phone.getByRole('button', { name: own, pressed: true }).waitFor();
      await phone.getByText('“Koffie op het plein” opgepakt').waitFor({ state: 'attached' });
      const board = phone.getByRole('group', { name: 'Vier-kwadrantenbord' });
      await board.scrollIntoViewIfNeeded();
      const box = await board.boundingBox();
      if (box === null) throw new Error('the board has no box');
      await phone.touchscreen.tap(box.x + box.width * 0.8, box.y + box.height * 0.2);
      await phone.getByRole('button', { name: own, pressed: false }).waitFor();
      // The facilitator's screen has the note where the finger tapped (stored, then synced).
      const onProjector = 'Initiatief “Koffie op het plein” van Fien';
      await expect
        .poll(() => placeOnProjector(projector, onProjector), { timeout: 10_000 })
        .toEqual({ left: expect.closeTo(80, 0), top: expect.closeTo(20, 0) });
      expect(await axeViolations(phone)).toEqual([]);

      await presentItem(presenter, ITEM.propositions);
      await presenter.getByRole('button', { name: 'Stemming openen' }).click();
      await phone.getByRole('button', { name: 'Eens', exact: true }).tap();
      await phone.getByText('Stem opgeslagen.', { exact: false }).waitFor();
      await presenter.getByText('1 stem', { exact: true }).first().waitFor();

      await presentItem(presenter, ITEM.takeaways);
      await phone.getByRole('heading', { level: 1, name: ITEM.takeaways }).waitFor();
      await phone.locator('textarea').fill('Buren vaker zelf laten beginnen');
      await phone.getByRole('button', { name: 'Toevoegen' }).tap();
      await projector.getByText('Buren vaker zelf laten beginnen').waitFor();
      expect(await axeViolations(phone)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it.each([SMALL_PHONE, PHONE])(
    'can use every agenda item at $width×$height: no sideways scroll, nothing covered or small, axe clean',
    { timeout: 240_000 },
    async (screen) => {
      const { browser } = world();
      const session = await createSession(world().server, { title: 'Wijkavond' });
      const presenter = (await openConsole(browser, session, errors)).page;
      const phone = await joinOnPhone(browser, session, 'Gijs', screen);
      const found: Record<string, string[]> = {};
      for (const title of AGENDA) {
        await presentItem(presenter, title);
        await phone.getByRole('heading', { level: 1, name: title }).waitFor();
        if (title === ITEM.quadrant) {
          await phone.getByLabel('Nieuw initiatief').fill('Ontmoetingsplekvoorzieningen');
          await phone.getByRole('button', { name: 'Op het bord zetten' }).tap();
          await phone.getByRole('button', { name: /van jou$/ }).waitFor();
        }
        if (title === ITEM.routemap) {
          // The CHECK's show of hands: the two big buttons that the old footer covered.
          await presenter.getByRole('button', { name: 'Naar CHECK' }).click();
          await presenter.getByRole('button', { name: 'Handopsteking starten' }).click();
          await phone.getByRole('button', { name: 'Ja, die zijn er' }).waitFor();
        }
        if (title === ITEM.propositions) {
          await presenter.getByRole('button', { name: 'Stemming openen' }).click();
          await phone.getByRole('button', { name: 'Eens', exact: true }).waitFor();
        }
        const problems = [
          ...(await layoutProblems(phone)),
          ...(await axeViolations(phone)).map((v) => `${v.id} (${v.impact})`),
        ];
        if (problems.length > 0) found[title] = problems;
      }
      expect(found).toEqual({});
      expect(errors).toEqual([]);
    },
  );
});
