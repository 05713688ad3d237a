/**
 * Traffic the relay shapes itself: merged broadcasts during a burst, keep-alive messages for idle
 * viewers (the y-websocket client drops a silent socket after 30 s), dead sockets dropped.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { roomName } from '../../shared/core/protocol';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  heartbeatsSeenBy,
  joinSession,
  namespaceMap,
  openRawSocket,
  participantParams,
  waitForConnections,
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';

const HEARTBEAT_MS = 200;
let server: TestServer;
let session: CreatedSession;

async function metric(name: string): Promise<number> {
  const text = (await api(server, 'GET', '/metrics')).text;
  const match = new RegExp(`^${name} (\\d+)$`, 'm').exec(text);
  if (match?.[1] === undefined) throw new Error(`metric ${name} missing`);
  return Number(match[1]);
}

beforeAll(async () => {
  server = await startServer({ env: { HEARTBEAT_MS: String(HEARTBEAT_MS) } });
  session = await createSession(server);
});

// Connection counts start from a relay with no socket left over from an earlier test (the burst's
// forty clients close on the server a moment after they are destroyed).
beforeEach(async () => {
  await waitForConnections(server, 0);
});

afterAll(async () => {
  await stopAndClean(server);
});

describe('a burst', () => {
  it('reaches everyone as far fewer merged broadcasts than updates', async () => {
    const size = 40;
    const clients: ConnectedClient[] = [];
    const people: Participant[] = [];
    try {
      for (let index = 0; index < size; index += 1) {
        const person = await joinSession(server, session.code, `P${index}`);
        people.push(person);
        clients.push(connectClient(server, session.code, 'board', participantParams(person)));
      }
      await Promise.all(clients.map((client) => whenSynced(client)));
      // Counted where they arrive, and only those carrying document updates: the server's
      // broadcast total also counts the heartbeat's keep-alives, as many as the wait lasted.
      const watcher = await joinSession(server, session.code, 'Observer');
      const observer = connectClient(server, session.code, 'board', participantParams(watcher));
      clients.push(observer);
      await whenSynced(observer);
      const socket = observer.provider.ws;
      if (!(socket instanceof WebSocket)) throw new Error('the observer has no ws socket');
      let updateMessages = 0;
      socket.on('message', (data: Buffer) => {
        if (data[0] === 0 && data[1] === 2) updateMessages += 1;
      });
      const updatesSeen = (): number => updateMessages;
      const broadcastsBefore = updatesSeen();
      const appliedBefore = await metric('collectief_updates_applied_total');
      clients.slice(0, size).forEach((client, index) => {
        const person = people[index];
        if (person !== undefined)
          namespaceMap(client.doc, BOARD_ROOT.checkHands, person.participantId).set(
            'round1',
            'yes',
          );
      });
      const allHands = (doc: Y.Doc): boolean =>
        people.every((person) => {
          const hands = doc.getMap(BOARD_ROOT.checkHands).get(person.participantId);
          return hands instanceof Y.Map && hands.get('round1') === 'yes';
        });
      await waitUntil(
        () => clients.every((client) => allHands(client.doc)),
        'every client holds every vote',
      );
      const broadcasts = updatesSeen() - broadcastsBefore;
      const applied = (await metric('collectief_updates_applied_total')) - appliedBefore;
      expect(applied).toBe(size);
      expect(broadcasts).toBeLessThan(size / 2);
    } finally {
      // Also when it failed: the next tests count connections from zero.
      for (const client of clients) client.destroy();
    }
  }, 120_000);
});

describe('idle and dead sockets', () => {
  it('sends keep-alive messages to an idle viewer', async () => {
    const person = await joinSession(server, session.code, 'Viewer');
    const raw = await openRawSocket(
      server,
      roomName(session.code, 'control'),
      participantParams(person),
    );
    // Five heartbeats on the server's clock (its pings), however long a busy machine makes them.
    await heartbeatsSeenBy(raw.socket).reach(5);
    const keepalives = raw.messages.filter(
      (bytes) => bytes.length === 3 && bytes[0] === 1 && bytes[1] === 1 && bytes[2] === 0,
    );
    expect(keepalives.length).toBeGreaterThanOrEqual(2);
    raw.socket.close();
    await raw.closed;
  });

  it('drops a socket that stops answering pings', async () => {
    const person = await joinSession(server, session.code, 'Sleeper');
    const raw = await openRawSocket(
      server,
      roomName(session.code, 'board'),
      participantParams(person),
    );
    const connections = await metric('collectief_connections');
    // A paused socket reads nothing, so it never answers the server's pings.
    raw.socket.pause();
    // Bounded only to fail rather than hang: the heartbeat drops it after two beats.
    await waitUntil(
      async () => (await metric('collectief_connections')) === connections - 1,
      'dead socket dropped',
      20_000,
    );
    raw.socket.terminate();
  });
});
