/**
 * Flaky Wi-Fi: a client cut off from the relay (its socket frozen, or reset) keeps editing and
 * merges when the network returns; and a reconnect storm: 200 clients that lost the server all
 * come back at once after a restart and are all served, their offline edits included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addInitiative, moveInitiative } from '../../shared/activities/quadrant/initiatives';
import { readBoard } from '../../shared/session/schema';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  connectClient,
  createSession,
  facilitatorParams,
  joinSession,
  participantParams,
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
} from '../helpers/server-clients';
import {
  boardContent,
  countNotes,
  editOnce,
  health,
  joinEditors,
  seededRandom,
  startProxy,
  testSeed,
  waitForConvergence,
  type Editor,
  type NetworkProxy,
} from '../helpers/reliability';
import {
  initiativeId as asInitiativeId,
  participantId as asParticipantId,
} from '../../shared/core/ids';

const seed = testSeed();
const HEARTBEAT_MS = 300;

describe('a client cut off from the relay', () => {
  let server: TestServer;
  let proxy: NetworkProxy;
  let session: CreatedSession;
  let editors: Editor[] = [];
  let wanderer: Editor;

  beforeAll(async () => {
    server = await startServer({ env: { HEARTBEAT_MS: String(HEARTBEAT_MS) } });
    proxy = await startProxy(server.port);
    session = await createSession(server);
    editors = await joinEditors(server, session, 3, 'Home');
    const participant = await joinSession(server, session.code, 'Wanderer');
    const client = connectClient(
      { wsUrl: proxy.wsUrl },
      session.code,
      'board',
      participantParams(participant),
    );
    await whenSynced(client);
    wanderer = { index: 99, participant, client, notes: new Map(), votes: new Map(), edits: 0 };
  });

  afterAll(async () => {
    try {
      for (const editor of [...editors, wanderer]) editor.client.destroy();
      await proxy.close();
    } finally {
      await stopAndClean(server);
    }
  });

  async function partitionAndMerge(cutOff: () => void): Promise<void> {
    const random = seededRandom(seed);
    cutOff();
    // The relay notices (missed pongs or a reset) and the client loses its connection.
    await waitUntil(() => !wanderer.client.provider.wsconnected, 'wanderer disconnected', 10_000);
    for (let edit = 0; edit < 10; edit += 1) {
      editOnce(wanderer, random, 20);
      for (const editor of editors) editOnce(editor, random, 20);
    }
    proxy.heal();
    const fresh = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(fresh);
    const all = [...editors, wanderer];
    const behind = await waitForConvergence(
      all.map((editor) => editor.client.doc),
      fresh.doc,
      15_000,
    );
    const counted = countNotes(fresh.doc, all);
    const content = boardContent(fresh.doc);
    fresh.destroy();
    expect(behind).toBe(0);
    expect(counted.lost).toEqual([]);
    expect(counted.misplaced).toEqual([]);
    expect(all.filter((editor) => boardContent(editor.client.doc) !== content)).toEqual([]);
  }

  it('merges everything after its socket froze (no packets either way)', async () => {
    await partitionAndMerge(() => proxy.pause());
  });

  it('merges everything after its connection was reset and refused for a while', async () => {
    await partitionAndMerge(() => proxy.cut());
  });

  it('keeps an edit made the instant the connection returns, before the relay has the edits it builds on', async () => {
    const pid = wanderer.participant.participantId;
    wanderer.client.provider.disconnect();
    // Offline: a new note the relay has never seen (as if a crash had taken it).
    expect(
      addInitiative(wanderer.client.doc, asParticipantId(pid), {
        id: asInitiativeId('race'),
        text: 'race',
        x: 0,
        y: 0,
        at: Date.now(),
      }).ok,
    ).toBe(true);
    // The moment the socket opens, before sync: a move that depends on that note goes out first.
    const onStatus = ({ status }: { status: string }): void => {
      if (status !== 'connected') return;
      wanderer.client.provider.off('status', onStatus);
      expect(
        moveInitiative(wanderer.client.doc, asParticipantId(pid), asInitiativeId('race'), {
          x: 0.7,
          y: -0.7,
          at: Date.now(),
        }).ok,
      ).toBe(true);
    };
    wanderer.client.provider.on('status', onStatus);
    const raced = server.waitForLog(
      (line) => line.event === 'update-refused' && /unknown struct/.test(String(line.reason)),
      5000,
    );
    wanderer.client.provider.connect();
    // The race really happened: the relay could not place the early move and refused it ...
    await raced;
    const fresh = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(fresh);
    const arrived = await waitUntil(
      () => readBoard(fresh.doc).initiatives[pid]?.race?.x === 0.7,
      'the move made at reconnect',
      5000,
    ).then(
      () => true,
      () => false,
    );
    fresh.destroy();
    // ... and the client's sync, which carries the note and the move, put both in place.
    expect(arrived).toBe(true);
  });
});

describe('a reconnect storm', () => {
  const CLIENTS = 200;
  let server: TestServer;
  let session: CreatedSession;
  let editors: Editor[] = [];
  const extra: ConnectedClient[] = [];

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
    editors = await joinEditors(server, session, CLIENTS, 'Storm');
  }, 120_000);

  afterAll(async () => {
    try {
      for (const client of [...editors.map((editor) => editor.client), ...extra]) client.destroy();
    } finally {
      await stopAndClean(server);
    }
  });

  it('serves 200 clients reconnecting at once after a restart, offline edits included', async () => {
    const random = seededRandom(seed);
    await server.kill9();
    await waitUntil(
      () => editors.every((editor) => !editor.client.provider.wsconnected),
      'all clients noticed',
      10_000,
    );
    for (const editor of editors) editOnce(editor, random, 5);
    const restartedAt = Date.now();
    await server.start();
    await waitUntil(
      () =>
        editors.every(
          (editor) => editor.client.provider.wsconnected && editor.client.provider.synced,
        ),
      'all 200 reconnected',
      30_000,
    );
    const reconnectMs = Date.now() - restartedAt;
    const fresh = connectClient(server, session.code, 'board', facilitatorParams(session));
    extra.push(fresh);
    await whenSynced(fresh);
    const behind = await waitForConvergence(
      editors.map((editor) => editor.client.doc),
      fresh.doc,
      30_000,
    );
    const counted = countNotes(fresh.doc, editors);
    const served = await health(server);
    console.info(
      `reconnect storm: ${CLIENTS} clients back and synced ${reconnectMs} ms after the restart began; behind ${behind}; notes ${counted.expected}`,
    );
    expect(behind).toBe(0);
    expect(counted.lost).toEqual([]);
    expect(served.ok).toBe(true);
    expect(
      server.logs.filter((line) => line.event === 'upgrade-refused' || line.level === 'error'),
    ).toEqual([]);
  });
});
