/** Messages between the coordinator (bench/run.ts) and the client worker processes. */
import type { ClientSpec } from '../relays/relay';

export type WorkerCommand =
  | {
      type: 'connect';
      id: number;
      clients: Array<{ clientId: number; spec: ClientSpec }>;
      timeoutMs: number;
    }
  | { type: 'fanout-listen'; id: number; runKey: string }
  | {
      type: 'fanout-write';
      id: number;
      clientId: number;
      runKey: string;
      updates: number;
      intervalMs: number;
    }
  | { type: 'fanout-collect'; id: number; expected: number; deadlineMs: number }
  | {
      type: 'burst';
      id: number;
      runKey: string;
      /** Monotonic ms (see nowMs) at which the one-second window opens. */
      startAtMs: number;
      windowMs: number;
      /** Total clients in the room: client k writes at startAt + k / total * window. */
      total: number;
      deadlineMs: number;
    }
  | {
      type: 'late-join';
      id: number;
      board: ClientSpec;
      control: ClientSpec;
      initiatives: number;
      votes: number;
      timeoutMs: number;
    }
  | { type: 'disconnect'; id: number };

export type WorkerReply =
  | { type: 'connected'; id: number; connectMs: number }
  | { type: 'listening'; id: number }
  | { type: 'fanout-written'; id: number; firstSentAtMs: number; lastSentAtMs: number }
  | {
      type: 'fanout-collected';
      id: number;
      latenciesMs: number[];
      missing: number;
      /** The worker's own CPU time from listen to collect: what the clients cost. */
      cpuMs: number;
    }
  | {
      type: 'burst-done';
      id: number;
      firstWriteAtMs: number;
      lastWriteAtMs: number;
      /** Per client: when it held every vote (NaN if never before the deadline). */
      convergedAtMs: number[];
      messages: number;
      bytes: number;
      syncMessages: number;
      syncBytes: number;
    }
  | { type: 'late-joined'; id: number; syncMs: number }
  | { type: 'disconnected'; id: number }
  | { type: 'failed'; id: number; error: string };
