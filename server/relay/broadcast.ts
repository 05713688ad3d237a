/**
 * Coalescing broadcast for one room. A burst of 500 votes should not become 500 × 500 sends:
 * - leading edge: when the room has been quiet for a tick, a change goes out at once (lowest
 *   fan-out latency for the common single-writer case);
 * - trailing edge: what arrives during the following window is merged (Y.mergeUpdates, latest
 *   awareness entry per client) into one message; the window widens (base -> max) while the
 *   burst lasts, and resets as soon as a window passes without changes.
 * Every message is encoded once and the same Buffer is handed to every socket. Yjs updates
 * commute, so merging keeps every client's state identical to sending them one by one.
 */
import * as Y from 'yjs';
import { encodeAwarenessEntries } from './awareness-states';
import { encodeAwareness, encodeUpdate, type AwarenessEntry } from './protocol';

export type Deliver = (message: Buffer) => void;

export class Broadcaster {
  private updates: Uint8Array[] = [];
  private awareness = new Map<number, AwarenessEntry>();
  private timer: NodeJS.Timeout | null = null;
  private leadingEdge: NodeJS.Immediate | null = null;
  /** The current merge window: doubles while changes keep arriving, back to the base when quiet. */
  private windowMs: number;

  constructor(
    private readonly baseTickMs: number,
    /** Asked at each widening: the room's widest window can depend on its size. */
    private readonly maxTickMs: () => number,
    private readonly deliver: Deliver,
    private readonly leadingEdgeEnabled = true,
  ) {
    this.windowMs = baseTickMs;
  }

  /** A fixed window with no leading edge: for traffic that may wait (presence keep-alives). */
  static trailingOnly(windowMs: number, deliver: Deliver): Broadcaster {
    return new Broadcaster(windowMs, () => windowMs, deliver, false);
  }

  queueUpdate(update: Uint8Array): void {
    this.updates.push(update);
    this.schedule();
  }

  queueAwareness(entries: AwarenessEntry[]): void {
    for (const entry of entries) this.awareness.set(entry.clientId, entry);
    if (entries.length > 0) this.schedule();
  }

  /** Sends whatever is queued now (used before a room closes). */
  flushNow(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.leadingEdge !== null) clearImmediate(this.leadingEdge);
    this.timer = null;
    this.leadingEdge = null;
    this.flush();
  }

  /**
   * Leading edge on setImmediate rather than synchronously: no added latency, but everything that
   * became ready in the same event-loop turn (one fsync acknowledges many updates) goes out as one.
   */
  private schedule(): void {
    if (this.timer !== null || this.leadingEdge !== null) return;
    if (!this.leadingEdgeEnabled) {
      this.timer = setTimeout(() => this.onTick(), this.windowMs);
      return;
    }
    this.leadingEdge = setImmediate(() => {
      this.leadingEdge = null;
      this.flush();
      this.windowMs = this.baseTickMs;
      if (this.windowMs > 0) this.timer = setTimeout(() => this.onTick(), this.windowMs);
    });
  }

  /**
   * End of a merge window. Nothing arrived: the room is quiet again and the next change goes out
   * at once. Something arrived: send it merged and widen the window, so a sustained burst (200
   * votes in a second) costs a few dozen broadcasts instead of hundreds.
   */
  private onTick(): void {
    this.timer = null;
    if (this.updates.length === 0 && this.awareness.size === 0) return;
    this.flush();
    this.windowMs = Math.min(this.windowMs * 2, this.maxTickMs());
    this.timer = setTimeout(() => this.onTick(), this.windowMs);
  }

  private flush(): void {
    if (this.updates.length > 0) {
      const updates = this.updates;
      this.updates = [];
      const merged =
        updates.length === 1 && updates[0] !== undefined ? updates[0] : Y.mergeUpdates(updates);
      this.deliver(encodeUpdate(merged));
    }
    if (this.awareness.size > 0) {
      const entries = this.awareness;
      this.awareness = new Map();
      this.deliver(encodeAwareness(encodeAwarenessEntries(entries.values(), entries.size)));
    }
  }
}
