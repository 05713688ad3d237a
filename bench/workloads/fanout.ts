/**
 * Fan-out: the facilitator sends small updates at a steady rate; every participant records how
 * long each took from the writer's send to its own observer (one monotonic clock machine-wide).
 */
import { nowMs } from '../load/document';
import { maximum, percentile } from '../report/stats';
import type { RoundContext } from './context';

export type FanoutResult = {
  readers: number;
  updates: number;
  ratePerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Arrivals that never came before the deadline (should be 0). */
  missing: number;
  relayCpuMs: number;
  /** All client workers together: the load generator's own CPU for the same workload. */
  clientCpuMs: number;
};

export async function runFanout(context: RoundContext): Promise<FanoutResult> {
  const { relay, pool, config, size, writerId } = context;
  const { updates, ratePerSecond } = config.fanout;
  const runKey = `fanout${size}`;
  await pool.all(() => ({ type: 'fanout-listen', runKey }), 'listening');
  const cpuBefore = await relay.process.cpuMillis();
  await pool.request(
    pool.workerOf(writerId),
    { type: 'fanout-write', clientId: writerId, runKey, updates, intervalMs: 1000 / ratePerSecond },
    'fanout-written',
  );
  const collected = await pool.all(
    () => ({
      type: 'fanout-collect',
      expected: updates,
      deadlineMs: nowMs() + config.timeouts.workloadMs,
    }),
    'fanout-collected',
  );
  const cpuAfter = await relay.process.cpuMillis();
  const latencies = collected.flatMap((reply) => reply.latenciesMs);
  return {
    readers: size,
    updates,
    ratePerSecond,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: maximum(latencies),
    missing: collected.reduce((sum, reply) => sum + reply.missing, 0),
    relayCpuMs: cpuAfter - cpuBefore,
    clientCpuMs: collected.reduce((sum, reply) => sum + reply.cpuMs, 0),
  };
}
