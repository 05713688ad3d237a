/**
 * Abuse limits, each with its number: oversized frames, connections per address, dead and idle
 * sockets (heartbeat), join-code guessing (rate limits on every path that tells whether a code
 * exists), and path tricks in room names and URLs.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  LIMITS,
  SESSION_CODE_ALPHABET,
  SESSION_CODE_LENGTH,
  roomName,
} from '../../shared/core/protocol';
import { startServer, type TestServer } from '../helpers/server';
import { BOARD_ROOT } from '../../shared/core/layout';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  joinSession,
  namespaceMap,
  openRawSocket,
  participantParams,
  ticketQuery,
  unsignedTicketQuery,
  upgradeRefusal,
  whenSynced,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';
import { seededRandom, testSeed } from '../helpers/reliability';

const MAX_CONNECTIONS_PER_IP = 12;
const HEARTBEAT_MS = 250;
const GUESSES_PER_MINUTE = 20;

let server: TestServer;
let session: CreatedSession;
let alice: Participant;

beforeAll(async () => {
  server = await startServer({
    env: {
      MAX_CONNECTIONS_PER_IP: String(MAX_CONNECTIONS_PER_IP),
      HEARTBEAT_MS: String(HEARTBEAT_MS),
      RATE_LIMIT_JOINS_PER_MINUTE: String(GUESSES_PER_MINUTE),
    },
  });
  session = await createSession(server);
  alice = await joinSession(server, session.code, 'Alice');
});

afterAll(async () => {
  await server.stop();
  await server.cleanup();
});

describe('frames', () => {
  it(`closes a socket sending more than the default ${LIMITS.maxMessageBytes / 1024 / 1024} MiB frame limit with 1009`, async () => {
    const raw = await openRawSocket(
      server,
      roomName(session.code, 'board'),
      participantParams(alice),
    );
    raw.socket.send(new Uint8Array(LIMITS.maxMessageBytes + 1));
    expect((await raw.closed).code).toBe(1009);
    const fine = await openRawSocket(
      server,
      roomName(session.code, 'board'),
      participantParams(alice),
    );
    fine.socket.close();
    await fine.closed;
  });
});

describe('connections from one address', () => {
  it(`accepts ${MAX_CONNECTIONS_PER_IP} and refuses the next with 429 until one closes`, async () => {
    const sockets = [];
    for (let index = 0; index < MAX_CONNECTIONS_PER_IP; index += 1) {
      sockets.push(
        await openRawSocket(server, roomName(session.code, 'board'), participantParams(alice)),
      );
    }
    const refused = await upgradeRefusal(
      server,
      `/${roomName(session.code, 'board')}?${await ticketQuery(server, session.code, participantParams(alice))}`,
    );
    expect(refused.status).toBe(429);
    const first = sockets.shift();
    first?.socket.close();
    await first?.closed;
    const again = await openRawSocket(
      server,
      roomName(session.code, 'board'),
      participantParams(alice),
    );
    sockets.push(again);
    for (const raw of sockets) raw.socket.close();
    await Promise.all(sockets.map((raw) => raw.closed));
  });
});

/** A websocket client that completed the handshake and then went silent: it never answers a ping. */
function deadClient(path: string): Promise<{ closedAfterMs: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1');
    const openedAt = Date.now();
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.write(
        [
          `GET /ws${path} HTTP/1.1`,
          `Host: 127.0.0.1:${server.port}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          'Sec-WebSocket-Version: 13',
          '',
          '',
        ].join('\r\n'),
      );
    });
    socket.once('data', (chunk: Buffer) => {
      if (!chunk.toString('latin1').startsWith('HTTP/1.1 101'))
        reject(new Error(`no upgrade: ${chunk.toString('latin1').slice(0, 60)}`));
      // Reads (and ignores) the pings from here on, but never sends a pong.
      socket.on('data', () => undefined);
      resolve({
        closedAfterMs: new Promise((closed) =>
          socket.once('close', () => closed(Date.now() - openedAt)),
        ),
      });
    });
  });
}

describe('dead and idle sockets', () => {
  it(`drops a socket that stops answering pings within two heartbeats (${HEARTBEAT_MS} ms each)`, async () => {
    const dead = await deadClient(
      `/${roomName(session.code, 'board')}?${await ticketQuery(server, session.code, participantParams(alice))}`,
    );
    const closedAfterMs = await dead.closedAfterMs;
    expect(closedAfterMs).toBeLessThan(3 * HEARTBEAT_MS + 500);
  });

  it('drops a client that stops reading while its room is busy, so nothing piles up for it', async () => {
    const connections = async (): Promise<number> =>
      Number(Reflect.get(Object((await api(server, 'GET', '/healthz')).body), 'connections'));
    const before = await connections();
    const slow = await openRawSocket(
      server,
      roomName(session.code, 'board'),
      participantParams(alice),
    );
    slow.socket.pause();
    // The facilitator: a participant's 50,000-character values are refused by the schema check.
    const writer = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(writer);
    const startedAt = Date.now();
    for (let index = 0; index < 40; index += 1)
      namespaceMap(writer.doc, BOARD_ROOT.takeaways, alice.participantId).set(
        `bulk${index}`,
        'x'.repeat(50_000),
      );
    let current = await connections();
    while (current > before + 1 && Date.now() - startedAt < 10 * HEARTBEAT_MS) {
      await new Promise((resolve) => setTimeout(resolve, HEARTBEAT_MS / 2));
      current = await connections();
    }
    const droppedAfterMs = Date.now() - startedAt;
    writer.destroy();
    slow.socket.terminate();
    expect(current).toBe(before + 1);
    expect(droppedAfterMs).toBeLessThan(3 * HEARTBEAT_MS + 500);
  });

  it('keeps an idle but alive viewer connected, with keep-alive traffic at least once per heartbeat', async () => {
    const viewer = await openRawSocket(
      server,
      roomName(session.code, 'control'),
      participantParams(alice),
    );
    const before = viewer.messages.length;
    const startedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 6 * HEARTBEAT_MS));
    const perHeartbeat =
      (viewer.messages.length - before) / ((Date.now() - startedAt) / HEARTBEAT_MS);
    expect(viewer.socket.readyState).toBe(WebSocket.OPEN);
    expect(perHeartbeat).toBeGreaterThanOrEqual(0.5);
    viewer.socket.close();
    await viewer.closed;
  });
});

// Before the guessing tests: these spend 14 of the address's 20 unknown-code lookups.
describe('path tricks', () => {
  const roomPaths: string[] = [
    '/../../etc/passwd',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/K7MX4QXR..%2fmeta.json',
    '/ABCDEFGH.control.control',
    '/abcdefgh',
    '/ABCD-EFGH',
    '/ABCDEFGH%00',
    '/ABCDEFGH/../ABCDEFGH',
    `/${'A'.repeat(5000)}`,
    '/ＡＢＣＤＥＦＧＨ',
    '/',
    '',
  ];

  it.each(
    roomPaths.map((path): [string, string] => [
      path.length > 60 ? `${path.slice(0, 20)}... (${path.length} chars)` : path,
      path,
    ]),
  )('refuses the websocket room %s before the upgrade', async (_label, path) => {
    const refused = await upgradeRefusal(
      server,
      `${path}?${await ticketQuery(server, session.code, facilitatorParams(session))}`,
    );
    expect([400, 404]).toContain(refused.status);
  });

  const httpPaths = [
    '/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2f..%2f..%2fpackage.json',
    '/..%5c..%5cpackage.json',
    `/api/sessions/..%2f..%2fsessions/export/report.md`,
    '/api/sessions/%2e%2e/facilitator',
  ];

  it.each(httpPaths)('serves nothing outside the client build for %s', async (path) => {
    const response = await fetch(`${server.url}${path}`, {
      headers: { Authorization: `Bearer ${session.facilitatorKey}` },
    });
    const text = await response.text();
    expect([400, 404]).toContain(response.status);
    expect(text).not.toMatch(/root:|"name": "collectief"|facilitatorKeyHash/);
  });
});

function randomCode(random: ReturnType<typeof seededRandom>): string {
  let code = '';
  for (let index = 0; index < SESSION_CODE_LENGTH; index += 1)
    code += random.pick([...SESSION_CODE_ALPHABET]);
  return code;
}

describe('join-code guessing', () => {
  /** Every request that answers differently for a code that exists and one that does not. */
  const probes: [string, (code: string) => Promise<number>][] = [
    [
      'GET /api/sessions/:code',
      async (code) => (await api(server, 'GET', `/api/sessions/${code}`)).status,
    ],
    [
      'POST /api/sessions/:code/participants',
      async (code) =>
        (
          await api(server, 'POST', `/api/sessions/${code}/participants`, {
            body: { name: 'Guess' },
          })
        ).status,
    ],
    [
      'GET /api/sessions/:code/facilitator',
      async (code) => (await api(server, 'GET', `/api/sessions/${code}/facilitator`)).status,
    ],
    [
      'DELETE /api/sessions/:code',
      async (code) => (await api(server, 'DELETE', `/api/sessions/${code}`)).status,
    ],
    [
      'GET /api/sessions/:code/export/report.md',
      async (code) => (await api(server, 'GET', `/api/sessions/${code}/export/report.md`)).status,
    ],
    [
      'PUT /api/sessions/:code/votes/:id',
      async (code) =>
        (await api(server, 'PUT', `/api/sessions/${code}/votes/p1`, { body: { choiceId: null } }))
          .status,
    ],
    [
      'POST /api/sessions/:code/tickets',
      async (code) =>
        (
          await api(server, 'POST', `/api/sessions/${code}/tickets`, {
            headers: { Authorization: 'Bearer guess' },
          })
        ).status,
    ],
    [
      'websocket upgrade /ws/:code',
      async (code) => (await upgradeRefusal(server, `/${code}?${unsignedTicketQuery()}`)).status,
    ],
  ];

  it.each(probes)(
    `answers 429 after ${GUESSES_PER_MINUTE} guesses a minute through %s`,
    async (_name, probe) => {
      const random = seededRandom(testSeed());
      const statuses: number[] = [];
      for (let guess = 0; guess < GUESSES_PER_MINUTE + 5; guess += 1)
        statuses.push(await probe(randomCode(random)));
      expect(statuses.slice(-3)).toEqual([429, 429, 429]);
      expect(
        statuses.filter((status) => status !== 429 && status !== 404 && status !== 401),
      ).toEqual([]);
    },
  );

  it('answers 429 even for the right code once the budget is spent, so a guesser learns nothing', async () => {
    expect((await api(server, 'GET', `/api/sessions/${session.code}`)).status).toBe(429);
    expect((await upgradeRefusal(server, `/${session.code}?${unsignedTicketQuery()}`)).status).toBe(
      429,
    );
  });
});
