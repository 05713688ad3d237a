/**
 * Issue 10's attacks on the relay's budgets, each against a real server process while a
 * bystander in another session measures its round trip and /healthz (bound 300 ms, plus the
 * worst of its own baseline as the machine's noise), and the server's own event-loop delay
 * (perf_hooks) stays under the same bound. Figures are printed as one JSON line per attack;
 * docs/reliability.md has them next to the figures before the budgets.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindPresenceStore } from '../../client/session/awarenessStore';
import { roomName, SERVER_PRESENCE_FIELD } from '../../shared/core/protocol';
import { BYSTANDER_BOUND_MS } from '../helpers/bystander';
import { serverRssKb } from '../helpers/reliability';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  connectClient,
  createSession,
  facilitatorParams,
  joinSession,
  openRawSocket,
  participantParams,
  waitUntil,
  whenSynced,
} from '../helpers/server-clients';
import {
  bigValues,
  flood,
  manyNotes,
  oversizePresence,
  quadraticDelete,
  underAttack,
  type AttackFigures,
} from './attacks';
import { awarenessFrame } from './fuzz-frames';

const SESSION_MAX_BYTES = 4 * 1024 * 1024;
const SESSION_MAX_STRUCTS = 40_000;

let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    env: {
      SESSION_MAX_BYTES: String(SESSION_MAX_BYTES),
      SESSION_MAX_STRUCTS: String(SESSION_MAX_STRUCTS),
      // 1 MB frames are the storage attack's point, not the byte rate's: let them through.
      RATE_BYTES_PER_SECOND: String(16 * 1024 * 1024),
      RATE_BYTE_BURST: String(16 * 1024 * 1024),
    },
  });
});

afterAll(async () => {
  await stopAndClean(server);
});

/**
 * The bounds: the CPU time of the longest single frame the relay handled stays under 300 ms (what
 * one frame costs, whatever else the machine runs), and the bystander's median round trip and
 * /healthz during the attack stay under 300 ms plus the worst of its baseline in the same run. Worst cases and the event-loop delay are printed
 * as figures: on this shared 2-core machine (load average above 20 while five test suites run)
 * single samples of the baseline itself reach 400 ms, so a worst-case bound would test the
 * machine; before the budgets an attack stalled every session for 2 to 566 s, which any of
 * these bounds catches.
 */
function expectBystanderUnaffected(name: string, figures: AttackFigures): void {
  console.log(`[budgets] ${name} ${JSON.stringify(figures)}`);
  const { attack, baseline } = figures.bystander;
  expect(attack.roundTrip.samples).toBeGreaterThan(0);
  expect(attack.healthz.samples).toBeGreaterThan(0);
  expect(figures.frameCpuMaxMs).toBeLessThan(BYSTANDER_BOUND_MS);
  // The machine's own noise, measured in the same run just before the attack, comes on top.
  expect(attack.roundTrip.medianMs).toBeLessThan(BYSTANDER_BOUND_MS + baseline.roundTrip.worstMs);
  expect(attack.healthz.medianMs).toBeLessThan(BYSTANDER_BOUND_MS + baseline.healthz.worstMs);
}

function directoryBytes(directory: string): number {
  let total = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    total += entry.isDirectory() ? directoryBytes(full) : statSync(full).size;
  }
  return total;
}

describe('quadratic Yjs input (100,000 characters, every other one deleted)', () => {
  it('refuses delete ranges listed from high clock to low before applying them', async () => {
    const figures = await underAttack(server, () =>
      quadraticDelete(server, {
        characters: 100_000,
        order: 'descending',
        rangesPerUpdate: 50_000,
      }),
    );
    expectBystanderUnaffected('quadratic-descending', figures);
    expect(figures['refused']).toBe(1);
    expect(figures['joinerDownloadBytes']).toBeLessThan(200_000);
  }, 120_000);

  it('refuses more delete ranges per update than the budget, and bounds the splits by the session budget', async () => {
    const figures = await underAttack(server, () =>
      quadraticDelete(server, { characters: 100_000, order: 'ascending', rangesPerUpdate: 1000 }),
    );
    expectBystanderUnaffected('quadratic-ascending', figures);
    // 50 updates of 1,000 ranges: each splits 2,000 structs until the session's budget is spent.
    expect(figures['refused']).toBeGreaterThan(0);
    expect(figures['structs']).toBeLessThanOrEqual(SESSION_MAX_STRUCTS);
    expect(figures['joinerDownloadBytes']).toBeLessThan(1_000_000);
  }, 120_000);
});

describe('floods', () => {
  it('holds back and then closes a socket sending 20,000 updates in one burst; the room keeps relaying', async () => {
    const figures = await underAttack(server, () => flood(server, 20_000));
    expectBystanderUnaffected('flood-20000', figures);
    expect(figures['socketsClosed']).toBeGreaterThanOrEqual(1);
    expect(figures['roomRoundTripMs']).toBeLessThan(
      BYSTANDER_BOUND_MS + figures.bystander.baseline.roundTrip.worstMs,
    );
  }, 120_000);
});

describe('storage', () => {
  it("refuses 1 MB values in a participant's own namespace", async () => {
    const figures = await underAttack(server, () =>
      bigValues(server, { values: 8, valueBytes: 1_000_000, as: 'participant' }),
    );
    expectBystanderUnaffected('big-values-participant', figures);
    expect(figures['accepted']).toBe(0);
    expect(figures['refused']).toBe(8);
  }, 180_000);

  it('stops the facilitator at the session size; memory and disk stay bounded', async () => {
    const rssBeforeKb = serverRssKb(server);
    const figures = await bigValues(server, {
      values: 8,
      valueBytes: 1_000_000,
      as: 'facilitator',
    });
    const rssAfterKb = serverRssKb(server);
    const diskBytes = directoryBytes(server.dataDir);
    console.log(
      `[budgets] big-values-facilitator ${JSON.stringify({ ...figures, rssBeforeKb, rssAfterKb, diskBytes })}`,
    );
    expect(figures['accepted']).toBeLessThanOrEqual(SESSION_MAX_BYTES / 1_000_000);
    expect(figures['refused']).toBeGreaterThan(0);
    expect(figures['joinerDownloadBytes']).toBeLessThan(SESSION_MAX_BYTES + 100_000);
    // Before the budgets: 855 MB on disk and 5.5 GB of memory after 30 s of 1 MB values.
    expect(diskBytes).toBeLessThan(4 * SESSION_MAX_BYTES);
    expect(rssAfterKb - rssBeforeKb).toBeLessThan(256 * 1024);
  }, 180_000);

  it('stores 50 of 5,000 notes from one participant and refuses the rest', async () => {
    const figures = await underAttack(server, () =>
      manyNotes(server, { notes: 5000, perUpdate: 50 }),
    );
    expectBystanderUnaffected('many-notes', figures);
    expect(figures['stored']).toBe(50);
    expect(figures['refusedBatches']).toBe(99);
  }, 120_000);
});

describe('presence', () => {
  it('refuses 1 MB presence states: a joiner downloads kilobytes, not megabytes', async () => {
    const figures = await underAttack(server, () =>
      oversizePresence(server, { sockets: 2, stateBytes: 1_000_000 }),
    );
    expectBystanderUnaffected('oversize-presence', figures);
    expect(figures['refused']).toBeGreaterThanOrEqual(2);
    expect(figures['joinerPresenceBytes']).toBeLessThan(16_000);
  }, 120_000);

  it('counts who holds a socket: 30 made-up presence entries from 2 people show 2 online', async () => {
    const session = await createSession(server);
    const people = [
      await joinSession(server, session.code, 'Ann'),
      await joinSession(server, session.code, 'Bob'),
    ];
    const sockets = [];
    for (const [personIndex, person] of people.entries()) {
      for (let index = 0; index < 15; index += 1) {
        const raw = await openRawSocket(
          server,
          roomName(session.code, 'board'),
          participantParams(person),
        );
        const fake = {
          user: { participantId: `fake-${personIndex}-${index}`, role: 'participant' },
        };
        raw.socket.send(
          awarenessFrame([
            {
              clientId: 900_000 + personIndex * 100 + index,
              clock: 1,
              state: JSON.stringify(fake),
            },
          ]),
        );
        sockets.push(raw);
      }
    }
    const viewer = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(viewer);
    const presence = bindPresenceStore(viewer.provider.awareness);
    await waitUntil(
      () => viewer.provider.awareness.getStates().size >= 31,
      'viewer holds every made-up entry',
    );
    expect(presence.store.getState().participantCount).toBe(2);
    expect([...presence.store.getState().onlineParticipantIds].sort()).toEqual(
      people.map((person) => person.participantId).sort(),
    );
    // A state claiming the server's field is refused.
    const forger = sockets[0];
    const refused = server.waitForLog((line) => line.event === 'presence-refused');
    forger?.socket.send(
      awarenessFrame([
        {
          clientId: 999_999,
          clock: 1,
          state: JSON.stringify({
            [SERVER_PRESENCE_FIELD]: { participantIds: ['x'], facilitator: true },
          }),
        },
      ]),
    );
    await refused;
    for (const raw of sockets) raw.socket.close();
    await waitUntil(
      () => presence.store.getState().participantCount === 0,
      'count drops to 0 when their sockets close',
    );
    presence.destroy();
    viewer.destroy();
  }, 60_000);
});
