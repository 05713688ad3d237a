/**
 * Rooms with no connections are flushed and dropped from memory after the grace period, and the
 * memory comes back (the server runs with --expose-gc and collects after each unload).
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FACILITATOR_NAMESPACE } from '../../shared/core/layout';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  namespaceMap,
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
} from '../helpers/server-clients';

const SESSIONS = 8;
const NOTES_PER_SESSION = 20;
const NOTE_BYTES = 50_000;
let server: TestServer;

function metric(text: string, name: string): number {
  const match = new RegExp(`^${name} (\\d+)$`, 'm').exec(text);
  if (match?.[1] === undefined) throw new Error(`metric ${name} missing`);
  return Number(match[1]);
}

async function metrics(): Promise<string> {
  return (await api(server, 'GET', '/metrics')).text;
}

async function fillSession(session: CreatedSession, seed: number): Promise<ConnectedClient> {
  const client = connectClient(server, session.code, 'board', facilitatorParams(session));
  await whenSynced(client);
  const notes = new Y.Map<unknown>();
  client.doc.getMap(BOARD_ROOT.initiatives).set(FACILITATOR_NAMESPACE, notes);
  for (let index = 0; index < NOTES_PER_SESSION; index += 1) {
    notes.set(
      `big${index}`,
      new Y.Map([['text', String.fromCharCode(97 + ((seed + index) % 26)).repeat(NOTE_BYTES)]]),
    );
  }
  return client;
}

async function unloaded(code: string): Promise<void> {
  await server.waitForLog(
    (line) => line.event === 'session-unloaded' && line.code === code,
    10_000,
  );
}

beforeAll(async () => {
  server = await startServer({ env: { ROOM_IDLE_MS: '300' }, exposeGc: true });
});

afterAll(async () => {
  await stopAndClean(server);
});

describe('idle rooms', () => {
  it('are flushed, unloaded and give their memory back', async () => {
    const sessions: CreatedSession[] = [];
    const clients: ConnectedClient[] = [];
    for (let index = 0; index < SESSIONS; index += 1) {
      const session = await createSession(server);
      sessions.push(session);
      clients.push(await fillSession(session, index));
    }
    // Everything written has reached the relay once a fresh reader sees the last note.
    for (const session of sessions) {
      const reader = connectClient(server, session.code, 'board', facilitatorParams(session));
      await waitUntil(
        () => {
          const notes = reader.doc.getMap(BOARD_ROOT.initiatives).get(FACILITATOR_NAMESPACE);
          return notes instanceof Y.Map && notes.has(`big${NOTES_PER_SESSION - 1}`);
        },
        'session filled',
        20_000,
      );
      reader.destroy();
    }
    expect(metric(await metrics(), 'collectief_sessions_loaded')).toBe(SESSIONS);

    // Unload one session first: its collection gives a heap figure with the others still loaded.
    const [first, ...rest] = sessions;
    if (first === undefined) throw new Error('no sessions');
    const firstUnloaded = unloaded(first.code);
    clients[0]?.destroy();
    await firstUnloaded;
    const heapWithOthersLoaded = metric(await metrics(), 'nodejs_heap_used_bytes');

    const allUnloaded = Promise.all(rest.map((session) => unloaded(session.code)));
    for (const client of clients.slice(1)) client.destroy();
    await allUnloaded;
    const afterText = await metrics();
    const heapAfter = metric(afterText, 'nodejs_heap_used_bytes');

    expect(metric(afterText, 'collectief_sessions_loaded')).toBe(0);
    expect(metric(afterText, 'collectief_rooms')).toBe(0);
    const dataInOthers = (SESSIONS - 1) * NOTES_PER_SESSION * NOTE_BYTES;
    // Strings may be stored one byte per character; at least half of the data must be gone.
    expect(heapWithOthersLoaded - heapAfter).toBeGreaterThan(dataInOthers / 2);

    // Unloaded is not lost: the next connection loads the session again, complete.
    const reader = connectClient(server, first.code, 'board', facilitatorParams(first));
    await whenSynced(reader);
    expect(namespaceMap(reader.doc, BOARD_ROOT.initiatives, FACILITATOR_NAMESPACE).size).toBe(
      NOTES_PER_SESSION,
    );
    reader.destroy();
  });
});
