/**
 * Applying remote changes in the participant's browser: 500 initiatives on the board, then 1,000
 * remote moves (by the facilitator, one every 20 ms), received by a participant in headless
 * Chromium. For each websocket message that carries a document update, the page records the
 * main-thread time from the message event until the main thread is free again: Yjs apply, store
 * update, React render and commit, and the style/layout they cause (forced at the end). Paint and
 * compositing are not included. Needs `npm run build` first (dist/client); skips otherwise.
 *
 *   npx tsx bench/remote-apply.ts
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type * as Y from 'yjs';
import { addInitiative, moveInitiative } from '../shared/activities/quadrant/initiatives';
import { setCurrentAgendaItem } from '../shared/activities/agenda/actions';
import { readContentPart } from '../shared/activities/content/schema';
import { LIMITS, pagePath } from '../shared/core/protocol';
import { BenchClient } from './load/client';
import { startCollectief } from './relays/collectief';
import { clientSpec } from './relays/relay';
import { percentile } from './report/stats';
import { type InitiativeId, type ParticipantId, participantId } from '../shared/core/ids';

const INITIATIVES = 500;
const MOVES = 1000;
const MOVE_INTERVAL_MS = 20;
const TIMEOUT_MS = 120_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST_INDEX = path.join(import.meta.dirname, '../dist/client/index.html');

export type RemoteApplyReport =
  | { measured: false; reason: string }
  | {
      measured: true;
      updates: number;
      notesShown: number;
      p50Ms: number;
      p95Ms: number;
      maxMs: number;
    };

/**
 * Runs in the page before the app (plain JavaScript text: a bundled function would carry
 * helpers the page does not have): times every sync-update message the app's socket handles.
 */
const INSTRUMENT_WEBSOCKET = `
(() => {
  const times = [];
  window.__remoteApplyMs = times;
  const Native = window.WebSocket;
  class TimedWebSocket extends Native {
    set onmessage(handler) {
      if (handler === null) { super.onmessage = null; return; }
      super.onmessage = (event) => {
        const started = performance.now();
        handler.call(this, event);
        const bytes = event.data instanceof ArrayBuffer ? new Uint8Array(event.data, 0, 2) : null;
        // y-websocket frame: messageSync (0), then syncUpdate (2).
        if (bytes === null || bytes[0] !== 0 || bytes[1] !== 2) return;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          void document.body.offsetHeight;
          times.push(performance.now() - started);
        };
        channel.port2.postMessage(null);
      };
    }
    get onmessage() { return super.onmessage; }
  }
  window.WebSocket = TimedWebSocket;
})();
`;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function seedBoard(
  board: Y.Doc,
  owners: ParticipantId[],
): Promise<Array<{ owner: ParticipantId; id: InitiativeId }>> {
  const placed: Array<{ owner: ParticipantId; id: InitiativeId }> = [];
  for (let index = 0; index < INITIATIVES; index += 1) {
    const owner = owners[index % owners.length] ?? participantId('facilitator');
    const result = addInitiative(board, owner, {
      text: `Initiatief ${index}: samen iets moois maken in de wijk`,
      x: ((index % 25) / 12.5 - 1) * 0.9,
      y: (Math.floor(index / 25) / 10 - 1) * 0.9,
      at: Date.now(),
    });
    if (!result.ok) throw new Error(`seeding initiative ${index}: ${result.error.message}`);
    placed.push({ owner, id: result.value });
  }
  return placed;
}

function openQuadrant(control: Y.Doc): void {
  const quadrant = readContentPart(control, 'agenda').find((item) => item.kind === 'quadrant');
  if (!quadrant) throw new Error('the template has no quadrant agenda item');
  const result = setCurrentAgendaItem(control, quadrant.id);
  if (!result.ok) throw new Error(result.error.message);
}

export async function measureRemoteApply(): Promise<RemoteApplyReport> {
  try {
    await access(DIST_INDEX);
  } catch {
    return {
      measured: false,
      reason: 'dist/client/index.html not found: run `npm run build` first',
    };
  }
  const relay = await startCollectief({ startTimeoutMs: 60_000 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
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
  const clients: BenchClient[] = [];
  try {
    const ownerCount = Math.ceil(INITIATIVES / LIMITS.maxInitiativesPerParticipant) + 1;
    const session = await relay.createSession(ownerCount);
    const viewer = session.participants[0];
    if (!viewer) throw new Error('no participant registered');
    const board = new BenchClient(clientSpec(relay, session.boardRoom, session.facilitator));
    const control = new BenchClient(clientSpec(relay, session.controlRoom, session.facilitator));
    clients.push(board, control);
    await Promise.all([board.whenSynced(TIMEOUT_MS), control.whenSynced(TIMEOUT_MS)]);
    openQuadrant(control.doc);
    const owners = session.participants
      .slice(1)
      .map((p) => participantId(p.identity.participantId));
    const placed = await seedBoard(board.doc, owners);

    const page = await browser.newPage();
    const code = session.boardRoom;
    await page.addInitScript(
      ({ key, identity }) => window.localStorage.setItem(key, JSON.stringify(identity)),
      {
        key: `collectief:participant:${code}`,
        identity: {
          participantId: viewer.identity.participantId,
          participantToken: viewer.token,
          name: viewer.identity.name,
          perspective: 'resident',
        },
      },
    );
    await page.addInitScript({ content: INSTRUMENT_WEBSOCKET });
    await page.goto(`${relay.process.httpOrigin}${pagePath('join', code)}`);
    const notes = page.locator('[role="img"][aria-label]');
    const deadline = Date.now() + TIMEOUT_MS;
    while ((await notes.count()) < INITIATIVES && Date.now() < deadline) await sleep(250);
    const notesShown = await notes.count();
    await sleep(1000);
    await page.evaluate(() =>
      (window as unknown as { __remoteApplyMs: number[] }).__remoteApplyMs.splice(0),
    );

    const started = performance.now();
    for (let move = 0; move < MOVES; move += 1) {
      const due = started + move * MOVE_INTERVAL_MS;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const target = placed[(move * 7) % placed.length];
      if (!target) continue;
      const angle = move / 10;
      moveInitiative(board.doc, target.owner, target.id, {
        x: Math.cos(angle) * 0.8,
        y: Math.sin(angle) * 0.8,
        at: Date.now(),
      });
    }
    await sleep(1000);
    const times = await page.evaluate(() =>
      (window as unknown as { __remoteApplyMs: number[] }).__remoteApplyMs.slice(),
    );
    return {
      measured: true,
      updates: times.length,
      notesShown,
      p50Ms: percentile(times, 0.5),
      p95Ms: percentile(times, 0.95),
      maxMs: Math.max(...times),
    };
  } finally {
    for (const client of clients) client.destroy();
    await browser.close();
    await relay.stop();
  }
}

export function renderRemoteApply(report: RemoteApplyReport): string {
  if (!report.measured) return `remote apply in Chromium: skipped (${report.reason})`;
  const verdict = report.p95Ms < 16 ? 'within' : 'OVER';
  return (
    `remote apply in Chromium (${report.notesShown} notes shown, ${report.updates} remote updates): ` +
    `p50 ${report.p50Ms.toFixed(2)} ms, p95 ${report.p95Ms.toFixed(2)} ms (${verdict} one 16 ms frame), max ${report.maxMs.toFixed(1)} ms`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.log(renderRemoteApply(await measureRemoteApply()));
}
