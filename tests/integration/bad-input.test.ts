/**
 * Bad input gets a clear answer and hurts nobody else: oversized and malformed frames close only
 * their own socket (1009 / 1007), crafted updates that cannot be checked are refused, bad rooms
 * and credentials are refused at the upgrade with an HTTP status and a message.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { roomName } from '../../shared/core/protocol';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  entryIn,
  facilitatorParams,
  joinSession,
  namespaceMap,
  openRawSocket,
  participantParams,
  ticketQuery,
  unsignedTicketQuery,
  upgradeRefusal,
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';

const MAX_MESSAGE_BYTES = 64 * 1024;
let server: TestServer;
let session: CreatedSession;
let alice: Participant;
let mallory: Participant;
let bystander: ConnectedClient;

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

const updateMessage = (update: Uint8Array): Uint8Array =>
  message((encoder) => {
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, update);
  });

async function malloryBoardSocket(): ReturnType<typeof openRawSocket> {
  return openRawSocket(server, roomName(session.code, 'board'), participantParams(mallory));
}

/** The bystander still receives changes: the relay and its room are fine. */
async function expectBystanderUnaffected(mark: string): Promise<void> {
  const writer = connectClient(server, session.code, 'board', participantParams(alice));
  await whenSynced(writer);
  // A plain value where the schema has one (checkHands), so the relay's schema check lets it pass.
  namespaceMap(writer.doc, BOARD_ROOT.checkHands, alice.participantId).set(mark, mark);
  await waitUntil(
    () => entryIn(bystander.doc, BOARD_ROOT.checkHands, alice.participantId, mark) === mark,
    `bystander sees ${mark}`,
  );
  writer.destroy();
  expect(bystander.provider.wsconnected).toBe(true);
}

beforeAll(async () => {
  server = await startServer({ env: { MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) } });
  session = await createSession(server);
  alice = await joinSession(server, session.code, 'Alice');
  mallory = await joinSession(server, session.code, 'Mallory');
  bystander = connectClient(server, session.code, 'board', facilitatorParams(session));
  await whenSynced(bystander);
});

afterAll(async () => {
  try {
    bystander.destroy();
  } finally {
    await stopAndClean(server);
  }
});

describe('frames', () => {
  it('closes a socket that sends an oversized frame with 1009, and only that one', async () => {
    const raw = await malloryBoardSocket();
    raw.socket.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
    expect((await raw.closed).code).toBe(1009);
    await expectBystanderUnaffected('after-oversized');
  });

  const malformed: [string, Uint8Array | string][] = [
    [
      'random bytes',
      Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f),
    ],
    ['an unknown message type', Uint8Array.of(9)],
    ['an unknown sync type', Uint8Array.of(0, 7, 0)],
    ['a truncated sync message', Uint8Array.of(0, 2, 40, 1, 2)],
    ['trailing bytes', Uint8Array.of(3, 0)],
    ['an undecodable update', updateMessage(Uint8Array.of(5, 200, 200, 200, 1, 1, 1))],
    [
      'awareness with invalid JSON',
      message((encoder) => {
        encoding.writeVarUint(encoder, 1);
        encoding.writeVarUint8Array(
          encoder,
          message((inner) => {
            encoding.writeVarUint(inner, 1);
            encoding.writeVarUint(inner, 42);
            encoding.writeVarUint(inner, 1);
            encoding.writeVarString(inner, '{not json');
          }),
        );
      }),
    ],
    ['a text frame', 'hello'],
  ];

  it.each(malformed)(
    'closes a socket that sends %s with 1007 and a reason',
    async (_name, frame) => {
      const raw = await malloryBoardSocket();
      raw.socket.send(frame);
      const closed = await raw.closed;
      expect(closed.code).toBe(1007);
      expect(closed.reason.length).toBeGreaterThan(0);
    },
  );

  it('leaves everyone else alone after malformed frames', async () => {
    await expectBystanderUnaffected('after-malformed');
  });
});

describe('crafted updates', () => {
  it('refuses an update whose parent the relay has never seen, keeping the socket open', async () => {
    const scratch = new Y.Doc();
    const updates: Uint8Array[] = [];
    scratch.on('update', (update: Uint8Array) => updates.push(update));
    const namespace = new Y.Map<unknown>();
    scratch.getMap(BOARD_ROOT.initiatives).set(mallory.participantId, namespace);
    namespace.set('orphan', 1);
    const orphan = updates[1];
    if (orphan === undefined) throw new Error('expected two updates');
    const raw = await malloryBoardSocket();
    const refused = server.waitForLog((line) => line.event === 'update-refused');
    raw.socket.send(updateMessage(orphan));
    expect(String((await refused).reason)).toMatch(/unknown struct/);
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    raw.socket.close();
  });

  it('refuses a deletion aimed at clocks that do not exist yet', async () => {
    const scratch = new Y.Doc();
    const updates: Uint8Array[] = [];
    scratch.on('update', (update: Uint8Array) => updates.push(update));
    scratch.getMap(BOARD_ROOT.takeaways).set(mallory.participantId, 'x');
    scratch.getMap(BOARD_ROOT.takeaways).delete(mallory.participantId);
    const deletion = updates[1];
    if (deletion === undefined) throw new Error('expected two updates');
    const raw = await malloryBoardSocket();
    const refused = server.waitForLog((line) => line.event === 'update-refused');
    raw.socket.send(updateMessage(deletion));
    expect(String((await refused).reason)).toMatch(/deletion of unknown struct/);
    raw.socket.close();
  });

  it('refuses awareness for a client id the socket did not introduce', async () => {
    const raw = await malloryBoardSocket();
    const awareness = (clientId: number): Uint8Array =>
      message((encoder) => {
        encoding.writeVarUint(encoder, 1);
        encoding.writeVarUint8Array(
          encoder,
          message((inner) => {
            encoding.writeVarUint(inner, 1);
            encoding.writeVarUint(inner, clientId);
            encoding.writeVarUint(inner, 1);
            encoding.writeVarString(inner, JSON.stringify({ user: { name: 'Mallory' } }));
          }),
        );
      });
    raw.socket.send(awareness(1001));
    const refused = server.waitForLog((line) => line.event === 'awareness-refused');
    raw.socket.send(awareness(bystander.doc.clientID));
    expect((await refused).clientId).toBe(bystander.doc.clientID);
    raw.socket.close();
  });
});

describe('upgrades', () => {
  const room = (): string => roomName(session.code, 'board');

  it('answers 404 for an unknown session', async () => {
    const refusal = await upgradeRefusal(server, `/ZZZZZZZZ?${unsignedTicketQuery()}`);
    expect(refusal.status).toBe(404);
    expect(refusal.body).toMatch(/unknown session/);
  });

  it.each([
    ['lower case', () => `/${session.code.toLowerCase()}`],
    ['a dotted path', () => `/..%2F..%2F${session.code}`],
    ['a nested path', () => `/${session.code}/extra`],
    ['an encoded separator', () => `/${session.code}%2F..%2F${session.code}`],
    ['a bad suffix', () => `/${session.code}.secrets`],
    ['a formatted code', () => `/${session.code.slice(0, 4)}-${session.code.slice(4)}`],
    ['an empty name', () => '/'],
  ])('answers 400 for a room name with %s', async (_name, path) => {
    const refusal = await upgradeRefusal(server, `${path()}?key=${session.facilitatorKey}`);
    expect(refusal.status).toBe(400);
    expect(refusal.body).toMatch(/invalid room name/);
  });

  it('answers 401 without a ticket, 403 with a forged one and 400 for secrets in the URL', async () => {
    expect((await upgradeRefusal(server, `/${room()}`)).status).toBe(401);
    expect((await upgradeRefusal(server, `/${room()}?ticket=garbage`)).status).toBe(401);
    expect((await upgradeRefusal(server, `/${room()}?${unsignedTicketQuery()}`)).status).toBe(403);
    expect((await upgradeRefusal(server, `/${room()}?key=wrong`)).status).toBe(400);
    expect(
      (
        await upgradeRefusal(
          server,
          `/${room()}?pid=${alice.participantId}&token=${mallory.participantToken}`,
        )
      ).status,
    ).toBe(400);
  });

  it('is still the same healthy process after all of it', async () => {
    const health = await api(server, 'GET', '/healthz');
    expect(health.status).toBe(200);
    expect(server.process.exitCode).toBeNull();
    expect(server.logs.filter((line) => line.level === 'error')).toEqual([]);
  });
});

describe('limits per address', () => {
  it('refuses connections beyond MAX_CONNECTIONS_PER_IP with 429 and creations beyond the rate limit', async () => {
    const limited = await startServer({
      env: { MAX_CONNECTIONS_PER_IP: '2', RATE_LIMIT_SESSIONS_PER_MINUTE: '2' },
    });
    try {
      const own = await createSession(limited);
      await createSession(limited);
      const third = await api(limited, 'POST', '/api/sessions', { body: {} });
      expect(third.status).toBe(429);
      const room = roomName(own.code, 'board');
      const first = await openRawSocket(limited, room, facilitatorParams(own));
      const second = await openRawSocket(limited, room, facilitatorParams(own));
      const refusal = await upgradeRefusal(
        limited,
        `/${room}?${await ticketQuery(limited, own.code, facilitatorParams(own))}`,
      );
      expect(refusal.status).toBe(429);
      first.socket.close();
      second.socket.close();
    } finally {
      await limited.stop();
      await limited.cleanup();
    }
  });
});
