/**
 * One round: one relay, one room of N participants. Starts the relay and the client workers,
 * runs the four workloads in order and always stops what it started.
 */
import type { BenchConfig } from '../config';
import { nowMs } from '../load/document';
import { ClientPool } from '../load/pool';
import type { LateJoinFixture } from '../load/fixture';
import { clientSpec, type RelayUnderTest } from '../relays/relay';
import { waitUntilQuiet } from '../relays/proc';
import { runBurst, type BurstResult } from './burst';
import { runFanout, type FanoutResult } from './fanout';
import { runLateJoin, type LateJoinResult } from './late-join';
import { heapBytes, type RoundContext } from './context';

export type MemoryResult = {
  connections: number;
  rssPerConnectionBytes: number;
  heapPerConnectionBytes: number;
  rssPerLoadedRoomBytes: number;
  heapPerLoadedRoomBytes: number;
};

export type RoundResult = {
  relay: string;
  size: number;
  connectMs: number;
  fanout: FanoutResult;
  burst: BurstResult;
  lateJoin: LateJoinResult;
  memory: MemoryResult;
  /** When each workload ran, on the monotonic clock `--cpu-prof` profiles use (µs = ms × 1000). */
  phases: Phase[];
};

export type Phase = { name: string; startMs: number; endMs: number };

async function timed<T>(phases: Phase[], name: string, work: () => Promise<T>): Promise<T> {
  const startMs = nowMs();
  const result = await work();
  phases.push({ name, startMs, endMs: nowMs() });
  return result;
}

export async function runRound(
  startRelay: () => Promise<RelayUnderTest>,
  size: number,
  config: BenchConfig,
  fixture: LateJoinFixture | null,
  onFixture: (fixture: LateJoinFixture) => void,
): Promise<RoundResult> {
  const relay = await startRelay();
  const pool = ClientPool.start(config.workers);
  try {
    const session = await relay.createSession(size);
    const context: RoundContext = { relay, pool, config, size, session, writerId: size };
    const phases: Phase[] = [];
    const { connectMs, memoryIdle } = await timed(phases, 'connect', () => connectRoom(context));
    const fanout = await timed(phases, 'fanout', () => runFanout(context));
    const burst = await timed(phases, 'burst', () => runBurst(context));
    const { result: lateJoin, memoryLoaded } = await timed(phases, 'late-join', () =>
      runLateJoin(context, fixture, onFixture),
    );
    return {
      relay: relay.name,
      size,
      connectMs,
      fanout,
      burst,
      lateJoin,
      memory: { connections: size, ...memoryIdle, ...memoryLoaded },
      phases,
    };
  } finally {
    await pool.all(() => ({ type: 'disconnect' }), 'disconnected').catch(() => undefined);
    await pool.stop();
    await relay.stop();
  }
}

/**
 * Connects the writer, measures, connects the N participants, measures again: the difference
 * over N is what one idle connection costs the relay (the room itself is already loaded).
 */
async function connectRoom(context: RoundContext) {
  const { relay, pool, config, size, session, writerId } = context;
  const writerSpec = clientSpec(relay, session.boardRoom, session.facilitator);
  await pool.request(
    pool.workerOf(writerId),
    {
      type: 'connect',
      clients: [{ clientId: writerId, spec: writerSpec }],
      timeoutMs: config.timeouts.connectMs,
    },
    'connected',
  );
  await waitUntilQuiet(relay.process.pid);
  const before = await relay.process.measure(true);
  const started = performance.now();
  await pool.all(
    (workerIndex) => ({
      type: 'connect',
      clients: session.participants
        .map((credentials, clientId) => ({
          clientId,
          spec: clientSpec(relay, session.boardRoom, credentials),
        }))
        .filter(({ clientId }) => pool.workerOf(clientId) === workerIndex),
      timeoutMs: config.timeouts.connectMs,
    }),
    'connected',
  );
  const connectMs = performance.now() - started;
  // Let the awareness announcements of N clients to N clients drain before measuring.
  await waitUntilQuiet(relay.process.pid);
  const after = await relay.process.measure(true);
  return {
    connectMs,
    memoryIdle: {
      rssPerConnectionBytes: (after.rssBytes - before.rssBytes) / size,
      heapPerConnectionBytes: (heapBytes(after) - heapBytes(before)) / size,
    },
  };
}
