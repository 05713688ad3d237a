/**
 * The fuzz scenario: F random and mutated frames (see tests/reliability/fuzz-frames.ts) through
 * raw websockets as an authenticated participant, in bursts of one socket each. Before and after,
 * the session is unloaded and the server's memory measured (it runs with --expose-gc and collects
 * after an unload). Used by tests/reliability/fuzz.test.ts (20,000 frames) and `npm run soak`.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import { WebSocket } from 'ws';
import { parseRoomName, roomName, type RoomKind } from '../../shared/core/protocol';
import { readBoard } from '../../shared/session/schema';
import { startServer, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  entryIn,
  facilitatorParams,
  joinSession,
  namespaceMap,
  participantParams,
  ticketQuery,
  waitUntil,
  whenSynced,
  type Participant,
} from '../helpers/server-clients';
import { health, seededRandom, serverRssKb, type Random } from '../helpers/reliability';
import { FRAME_KINDS, generateFrame, type FuzzContext } from '../reliability/fuzz-frames';

export type FuzzOptions = {
  frames: number;
  framesPerSocket: number;
  parallelSockets: number;
  seed: number;
  /** Extra server environment (e.g. allocator settings while investigating memory). */
  serverEnv?: Record<string, string>;
  /** Frames sent before the memory baseline is taken (default a tenth); they count towards `frames`. */
  warmupFrames?: number;
  /** Caps the server's V8 old space: a leak growing with the number of frames would then crash it. */
  heapLimitMb?: number;
  log?: (line: string) => void;
};

export type FuzzFigures = {
  framesSent: number;
  framesDecoded: number;
  sentByKind: Record<string, number>;
  closeCodes: Record<string, number>;
  samePid: boolean;
  crashLogLines: string[];
  bystanderConnected: boolean;
  bystanderSawNormalEdit: boolean;
  forgedEntriesOnBoard: number;
  healthOkAfter: boolean;
  freshClientSynced: boolean;
  /** Fresh server, session loaded once and unloaded. */
  rssBeforeKb: number;
  /** After the first tenth of the frames, unloaded again. */
  rssAfterWarmupKb: number;
  /** After all frames, unloaded again. */
  rssAfterKb: number;
};

async function metric(server: TestServer, name: string): Promise<number> {
  const response = await api(server, 'GET', '/metrics');
  const match = new RegExp(`^${name} (\\d+)$`, 'm').exec(response.text);
  return Number(match?.[1] ?? NaN);
}

/** One socket as `attacker`: a burst of hostile frames, then a polite close; resolves with the close code. */
async function burst(
  server: TestServer,
  room: string,
  attacker: Participant,
  random: Random,
  count: number,
  context: FuzzContext,
  sentByKind: Record<string, number>,
): Promise<number> {
  const query = await ticketQuery(
    server,
    parseRoomName(room)?.code ?? room,
    participantParams(attacker),
  );
  const socket = new WebSocket(`${server.wsUrl}/${room}?${query}`);
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  for (let index = 0; index < count; index += 1) {
    const kind = random.pick(FRAME_KINDS);
    const frame = generateFrame(kind, random, context);
    socket.send(frame, { binary: typeof frame !== 'string' });
    sentByKind[kind] = (sentByKind[kind] ?? 0) + 1;
  }
  socket.close(1000, 'fuzz burst done');
  return closed;
}

/** With no connections the session unloads and the server collects garbage: then read its memory. */
async function unloadAndMeasure(server: TestServer, since: number): Promise<number> {
  await waitUntil(
    () => server.logs.slice(since).some((line) => line.event === 'session-unloaded'),
    'session unloaded',
    30_000,
  );
  return serverRssKb(server);
}

/**
 * The fuzzer tests decoding and authority, not the rate budget (tests/reliability/budgets.test.ts
 * does): its 30,000 frames from one participant would otherwise mostly wait in the rate gate.
 */
const UNLIMITED_RATE: Record<string, string> = {
  RATE_UPDATES_PER_SECOND: '1000000',
  RATE_UPDATE_BURST: '1000000',
  RATE_PRESENCE_PER_SECOND: '1000000',
  RATE_PRESENCE_BURST: '1000000',
  RATE_BYTES_PER_SECOND: String(1024 * 1024 * 1024),
  RATE_BYTE_BURST: String(1024 * 1024 * 1024),
};

export async function runFuzz(options: FuzzOptions): Promise<FuzzFigures> {
  const log = options.log ?? (() => undefined);
  const heapLimit: Record<string, string> =
    options.heapLimitMb === undefined
      ? {}
      : { NODE_OPTIONS: `--max-old-space-size=${options.heapLimitMb}` };
  const server = await startServer({
    exposeGc: true,
    env: { ROOM_IDLE_MS: '500', ...UNLIMITED_RATE, ...heapLimit, ...options.serverEnv },
  });
  try {
    const session = await createSession(server);
    const alice = await joinSession(server, session.code, 'Alice');
    const mallory = await joinSession(server, session.code, 'Mallory');
    let mark = server.logs.length;
    const warm = connectClient(server, session.code, 'board', participantParams(alice));
    await whenSynced(warm);
    warm.destroy();
    const rssBeforeKb = await unloadAndMeasure(server, mark);
    const pid = server.process.pid;
    const receivedBefore = await metric(server, 'collectief_messages_received_total');
    let bystander = connectClient(server, session.code, 'board', participantParams(alice));
    await whenSynced(bystander);

    const sentByKind: Record<string, number> = {};
    const closeCodes: Record<string, number> = {};
    let framesSent = 0;
    const base = seededRandom(options.seed).int(1, 2 ** 29);
    const fire = async (until: number): Promise<void> => {
      await Promise.all(
        Array.from({ length: options.parallelSockets }, async (_, worker) => {
          const random = seededRandom(options.seed + until + worker + 1);
          const context: FuzzContext = {
            participantId: mallory.participantId,
            otherParticipantId: alice.participantId,
            awarenessClientId: base + worker,
            clock: 0,
          };
          while (framesSent < until) {
            framesSent += options.framesPerSocket;
            const kind: RoomKind = random.next() < 0.8 ? 'board' : 'control';
            const code = await burst(
              server,
              roomName(session.code, kind),
              mallory,
              random,
              options.framesPerSocket,
              context,
              sentByKind,
            );
            closeCodes[code] = (closeCodes[code] ?? 0) + 1;
            if (framesSent % 10_000 === 0) log(`fuzz: ${framesSent} frames sent`);
          }
        }),
      );
    };
    // A first tenth warms the heap up to its working size; the rest must not grow it further.
    await fire(options.warmupFrames ?? Math.ceil(options.frames / 10));
    mark = server.logs.length;
    bystander.destroy();
    const rssAfterWarmupKb = await unloadAndMeasure(server, mark);
    bystander = connectClient(server, session.code, 'board', participantParams(alice));
    await whenSynced(bystander);
    await fire(options.frames);
    const framesDecoded =
      (await metric(server, 'collectief_messages_received_total')) - receivedBefore;

    const writer = connectClient(server, session.code, 'board', participantParams(alice));
    await whenSynced(writer);
    namespaceMap(writer.doc, BOARD_ROOT.checkHands, alice.participantId).set(
      'after-fuzz',
      'still here',
    );
    const bystanderSawNormalEdit = await waitUntil(
      () =>
        entryIn(bystander.doc, BOARD_ROOT.checkHands, alice.participantId, 'after-fuzz') ===
        'still here',
      'bystander sees a normal edit',
    ).then(
      () => true,
      () => false,
    );
    writer.destroy();
    const bystanderConnected = bystander.provider.wsconnected;
    const forgedEntriesOnBoard = Object.keys(
      readBoard(bystander.doc).initiatives[alice.participantId] ?? {},
    ).filter((id) => id.startsWith('fuzz')).length;
    const healthOkAfter = (await health(server)).ok;
    const fresh = connectClient(server, session.code, 'board', facilitatorParams(session));
    const freshClientSynced = await whenSynced(fresh).then(
      () => alice.participantId in readBoard(fresh.doc).participants,
      () => false,
    );
    fresh.destroy();
    mark = server.logs.length;
    bystander.destroy();
    const rssAfterKb = await unloadAndMeasure(server, mark);
    return {
      framesSent,
      framesDecoded,
      sentByKind,
      closeCodes,
      samePid: server.process.pid === pid && server.process.exitCode === null,
      crashLogLines: server.logs
        .filter((line) => /uncaught|unhandled|handler-failed/.test(line.event))
        .map((line) => line.event),
      bystanderConnected,
      bystanderSawNormalEdit,
      forgedEntriesOnBoard,
      healthOkAfter,
      freshClientSynced,
      rssBeforeKb,
      rssAfterWarmupKb,
      rssAfterKb,
    };
  } finally {
    await server.stop();
    await server.cleanup();
  }
}
