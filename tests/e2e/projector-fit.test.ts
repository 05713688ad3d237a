/**
 * Every agenda item of the seed workshop on the projector, measured in Chromium at 1920×1080 and
 * 1366×768: nothing scrolls and nothing spills out of the projector's frame; at 1080p the type
 * the room reads is large enough (after any fit-to-box scaling); and axe-core finds nothing on
 * the projector or on the console at either size.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import {
  CONSOLE_TITLE,
  createSession,
  e2eWorld,
  openConsole,
  openProjector,
  waitForProjectorItem,
} from './helpers';

const world = e2eWorld();
const errors: string[] = [];

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
] as const;

/** Minimum sizes at 1080p, in CSS pixels as the room sees them. */
const MINIMUM = { body: 28, note: 22, small: 16 };

type Fit = {
  scrollHeight: number;
  innerHeight: number;
  scrollWidth: number;
  innerWidth: number;
  frameOverflow: boolean;
  titleInside: boolean;
};

/**
 * Waits until the stage has rendered and its layout has settled: the canvas and fit-to-box
 * scales (each measured by a ResizeObserver, then rendered) read the same for five frames.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.projector .loading') === null);
  const stable = await page.evaluate(async () => {
    const signature = () =>
      [...document.querySelectorAll('[data-fit-scale], [data-canvas-scale]')]
        .map(
          (element) =>
            `${element.getAttribute('data-fit-scale') ?? ''}${element.getAttribute('data-canvas-scale') ?? ''}`,
        )
        .join(',') + String(document.documentElement.scrollHeight);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = signature();
    let same = 0;
    for (let frames = 0; frames < 600 && same < 5; frames += 1) {
      await frame();
      const now = signature();
      same = now === last ? same + 1 : 0;
      last = now;
    }
    return same >= 5;
  });
  expect(stable, 'the projector layout settles').toBe(true);
}

function measureFit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const frame = document.querySelector('.projector');
    const title = document.querySelector('.projector__item-header h1');
    const box = title?.getBoundingClientRect();
    return {
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight: window.innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      // Layout sizes inside the canvas: the frame holds its content without spilling.
      frameOverflow:
        frame === null ||
        frame.scrollHeight > frame.clientHeight + 1 ||
        frame.scrollWidth > frame.clientWidth + 1,
      titleInside:
        box !== undefined &&
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= window.innerHeight &&
        box.right <= window.innerWidth,
    };
  });
}

/** Every text the projector shows whose size, as seen, is below its kind's minimum. */
function tooSmallTexts(page: Page, minimum: typeof MINIMUM): Promise<string[]> {
  return page.evaluate((min) => {
    // Labels (an eyebrow over a heading, a count under a text, a page counter, the steps and
    // the walk of the route) may be smaller than body text; notes and authors have their own
    // minimum; the header and the join panel are labels for the room, not reading matter.
    const LABELS = [
      '.eyebrow',
      '.join-panel',
      '.projector__header',
      '.timed-pages__counter',
      '.stage-recognition__count',
      '.route-steps__item',
      '.route-path',
      '.note__mover',
    ].join(',');
    const NOTES = '.note__text, .route-note';
    const AUTHORS = '.note__author, .route-note__author, .takeaway__author';
    const BODY = 'p, li, dd, dt, blockquote, h1, h2, h3';
    const needed = (element: Element): number => {
      if (element.closest(AUTHORS) !== null) return min.small;
      if (element.closest(NOTES) !== null) return min.note;
      if (element.closest(LABELS) !== null) return min.small;
      return element.closest(BODY) === null ? min.small : min.body;
    };
    const seenScale = (element: Element): number => {
      let scale = 1;
      for (let at: Element | null = element; at !== null; at = at.parentElement) {
        const fit = at.getAttribute('data-fit-scale') ?? at.getAttribute('data-canvas-scale');
        if (fit !== null) scale *= Number(fit);
      }
      return scale;
    };
    const ownText = (element: Element) =>
      [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
    const small: string[] = [];
    for (const element of document.querySelectorAll('.projector *')) {
      const text = ownText(element);
      if (text === '' || element.closest('[aria-hidden="true"].timed-pages__page') !== null)
        continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize) * seenScale(element);
      const least = needed(element);
      if (size < least - 0.01) small.push(`${text.slice(0, 40)} (${size.toFixed(1)} < ${least})`);
    }
    return small;
  }, minimum);
}

describe('the projector fits the screen', () => {
  it(
    'shows every seed item at 1920×1080 and 1366×768 without scrolling, in large type, accessibly',
    { timeout: 420_000 },
    async () => {
      const session = await createSession(world().server, { includeExamples: true });
      const consolePage = (await openConsole(world().browser, session, errors)).page;
      const projectors = [];
      for (const viewport of SIZES)
        projectors.push({
          viewport,
          page: (await openProjector(world().browser, session, errors, viewport)).page,
        });
      const jump = consolePage.getByRole('combobox', { name: 'Ga naar onderdeel' });
      const values = await jump
        .locator('option')
        .evaluateAll((options) => options.map((option) => option.getAttribute('value') ?? ''));
      expect(values.length).toBeGreaterThanOrEqual(10);

      for (const value of values) {
        await jump.selectOption(value);
        const title = (await consolePage.locator(CONSOLE_TITLE).textContent()) ?? '';
        for (const { viewport, page } of projectors) {
          await waitForProjectorItem(page, title);
          await settled(page);
          const where = `${title} at ${viewport.width}×${viewport.height}`;
          const fit = await measureFit(page);
          expect(fit.scrollHeight, where).toBeLessThanOrEqual(fit.innerHeight);
          expect(fit.scrollWidth, where).toBeLessThanOrEqual(fit.innerWidth);
          expect(fit.frameOverflow, where).toBe(false);
          expect(fit.titleInside, where).toBe(true);
          if (viewport.width === 1920)
            expect(await tooSmallTexts(page, MINIMUM), where).toEqual([]);
          expect(await axeViolations(page), `projector: ${where}`).toEqual([]);
        }
        for (const viewport of SIZES) {
          await consolePage.setViewportSize(viewport);
          expect(
            await axeViolations(consolePage),
            `console: ${title} at ${viewport.width}×${viewport.height}`,
          ).toEqual([]);
        }
      }
      expect(errors).toEqual([]);
    },
  );
});
