/**
 * Durable storage with real processes: what the relay accepted survives a graceful restart and a
 * `kill -9` (after the fsync bound), a torn log tail is cut off, compaction keeps the files
 * bounded, and DELETE removes every byte.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  joinSession,
  namespaceMap,
  participantParams,
  unsignedTicketQuery,
  upgradeRefusal,
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';

const FSYNC_INTERVAL_MS = 20;
/** Past the durability bound: the batch interval plus a generous fsync on a busy CI disk. */
const PAST_FSYNC_BOUND_MS = 300;
const COMPACT_AFTER_RECORDS = 50;

let server: TestServer;
let session: CreatedSession;
let alice: Participant;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const sessionDirectory = (code: string): string => path.join(server.dataDir, 'sessions', code);

async function writeNotes(
  participant: Participant,
  prefix: string,
  count: number,
): Promise<ConnectedClient> {
  const client = connectClient(server, session.code, 'board', participantParams(participant));
  await whenSynced(client);
  const notes = namespaceMap(client.doc, BOARD_ROOT.initiatives, participant.participantId);
  for (let index = 0; index < count; index += 1)
    notes.set(`${prefix}${index}`, new Y.Map([['text', `${prefix} ${index}`]]));
  return client;
}

/** What a brand-new client gets from the server now. */
async function freshReading(): Promise<Record<string, unknown>> {
  const reader = connectClient(server, session.code, 'board', facilitatorParams(session));
  await whenSynced(reader, 20_000);
  const notes = namespaceMap(reader.doc, BOARD_ROOT.initiatives, alice.participantId).toJSON();
  reader.destroy();
  return notes;
}

beforeAll(async () => {
  server = await startServer({
    env: {
      FSYNC_INTERVAL_MS: String(FSYNC_INTERVAL_MS),
      COMPACT_AFTER_RECORDS: String(COMPACT_AFTER_RECORDS),
      ROOM_IDLE_MS: '60000',
    },
  });
  session = await createSession(server);
  alice = await joinSession(server, session.code, 'Alice');
});

afterAll(async () => {
  await stopAndClean(server);
});

describe('restarts', () => {
  it('keeps everything accepted across a graceful restart, and a connected client gets it back', async () => {
    const writer = await writeNotes(alice, 'graceful', 5);
    await waitUntil(
      async () => Object.keys(await freshReading()).length === 5,
      'server has 5 notes',
    );
    // A viewer that stays connected through the restart and must come back on its own.
    const viewer = connectClient(server, session.code, 'board', participantParams(alice));
    await whenSynced(viewer);
    // No client may hold the data during the restart, or it would hand it back to the server.
    writer.destroy();
    viewer.provider.disconnect();
    const stopped = server.waitForLog((line) => line.event === 'stopped');
    await server.restart();
    await stopped;
    expect(Object.keys(await freshReading())).toHaveLength(5);
    viewer.provider.connect();
    await waitUntil(() => viewer.provider.synced, 'viewer reconnected', 20_000);
    namespaceMap(viewer.doc, BOARD_ROOT.initiatives, alice.participantId).set(
      'after-restart',
      new Y.Map([['text', 'x']]),
    );
    namespaceMap(writer.doc, BOARD_ROOT.initiatives, alice.participantId).set(
      'after-restart',
      new Y.Map([['text', 'x']]),
    );
    await waitUntil(
      async () => Object.keys(await freshReading()).length === 6,
      'server has 6 notes',
    );
    viewer.destroy();
  });

  it('closes open sockets with 1001 on SIGTERM', async () => {
    const client = connectClient(server, session.code, 'board', participantParams(alice));
    await whenSynced(client);
    const closed = new Promise<number>((resolve) =>
      client.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    );
    await server.stop('SIGTERM');
    expect(await closed).toBe(1001);
    client.destroy();
    await server.start();
  });

  it('keeps everything accepted across kill -9 once the fsync bound has passed', async () => {
    const writer = await writeNotes(alice, 'crash', 20);
    await waitUntil(
      async () => Object.keys(await freshReading()).length === 26,
      'server has 26 notes',
    );
    writer.destroy();
    await sleep(PAST_FSYNC_BOUND_MS);
    await server.kill9();
    await server.start();
    const notes = await freshReading();
    expect(Object.keys(notes)).toHaveLength(26);
    expect(notes.crash19).toEqual({ text: 'crash 19' });
  });

  it('starts from the good prefix of a log with a torn tail', async () => {
    await server.stop();
    await appendFile(
      path.join(sessionDirectory(session.code), 'board.log'),
      Buffer.from([200, 0, 0, 0, 1, 2, 3]),
    );
    await server.start();
    expect(Object.keys(await freshReading())).toHaveLength(26);
    expect(server.logs.some((line) => line.event === 'storage-torn-tail')).toBe(true);
    const writer = await writeNotes(alice, 'after-tear', 1);
    await waitUntil(
      async () => Object.keys(await freshReading()).length === 27,
      'writes after the tear',
    );
    writer.destroy();
    await sleep(PAST_FSYNC_BOUND_MS);
    await server.kill9();
    await server.start();
    expect(Object.keys(await freshReading())).toHaveLength(27);
  });
});

describe('compaction', () => {
  it('folds the log into a snapshot so the files stay bounded', async () => {
    const client = connectClient(server, session.code, 'board', participantParams(alice));
    await whenSynced(client);
    const notes = namespaceMap(client.doc, BOARD_ROOT.initiatives, alice.participantId);
    const note = new Y.Map<unknown>([['text', 'moving']]);
    notes.set('mover', note);
    // 1,000 moves of one note: history that must not pile up on disk.
    for (let round = 0; round < 20; round += 1) {
      for (let move = 0; move < 50; move += 1) note.set('x', round * 50 + move);
      await sleep(FSYNC_INTERVAL_MS * 2);
    }
    await waitUntil(async () => {
      const reading = await freshReading();
      const mover = reading.mover;
      return typeof mover === 'object' && mover !== null && Reflect.get(mover, 'x') === 999;
    }, 'last move stored');
    // Measured once a compaction has run (an event, not a pause): the sizes below are its result.
    await waitUntil(
      async () =>
        /^collectief_compactions_total [1-9]\d*$/m.test(
          (await api(server, 'GET', '/metrics')).text,
        ),
      'a compaction',
    );
    const log = await stat(path.join(sessionDirectory(session.code), 'board.log'));
    const snapshot = await stat(path.join(sessionDirectory(session.code), 'board.snapshot'));
    // 1,000 update records would be ~40 KB of log; after compaction fewer than 50 records remain.
    expect(log.size).toBeLessThan(COMPACT_AFTER_RECORDS * 200);
    expect(snapshot.size).toBeLessThan(20_000);
    const metrics = await api(server, 'GET', '/metrics');
    expect(metrics.text).toMatch(/^collectief_compactions_total [1-9]\d*$/m);
    client.destroy();
    await server.kill9();
    await server.start();
    const reading = await freshReading();
    expect(reading.mover).toEqual({ text: 'moving', x: 999 });
  });
});

describe('deletion', () => {
  it('removes every stored byte and closes open sockets with 4410', async () => {
    const doomed = await createSession(server);
    const participant = await joinSession(server, doomed.code, 'Ans');
    const client = connectClient(server, doomed.code, 'board', participantParams(participant));
    await whenSynced(client);
    const closed = new Promise<number>((resolve) =>
      client.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    );
    expect(await readdir(sessionDirectory(doomed.code))).toContain('meta.json');
    const response = await api(server, 'DELETE', `/api/sessions/${doomed.code}`, {
      headers: { Authorization: `Bearer ${doomed.facilitatorKey}` },
    });
    expect(response.status).toBe(204);
    expect(await closed).toBe(4410);
    await expect(stat(sessionDirectory(doomed.code))).rejects.toThrow(/ENOENT/);
    expect(await readdir(path.join(server.dataDir, 'sessions'))).not.toContain(doomed.code);
    expect((await api(server, 'GET', `/api/sessions/${doomed.code}`)).status).toBe(404);
    expect((await upgradeRefusal(server, `/${doomed.code}?${unsignedTicketQuery()}`)).status).toBe(
      404,
    );
    client.destroy();
  });
});

describe('retention', () => {
  it('deletes sessions older than RETENTION_DAYS when the server starts', async () => {
    const old = await createSession(server);
    await server.stop();
    const metaFile = path.join(sessionDirectory(old.code), 'meta.json');
    const meta: unknown = JSON.parse(await readFile(metaFile, 'utf8'));
    const aged = {
      ...(typeof meta === 'object' ? meta : {}),
      createdAt: Date.now() - 31 * 24 * 60 * 60 * 1000,
    };
    await writeFile(metaFile, JSON.stringify(aged));
    const expired = server.waitForLog(
      (line) => line.event === 'session-expired' && line.code === old.code,
    );
    await server.start();
    await expired;
    await expect(stat(sessionDirectory(old.code))).rejects.toThrow(/ENOENT/);
    expect((await api(server, 'GET', `/api/sessions/${session.code}`)).status).toBe(200);
  });
});
