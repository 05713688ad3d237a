/**
 * End-to-end plumbing: a real server process (tests/helpers/server.ts), a fresh client build when
 * the sources are newer than dist/client, Debian's Chromium through playwright-core, and small
 * helpers that act the way a person would (fill the join form, press the arrow keys).
 */
import { API_ROUTES } from '../../shared/core/protocol';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  REPO_ROOT,
  startServer,
  stopAndClean,
  type StartOptions,
  type TestServer,
} from '../helpers/server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CLIENT_SOURCES = ['client', 'shared', 'public', 'index.html', 'vite.config.ts'];

function newestMtime(entry: string): number {
  let info;
  try {
    info = statSync(entry);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const child of readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

const BUILD_LOCK = path.join(REPO_ROOT, 'dist', '.client-build.lock');

function clientBuildIsFresh(): boolean {
  const built = newestMtime(path.join(REPO_ROOT, 'dist', 'client', 'index.html'));
  const sources = Math.max(
    ...CLIENT_SOURCES.map((entry) => newestMtime(path.join(REPO_ROOT, entry))),
  );
  return built > sources;
}

/**
 * Builds the client when a source is newer than the build (the server skips building in tests).
 * Test files run in parallel workers: a lock directory (mkdir is atomic) makes one of them build
 * while the others wait, instead of two builds emptying each other's output folder.
 */
export async function ensureClientBuild(): Promise<void> {
  for (;;) {
    if (clientBuildIsFresh()) return;
    mkdirSync(path.dirname(BUILD_LOCK), { recursive: true });
    try {
      mkdirSync(BUILD_LOCK);
    } catch {
      // A lock older than any build is left over from a killed run: take it over.
      if (Date.now() - newestMtime(BUILD_LOCK) > 5 * 60_000)
        rmSync(BUILD_LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    try {
      if (clientBuildIsFresh()) return;
      // NODE_ENV=production: vitest sets NODE_ENV=test, which would give React's development build.
      const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
        cwd: REPO_ROOT,
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: 'production' },
      });
      if (result.status !== 0)
        throw new Error(`vite build failed with status ${String(result.status)}`);
      return;
    } finally {
      rmSync(BUILD_LOCK, { recursive: true, force: true });
    }
  }
}

export type E2eWorld = { server: TestServer; browser: Browser; close: () => Promise<void> };

export async function startWorld(options: StartOptions = {}): Promise<E2eWorld> {
  await ensureClientBuild();
  const server = await startServer(options);
  const browser = await launchChromium().catch(async (error: unknown) => {
    await stopAndClean(server);
    throw error;
  });
  return {
    server,
    browser,
    close: async () => {
      try {
        await browser.close();
      } finally {
        await stopAndClean(server);
      }
    },
  };
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type CreatedSession = {
  code: string;
  facilitatorKey: string;
  joinUrl: string;
  consoleUrl: string;
  presentUrl: string;
};

export async function createSession(
  server: TestServer,
  body: { title?: string; lang?: 'nl' | 'en'; includeExamples?: boolean } = {},
): Promise<CreatedSession> {
  const response = await fetch(`${server.url}${API_ROUTES.sessions}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'E2E-workshop', lang: 'nl', includeExamples: false, ...body }),
  });
  if (response.status !== 201)
    throw new Error(`create session: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreatedSession;
}

/** Every page reports its uncaught errors, so a broken component fails the test that saw it. */
export function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
}

/** The facilitator's console (every control), as the create answer links it, on a laptop. */
export async function openConsole(browser: Browser, session: CreatedSession, errors: string[]) {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  watchErrors(page, errors);
  await page.goto(session.consoleUrl);
  await page.getByRole('toolbar', { name: 'Bediening facilitator' }).waitFor();
  return { context, page };
}

/** The projector (audience only) in its own window, as a second screen or device would open it. */
export async function openProjector(
  browser: Browser,
  session: CreatedSession,
  errors: string[],
  viewport: { width: number; height: number } = { width: 1920, height: 1080 },
) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  watchErrors(page, errors);
  await page.goto(session.presentUrl);
  await page.locator(PROJECTOR_TITLE).waitFor();
  return { context, page };
}

/** The item title the projector shows. */
export const PROJECTOR_TITLE = '.projector__item-header h1';

export type Perspective = 'Inwoner' | 'Professional' | 'Gemeente' | 'Anders';

export async function joinAs(
  browser: Browser,
  session: CreatedSession,
  name: string,
  perspective: Perspective,
  errors: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  watchErrors(page, errors);
  await page.goto(session.joinUrl);
  await page.getByLabel('Je naam').fill(name);
  await page.getByRole('radio', { name: perspective }).check();
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await page.getByRole('status', { name: 'Verbindingsstatus' }).getByText('Verbonden').waitFor();
  return { context, page };
}

/** The live item's title on the console. */
export const CONSOLE_TITLE = '.console-now__title';

/**
 * The facilitator presses → on the console until it is on the item (as with a clicker); with a
 * projector window, also waits until the projector shows it.
 */
export async function presentItem(
  consolePage: Page,
  title: string,
  projector?: Page,
): Promise<void> {
  for (let step = 0; step < 12; step += 1) {
    const heading = await consolePage.locator(CONSOLE_TITLE).textContent();
    if (heading === title) break;
    await consolePage.keyboard.press('ArrowRight');
    await consolePage.waitForFunction(
      ([selector, previous]) => document.querySelector(selector)?.textContent !== previous,
      [CONSOLE_TITLE, heading] as const,
      { timeout: 5000 },
    );
  }
  if ((await consolePage.locator(CONSOLE_TITLE).textContent()) !== title)
    throw new Error(`agenda item "${title}" not reached`);
  if (projector !== undefined) await waitForProjectorItem(projector, title);
}

/** Waits until the projector shows the item with this title. */
export async function waitForProjectorItem(projector: Page, title: string): Promise<void> {
  await projector.waitForFunction(
    ([selector, expected]) => document.querySelector(selector)?.textContent === expected,
    [PROJECTOR_TITLE, title] as const,
    { timeout: 10_000 },
  );
}

/** The centre of an element in page pixels. */
export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (box === null) throw new Error(`${selector} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Starts server + browser once for a test file and stops them after; returns a getter. */
export function e2eWorld(options: StartOptions = {}): () => E2eWorld {
  let world: E2eWorld | undefined;
  beforeAll(async () => {
    world = await startWorld(options);
  });
  afterAll(async () => {
    await world?.close();
  });
  return () => {
    if (world === undefined) throw new Error('the e2e world did not start');
    return world;
  };
}

/**
 * A keyboard drag of one note: Space picks it up, the keys move it, Space drops it. dnd-kit's
 * keyboard sensor starts listening for the arrows only on a later task, and a busy browser
 * handles queued key presses before timers, so each step waits for the drag's state to show.
 */
export async function keyboardDrag(
  page: Page,
  note: Locator,
  keys: readonly string[],
): Promise<void> {
  await note.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('.note--dragging') !== null);
  // The sensor's keydown listener is attached on a timer after the pick-up: give it that turn.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  for (const key of keys) await page.keyboard.press(key);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('.note--dragging') === null);
}
