/**
 * The room's awareness states, kept as the raw entries clients sent (clock + JSON text), so the
 * relay never parses and re-serialises presence. Rules follow y-protocols: a newer clock wins; an
 * equal clock with state `null` removes.
 */
import * as encoding from 'lib0/encoding';
import type { AwarenessEntry } from './protocol';

const MAX_DEPARTED_REMEMBERED = 2048;

export class AwarenessStates {
  private readonly entries = new Map<number, AwarenessEntry>();
  /**
   * Last clock of clients that left: peers may still echo a departed client's old state after
   * its removal went out. Bounded: the oldest are forgotten first.
   */
  private readonly departedClocks = new Map<number, number>();

  get size(): number {
    return this.entries.size;
  }

  /** Applies entries and returns the ones that changed something (to broadcast). */
  apply(incoming: AwarenessEntry[]): AwarenessEntry[] {
    const changed: AwarenessEntry[] = [];
    for (const entry of incoming) {
      const current = this.entries.get(entry.clientId);
      const isRemoval = entry.state === 'null';
      const newer = current === undefined || current.clock < entry.clock;
      const removesCurrent = current !== undefined && current.clock === entry.clock && isRemoval;
      if (!newer && !removesCurrent) continue;
      if (isRemoval) this.forget(entry.clientId, entry.clock);
      else this.entries.set(entry.clientId, entry);
      changed.push(entry);
    }
    return changed;
  }

  /**
   * True when applying the entry would change nothing: an older clock, the same entry again, or
   * the removal of a client that is already gone.
   */
  isEcho(entry: AwarenessEntry): boolean {
    const current = this.entries.get(entry.clientId);
    if (current === undefined) {
      const departedAt = this.departedClocks.get(entry.clientId);
      return entry.state === 'null' || (departedAt !== undefined && entry.clock <= departedAt);
    }
    if (entry.clock < current.clock) return true;
    return entry.clock === current.clock && entry.state === current.state;
  }

  /**
   * True for a keep-alive: the same state again under a newer clock. The official client renews
   * its presence every 15 s and peers drop a state not renewed within 30 s.
   */
  isRenewal(entry: AwarenessEntry): boolean {
    const current = this.entries.get(entry.clientId);
    return current !== undefined && entry.clock > current.clock && entry.state === current.state;
  }

  /** Removes a client (its connection closed) and returns the removal entry to broadcast. */
  remove(clientId: number): AwarenessEntry | null {
    const current = this.entries.get(clientId);
    if (current === undefined) return null;
    this.forget(clientId, current.clock + 1);
    return { clientId, clock: current.clock + 1, state: 'null' };
  }

  private forget(clientId: number, clock: number): void {
    this.entries.delete(clientId);
    this.departedClocks.set(clientId, clock);
    if (this.departedClocks.size > MAX_DEPARTED_REMEMBERED) {
      const oldest = this.departedClocks.keys().next();
      if (oldest.done !== true) this.departedClocks.delete(oldest.value);
    }
  }

  all(): AwarenessEntry[] {
    return [...this.entries.values()];
  }
}

/** count:varUint (clientID:varUint clock:varUint state:varString)* */
export function encodeAwarenessEntries(
  entries: Iterable<AwarenessEntry>,
  count: number,
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, count);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
