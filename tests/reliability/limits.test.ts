/**
 * Abuse limits, each with its number: oversized frames, connections per address, dead and idle
 * sockets (heartbeat), join-code guessing (rate limits on every path that tells whether a code
 * exists), and path tricks in room names and URLs.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import net from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  LIMITS,
  SESSION_CODE_ALPHABET,
  SESSION_CODE_LENGTH,
  roomName,
} from '../../shared/core/protocol';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  joinSession,
  namespaceMap,
  heartbeatsSeenBy,
  openConnections,
  openRawSocket,
  participantParams,
  ticketQuery,
  unsignedTicketQuery,
  upgradeRefusal,
  waitForConnections,
  waitUntil,
  whenSynced,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';
import { requestFrom } from '../helpers/addresses';
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

// Counts and per-address limits start from a relay with no socket left over from an earlier test
// (a socket its client saw close may still be open on the server for a moment).
beforeEach(async () => {
  await waitForConnections(server, 0);
});

afterAll(async () => {
  await stopAndClean(server);
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

/** Ping frames (opcode 0x9) in a server-to-client websocket byte stream, which is never masked. */
function pingFrameCounter(): { feed(bytes: Buffer): void; readonly pings: number } {
  let pending = Buffer.alloc(0);
  let pings = 0;
  return {
    feed(bytes) {
      pending = Buffer.concat([pending, bytes]);
      for (;;) {
        if (pending.length < 2) return;
        const opcode = (pending[0] ?? 0) & 0x0f;
        const shortLength = (pending[1] ?? 0) & 0x7f;
        const headerLength = shortLength === 126 ? 4 : shortLength === 127 ? 10 : 2;
        if (pending.length < headerLength) return;
        const length =
          shortLength === 126
            ? pending.readUInt16BE(2)
            : shortLength === 127
              ? Number(pending.readBigUInt64BE(2))
              : shortLength;
        if (pending.length < headerLength + length) return;
        if (opcode === 0x9) pings += 1;
        pending = pending.subarray(headerLength + length);
      }
    },
    get pings() {
      return pings;
    },
  };
}

/**
 * A websocket client that completed the handshake and then went silent: it reads the server's
 * frames (and counts its pings) but never answers one.
 */
function deadClient(path: string): Promise<{ pingsBeforeClose: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1');
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
      const frames = pingFrameCounter();
      const headerEnd = chunk.indexOf('\r\n\r\n');
      if (headerEnd >= 0) frames.feed(chunk.subarray(headerEnd + 4));
      socket.on('data', (bytes: Buffer) => frames.feed(bytes));
      resolve({
        pingsBeforeClose: new Promise((closed) => socket.once('close', () => closed(frames.pings))),
      });
    });
  });
}

describe('dead and idle sockets', () => {
  it(`drops a socket that stops answering pings within two heartbeats (${HEARTBEAT_MS} ms each)`, async () => {
    const dead = await deadClient(
      `/${roomName(session.code, 'board')}?${await ticketQuery(server, session.code, participantParams(alice))}`,
    );
    // One unanswered ping, and the next beat closes it: two heartbeats, however long they took.
    expect(await dead.pingsBeforeClose).toBeLessThanOrEqual(2);
  });

  it('keeps an idle but alive viewer connected, with keep-alive traffic at least once per heartbeat', async () => {
    const viewer = await openRawSocket(
      server,
      roomName(session.code, 'control'),
      participantParams(alice),
    );
    const beats = heartbeatsSeenBy(viewer.socket);
    const before = viewer.messages.length;
    await beats.reach(6);
    const perHeartbeat = (viewer.messages.length - before) / beats.count;
    expect(viewer.socket.readyState).toBe(WebSocket.OPEN);
    expect(perHeartbeat).toBeGreaterThanOrEqual(0.5);
    viewer.socket.close();
    await viewer.closed;
  });
});

describe('a client that stops reading in a busy room', () => {
  // Its own server: the count below must not see any other test's sockets.
  let busy: TestServer | undefined;

  afterAll(async () => {
    await stopAndClean(busy);
  });

  it('drops a client that stops reading while its room is busy, so nothing piles up for it', async () => {
    const own = await startServer({
      env: { HEARTBEAT_MS: String(HEARTBEAT_MS), LOG_LEVEL: 'debug' },
    });
    busy = own;
    const busySession = await createSession(own);
    const reader = await joinSession(own, busySession.code, 'Reader');
    const board = roomName(busySession.code, 'board');
    const before = await waitForConnections(own, 0);
    const slow = await openRawSocket(own, board, participantParams(reader));
    slow.socket.pause();
    const slowDropped = own.waitForLog(
      (line) => line.event === 'connection-closed' && line.room === board && line.code === 1006,
      40_000,
    );
    // The facilitator: a participant's 50,000-character values are refused by the schema check.
    const writer = connectClient(own, busySession.code, 'board', facilitatorParams(busySession));
    await whenSynced(writer);
    const socket = writer.provider.ws;
    if (!(socket instanceof WebSocket)) throw new Error('the writer has no ws socket');
    const beats = heartbeatsSeenBy(socket);
    for (let index = 0; index < 40; index += 1)
      namespaceMap(writer.doc, BOARD_ROOT.takeaways, reader.participantId).set(
        `bulk${index}`,
        'x'.repeat(50_000),
      );
    await slowDropped;
    const heartbeatsUntilDropped = beats.count;
    // On a busy machine the writer may miss a pong too (the heartbeat drops it no earlier than the
    // slow reader) and reconnect: the state to read is "the writer is connected again".
    let current = -1;
    await waitUntil(
      async () => {
        if (!writer.provider.wsconnected) return false;
        current = await openConnections(own);
        return current === before + 1;
      },
      'only the writer connected',
      20_000,
    ).catch(() => undefined);
    writer.destroy();
    slow.socket.terminate();
    expect(current).toBe(before + 1);
    expect(heartbeatsUntilDropped).toBeLessThan(3 + 500 / HEARTBEAT_MS);
  }, 90_000);
});

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
  const answer = async (
    from: string,
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<number> =>
    (
      await requestFrom(
        from,
        server.port,
        method,
        path,
        options.body === undefined ? undefined : JSON.stringify(options.body),
        options.headers,
      )
    ).status;

  /**
   * Every request that answers differently for a code that exists and one that does not. Each
   * guesses from its own address, so it starts with a full budget of its own: what earlier tests
   * spent, and how much refilled since, does not matter.
   */
  type Probe = (code: string, from: string) => Promise<number>;
  const requests: [string, Probe][] = [
    ['GET /api/sessions/:code', (code, from) => answer(from, 'GET', `/api/sessions/${code}`)],
    [
      'POST /api/sessions/:code/participants',
      (code, from) =>
        answer(from, 'POST', `/api/sessions/${code}/participants`, { body: { name: 'Guess' } }),
    ],
    [
      'GET /api/sessions/:code/facilitator',
      (code, from) => answer(from, 'GET', `/api/sessions/${code}/facilitator`),
    ],
    ['DELETE /api/sessions/:code', (code, from) => answer(from, 'DELETE', `/api/sessions/${code}`)],
    [
      'GET /api/sessions/:code/export/report.md',
      (code, from) => answer(from, 'GET', `/api/sessions/${code}/export/report.md`),
    ],
    [
      'PUT /api/sessions/:code/votes/:id',
      (code, from) =>
        answer(from, 'PUT', `/api/sessions/${code}/votes/p1`, { body: { choiceId: null } }),
    ],
    [
      'POST /api/sessions/:code/tickets',
      (code, from) =>
        answer(from, 'POST', `/api/sessions/${code}/tickets`, {
          headers: { Authorization: 'Bearer guess' },
        }),
    ],
    [
      'websocket upgrade /ws/:code',
      async (code, from) =>
        (await upgradeRefusal(server, `/${code}?${unsignedTicketQuery()}`, from)).status,
    ],
  ];
  const probes = requests.map(([name, probe], index): [string, string, Probe] => [
    name,
    `127.0.7.${index + 1}`,
    probe,
  ]);

  it.each(probes)(
    `answers 429 after ${GUESSES_PER_MINUTE} guesses a minute through %s`,
    async (_name, from, probe) => {
      const random = seededRandom(testSeed());
      const statuses: number[] = [];
      for (let guess = 0; guess < GUESSES_PER_MINUTE + 5; guess += 1)
        statuses.push(await probe(randomCode(random), from));
      expect(statuses.slice(-3)).toEqual([429, 429, 429]);
      expect(
        statuses.filter((status) => status !== 429 && status !== 404 && status !== 401),
      ).toEqual([]);
    },
  );

  it('answers 429 even for the right code once the budget is spent, so a guesser learns nothing', async () => {
    // The budget refills continuously (one guess every few seconds): spend it right before each
    // question instead of relying on what earlier tests spent and how long ago.
    const random = seededRandom(testSeed());
    const spendBudget = async (): Promise<void> => {
      for (let guess = 0; guess < GUESSES_PER_MINUTE + 5; guess += 1)
        if ((await api(server, 'GET', `/api/sessions/${randomCode(random)}`)).status === 429)
          return;
      throw new Error('the guessing budget was never spent');
    };
    await spendBudget();
    expect((await api(server, 'GET', `/api/sessions/${session.code}`)).status).toBe(429);
    await spendBudget();
    expect((await upgradeRefusal(server, `/${session.code}?${unsignedTicketQuery()}`)).status).toBe(
      429,
    );
  });
});
