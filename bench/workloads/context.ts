// What every workload of a round is given, and the measures they share. Kept apart from
// round.ts so the workloads do not import the round that runs them (an import loop).
import type { BenchConfig } from '../config';
import type { ClientPool } from '../load/pool';
import type { RelayUnderTest, SessionAccess } from '../relays/relay';
import type { Measurement } from '../relays/relay-process';

export type RoundContext = {
  relay: RelayUnderTest;
  pool: ClientPool;
  config: BenchConfig;
  size: number;
  session: SessionAccess;
  /** The facilitator client (fan-out writer) has the id after the last participant. */
  writerId: number;
};

/** Heap as the relay holds it: the JS heap plus buffers outside it (socket buffers, updates). */
export function heapBytes(measurement: Measurement): number {
  return measurement.heapUsedBytes + measurement.externalBytes;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
