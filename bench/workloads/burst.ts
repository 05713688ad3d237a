/**
 * Burst: every participant writes one vote-sized update, spread evenly over one second; the
 * figure is how long until every participant holds every vote, and what the relay sent for it.
 */
import { nowMs } from '../load/document';
import { maximum } from '../report/stats';
import type { RoundContext } from './context';

export type BurstResult = {
  clients: number;
  windowMs: number;
  /** First write sent -> last participant holds all N votes. */
  convergenceMs: number;
  /** Last write sent -> last participant holds all N votes: the tail the relay adds. */
  afterLastWriteMs: number;
  unconverged: number;
  /** Document (sync) frames and bytes the relay sent to all participants during the burst. */
  syncMessages: number;
  syncBytes: number;
  /** All frames, awareness included (renewals of N clients fall into any window). */
  messages: number;
  bytes: number;
  relayCpuMs: number;
};

/** Time for the burst command to reach every worker before the window opens. */
const START_DELAY_MS = 300;

export async function runBurst(context: RoundContext): Promise<BurstResult> {
  const { relay, pool, config, size } = context;
  const startAtMs = nowMs() + START_DELAY_MS;
  const deadlineMs = startAtMs + config.timeouts.workloadMs;
  const cpuBefore = await relay.process.cpuMillis();
  const replies = await pool.all(
    () => ({
      type: 'burst',
      runKey: `burst${size}`,
      startAtMs,
      windowMs: config.burst.windowMs,
      total: size,
      deadlineMs,
    }),
    'burst-done',
  );
  const cpuAfter = await relay.process.cpuMillis();
  const converged = replies.flatMap((reply) => reply.convergedAtMs);
  const unconverged = converged.filter((at) => Number.isNaN(at)).length;
  // A client still missing votes at the deadline: the figure becomes a lower bound (the deadline).
  const lastConverged = unconverged > 0 ? deadlineMs : maximum(converged);
  const firstWrite = Math.min(...replies.map((reply) => reply.firstWriteAtMs));
  const lastWrite = Math.max(...replies.map((reply) => reply.lastWriteAtMs));
  const sum = (pick: (reply: (typeof replies)[number]) => number) =>
    replies.reduce((total, r) => total + pick(r), 0);
  return {
    clients: size,
    windowMs: config.burst.windowMs,
    convergenceMs: lastConverged - firstWrite,
    afterLastWriteMs: lastConverged - lastWrite,
    unconverged,
    syncMessages: sum((r) => r.syncMessages),
    syncBytes: sum((r) => r.syncBytes),
    messages: sum((r) => r.messages),
    bytes: sum((r) => r.bytes),
    relayCpuMs: cpuAfter - cpuBefore,
  };
}
