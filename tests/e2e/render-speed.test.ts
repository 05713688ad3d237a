/**
 * Rendering remote changes on a full board: 500 notes (10 people × 50), then 1,000 remote moves
 * arrive while a participant's laptop shows the quadrant. We time, in Chromium, the main-thread
 * work per incoming websocket message: y-websocket's handler (decode, apply, Yjs observers,
 * zustand) plus React's synchronous re-render, which runs in the microtasks right after it.
 * Goal (issue 3): p95 under one frame (16 ms), measured by the benchmark; this test prints p50 /
 * p95 for the notes and asserts what holds on any machine.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addInitiative, moveInitiative } from '../../shared/activities/quadrant/initiatives';
import {
  connectClient,
  joinSession,
  whenSynced,
  type ConnectedClient,
} from '../helpers/server-clients';
import { createSession, joinAs, openConsole, presentItem, e2eWorld } from './helpers';
import {
  initiativeId as asInitiativeId,
  participantId as asParticipantId,
} from '../../shared/core/ids';

const world = e2eWorld();
const clients: ConnectedClient[] = [];

afterAll(() => {
  for (const client of clients) client.destroy();
});

/** Installed before the app loads: wraps every websocket onmessage handler with a timer. */
function timeWebsocketMessages(): void {
  const samples: number[] = [];
  Reflect.set(window, '__messageTimes', samples);
  const descriptor = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage');
  if (descriptor?.set === undefined || descriptor.get === undefined) return;
  const { set, get } = descriptor;
  Object.defineProperty(WebSocket.prototype, 'onmessage', {
    configurable: true,
    get() {
      return get.call(this);
    },
    set(handler: ((event: MessageEvent) => void) | null) {
      if (handler === null) return set.call(this, null);
      set.call(this, (event: MessageEvent) => {
        const start = performance.now();
        handler(event);
        // React's sync re-render is queued as a microtask during the handler: ours runs after it.
        queueMicrotask(() => queueMicrotask(() => samples.push(performance.now() - start)));
      });
    },
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

describe('rendering remote changes', () => {
  it(
    'applies 1,000 remote moves on a 500-note board, re-rendering only what moved',
    { timeout: 180_000 },
    async () => {
      const session = await createSession(world().server);
      const errors: string[] = [];
      const presenter = (await openConsole(world().browser, session, errors)).page;
      await presentItem(presenter, 'Waar staan onze initiatieven?');
      await presenter.close();

      // Ten writers in Node, each placing 50 notes.
      const writers: { client: ConnectedClient; participantId: string; ids: string[] }[] = [];
      for (let index = 0; index < 10; index += 1) {
        const participant = await joinSession(world().server, session.code, `Schrijver ${index}`);
        const client = connectClient(world().server, session.code, 'board', {
          pid: participant.participantId,
          token: participant.participantToken,
        });
        clients.push(client);
        await whenSynced(client);
        const ids: string[] = [];
        for (let note = 0; note < 50; note += 1) {
          const added = addInitiative(client.doc, asParticipantId(participant.participantId), {
            text: `Initiatief ${index}-${note}`,
            x: ((note % 10) - 4.5) / 5,
            y: (Math.floor(note / 10) - 2) / 3,
            at: Date.now(),
          });
          if (added.ok) ids.push(added.value);
        }
        writers.push({ client, participantId: participant.participantId, ids });
      }

      const { context } = await joinAs(world().browser, session, 'Lezer', 'Anders', errors);
      const reader = context.pages()[0];
      if (reader === undefined) throw new Error('no reader page');
      await reader.addInitScript(timeWebsocketMessages);
      await reader.reload();
      await expect
        .poll(() => reader.locator('.board .note').count(), { timeout: 30_000 })
        .toBe(500);
      await reader.evaluate(() => (Reflect.get(window, '__messageTimes') as number[]).splice(0));

      // 1,000 moves at a steady pace, one note each, spaced so the relay's batching tick (a few ms)
      // sends most of them as their own message: we time per update, not per batch.
      for (let move = 0; move < 1000; move += 1) {
        const writer = writers[move % writers.length];
        const id = writer?.ids[(move * 7) % 50];
        if (writer === undefined || id === undefined) continue;
        moveInitiative(
          writer.client.doc,
          asParticipantId(writer.participantId),
          asInitiativeId(id),
          {
            x: Math.sin(move) * 0.9,
            y: Math.cos(move) * 0.9,
            at: Date.now(),
          },
        );
        await new Promise((resolve) => setTimeout(resolve, 8));
      }
      const expectedLeft = ((Math.sin(999) * 0.9 + 1) / 2) * 100;
      await expect
        .poll(
          async () => {
            const lefts = await reader
              .locator('.board .note')
              .evaluateAll((nodes) =>
                nodes.map((node) => Number.parseFloat((node as HTMLElement).style.left)),
              );
            // The last move has arrived when some note stands where it was sent.
            return lefts.some((left) => Math.abs(left - expectedLeft) < 0.01);
          },
          { timeout: 30_000 },
        )
        .toBe(true);

      const samples = (
        await reader.evaluate(() => Reflect.get(window, '__messageTimes') as number[])
      ).sort((a, b) => a - b);
      const p50 = percentile(samples, 50);
      const p95 = percentile(samples, 95);
      const total = samples.reduce((sum, sample) => sum + sample, 0);
      console.log(
        `render-speed: 1000 remote moves in ${samples.length} messages on a 500-note board; main-thread per message ` +
          `p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${(samples.at(-1) ?? 0).toFixed(2)} ms; ` +
          `mean per move ${(total / 1000).toFixed(2)} ms`,
      );
      // The relay merges what arrives within its tick, so a message can carry several moves: the
      // per-message time is an upper bound of the per-update time.
      expect(samples.length).toBeGreaterThan(200);
      // No bound in milliseconds: on a shared CI machine the scheduler decides those (p95 32 ms
      // at load average 8 here, 8-10 ms on a quieter run). The speed goal (p95 under one frame)
      // is measured by `npm run bench` (bench/remote-apply.ts, docs/benchmarks.md); that a remote
      // move re-renders only the moved note is proven without a clock in
      // tests/component/board.test.tsx. This test proves the whole path in a real browser: every
      // move arrives, the last one is drawn where it was sent, nothing errs.
      expect(errors).toEqual([]);
    },
  );
});
