/**
 * A fuzzer against the relay: more than 20,000 random and mutated frames through raw websockets,
 * from an authenticated participant (the worst place to be: past every door). Afterwards the
 * process is the same one, /healthz is ok, memory is back near where it started, the bystander
 * saw nothing forged, and a normal client still syncs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { roomName, type RoomKind } from '../../shared/protocol';
import { readBoard } from '../../shared/schema';
import { BOARD_ROOT } from '../../shared/schema/layout';
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
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';
import { health, seededRandom, serverRssKb, testSeed, type Random } from '../helpers/reliability';
import { FRAME_KINDS, generateFrame, type FrameKind, type FuzzContext } from './fuzz-frames';

const FRAMES = 20_000;
const FRAMES_PER_SOCKET = 100;
const PARALLEL_SOCKETS = 4;
const seed = testSeed();

let server: TestServer;
let session: CreatedSession;
let alice: Participant;
let mallory: Participant;
let bystander: ConnectedClient;
const sentByKind = new Map<FrameKind, number>();
const closeCodes = new Map<number, number>();

async function metric(name: string): Promise<number> {
  const response = await api(server, 'GET', '/metrics');
  const match = new RegExp(`^${name} (\\d+)$`, 'm').exec(response.text);
  return Number(match?.[1] ?? NaN);
}

/** Opens a socket as Mallory, fires a burst of hostile frames, and waits until it is closed. */
async function fuzzOneSocket(random: Random, kind: RoomKind, context: FuzzContext): Promise<number> {
  const query = new URLSearchParams(participantParams(mallory)).toString();
  const socket = new WebSocket(`${server.wsUrl}/${roomName(session.code, kind)}?${query}`);
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let sent = 0;
  for (let index = 0; index < FRAMES_PER_SOCKET; index += 1) {
    const frameKind = random.pick(FRAME_KINDS);
    const frame = generateFrame(frameKind, random, context);
    socket.send(frame, { binary: typeof frame !== 'string' });
    sentByKind.set(frameKind, (sentByKind.get(frameKind) ?? 0) + 1);
    sent += 1;
  }
  // Ends the burst politely if nothing in it was malformed enough to close the socket.
  socket.close(1000, 'fuzz burst done');
  const code = await closed;
  closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1);
  return sent;
}

async function settleAndMeasure(): Promise<number> {
  // With no connections the session unloads (ROOM_IDLE_MS) and the server collects garbage (--expose-gc).
  await server.waitForLog((line) => line.event === 'session-unloaded', 20_000);
  return serverRssKb(server);
}

beforeAll(async () => {
  console.info(`fuzz seed ${seed} (RELIABILITY_SEED=${seed} replays it)`);
  server = await startServer({ exposeGc: true, env: { ROOM_IDLE_MS: '500' } });
  session = await createSession(server);
  alice = await joinSession(server, session.code, 'Alice');
  mallory = await joinSession(server, session.code, 'Mallory');
});

afterAll(async () => {
  bystander.destroy();
  await server.stop();
  await server.cleanup();
});

describe(`${FRAMES.toLocaleString('en')} hostile frames`, () => {
  let rssBeforeKb = 0;
  let rssAfterKb = 0;
  let framesSent = 0;
  let framesReceived = 0;
  let pid: number | undefined;

  beforeAll(async () => {
    // Warm up: load, sync and unload once, so the baseline includes what a normal session costs.
    const warm = connectClient(server, session.code, 'board', participantParams(alice));
    await whenSynced(warm);
    warm.destroy();
    rssBeforeKb = await settleAndMeasure();
    pid = server.process.pid;
    const receivedBefore = await metric('collectief_messages_received_total');
    bystander = connectClient(server, session.code, 'board', participantParams(alice));
    await whenSynced(bystander);
    const random = seededRandom(seed);
    const context: FuzzContext = { participantId: mallory.participantId, otherParticipantId: alice.participantId, awarenessClientId: random.int(1, 2 ** 30), clock: 0 };
    const workers = Array.from({ length: PARALLEL_SOCKETS }, async (_, worker) => {
      const own = seededRandom(seed + worker + 1);
      while (framesSent < FRAMES) {
        framesSent += FRAMES_PER_SOCKET;
        await fuzzOneSocket(own, own.next() < 0.8 ? 'board' : 'control', { ...context, awarenessClientId: context.awarenessClientId + worker });
      }
    });
    await Promise.all(workers);
    framesReceived = (await metric('collectief_messages_received_total')) - receivedBefore;
    console.info(`fuzz: ${framesSent} frames sent, ${framesReceived} decoded by the relay; kinds ${JSON.stringify(Object.fromEntries(sentByKind))}; close codes ${JSON.stringify(Object.fromEntries(closeCodes))}`);
  }, 240_000);

  it('reaches the relay: at least 20,000 frames decoded', () => {
    expect(framesSent).toBeGreaterThanOrEqual(FRAMES);
    expect(framesReceived).toBeGreaterThanOrEqual(FRAMES * 0.95);
  });

  it('never crashes the process', () => {
    expect(server.process.pid).toBe(pid);
    expect(server.process.exitCode).toBeNull();
    expect(server.logs.filter((line) => /uncaught|unhandled|handler-failed/.test(line.event))).toEqual([]);
  });

  it('leaves other clients unaffected and the board free of forged entries', async () => {
    expect(bystander.provider.wsconnected).toBe(true);
    const writer = connectClient(server, session.code, 'board', participantParams(alice));
    await whenSynced(writer);
    namespaceMap(writer.doc, BOARD_ROOT.takeaways, alice.participantId).set('after-fuzz', 'still here');
    await waitUntil(() => entryIn(bystander.doc, BOARD_ROOT.takeaways, alice.participantId, 'after-fuzz') === 'still here', 'bystander sees a normal edit');
    writer.destroy();
    const board = readBoard(bystander.doc);
    expect(Object.keys(board.initiatives[alice.participantId] ?? {}).filter((id) => id.startsWith('fuzz'))).toEqual([]);
  });

  it('answers /healthz ok and lets a normal client sync', async () => {
    expect((await health(server)).ok).toBe(true);
    const fresh = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(fresh);
    expect(Object.keys(readBoard(fresh.doc).participants)).toContain(alice.participantId);
    fresh.destroy();
  });

  it('gives its memory back once the fuzzing stops', async () => {
    bystander.destroy();
    rssAfterKb = await settleAndMeasure();
    console.info(`fuzz memory: RSS ${Math.round(rssBeforeKb / 1024)} MiB before, ${Math.round(rssAfterKb / 1024)} MiB after`);
    expect(rssAfterKb).toBeLessThan(rssBeforeKb * 1.25 + 16 * 1024);
  });
});
