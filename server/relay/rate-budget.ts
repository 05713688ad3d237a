/**
 * Per-participant message and byte rates with backpressure. Every frame a socket sends takes its
 * size from a byte bucket and one token from a frame bucket: document frames (sync, updates) and
 * presence frames (awareness, queries) have separate buckets, because the official client echoes
 * every presence change it receives, so presence traffic grows with the room's activity. A frame that
 * finds a bucket empty is queued and the socket is paused (ws stops reading it, so the rest waits
 * in the sender's TCP buffers, not in the server's memory); the queue drains as the buckets
 * refill, in order, and the socket resumes once it is empty. A socket still held back after
 * `overBudgetCloseMs`, or whose queue passes the hard ceiling (what ws had already read when it
 * was paused), is closed with CLOSE_CODE.overRateBudget.
 *
 * The buckets belong to the participant (or the facilitator) in one room, not to a socket:
 * opening more sockets or reconnecting buys no extra budget.
 */
export type RateLimits = {
  updatesPerSecond: number;
  updateBurst: number;
  presencePerSecond: number;
  presenceBurst: number;
  bytesPerSecond: number;
  /** At least the largest frame allowed (MAX_MESSAGE_BYTES), or such a frame could never pass. */
  byteBurst: number;
  /** A socket held back (paused) this long is closed. */
  overBudgetCloseMs: number;
};

class TokenBucket {
  private level: number;
  private updatedAt: number;

  constructor(
    private readonly perSecond: number,
    private readonly capacity: number,
    now: number,
  ) {
    this.level = capacity;
    this.updatedAt = now;
  }

  /** Milliseconds until `amount` tokens are there (0: now). */
  waitFor(amount: number, now: number): number {
    this.level = Math.min(
      this.capacity,
      this.level + ((now - this.updatedAt) * this.perSecond) / 1000,
    );
    this.updatedAt = now;
    return this.level >= amount ? 0 : Math.ceil(((amount - this.level) * 1000) / this.perSecond);
  }

  take(amount: number): void {
    this.level -= amount;
  }

  isFull(now: number): boolean {
    return this.waitFor(this.capacity, now) === 0;
  }
}

/** y-websocket message type 0 (sync); everything else is presence or garbage (closed later). */
const MESSAGE_SYNC = 0;

export class PrincipalRate {
  private readonly updates: TokenBucket;
  private readonly presence: TokenBucket;
  private readonly bytes: TokenBucket;
  /** Open sockets sharing these buckets. */
  sockets = 0;

  constructor(limits: RateLimits, now: number) {
    this.updates = new TokenBucket(limits.updatesPerSecond, limits.updateBurst, now);
    this.presence = new TokenBucket(limits.presencePerSecond, limits.presenceBurst, now);
    this.bytes = new TokenBucket(limits.bytesPerSecond, limits.byteBurst, now);
  }

  /** Takes one frame, or says how many milliseconds until it may pass. */
  admit(frame: Uint8Array, now: number): number {
    const frames = frame[0] === MESSAGE_SYNC ? this.updates : this.presence;
    const wait = Math.max(frames.waitFor(1, now), this.bytes.waitFor(frame.length, now));
    if (wait > 0) return wait;
    frames.take(1);
    this.bytes.take(frame.length);
    return 0;
  }

  isRested(now: number): boolean {
    return this.updates.isFull(now) && this.presence.isFull(now) && this.bytes.isFull(now);
  }
}

/** Sweep unused, refilled buckets once the map holds more than this. */
const SWEEP_ABOVE = 1024;

/** The server's buckets, per room and principal. */
export class RateBudgets {
  private readonly byKey = new Map<string, PrincipalRate>();

  constructor(readonly limits: RateLimits) {}

  /** The buckets for a new socket of `principalId` in `room`; call release() when it closes. */
  acquire(room: string, principalId: string): PrincipalRate {
    const key = `${room}\u0000${principalId}`;
    const now = Date.now();
    if (this.byKey.size > SWEEP_ABOVE) this.sweep(now);
    const rate = this.byKey.get(key) ?? new PrincipalRate(this.limits, now);
    rate.sockets += 1;
    this.byKey.set(key, rate);
    return rate;
  }

  release(room: string, principalId: string): void {
    const key = `${room}\u0000${principalId}`;
    const rate = this.byKey.get(key);
    if (rate === undefined) return;
    rate.sockets -= 1;
    // Kept while not refilled: reconnecting must not reset an exhausted budget.
    if (rate.sockets <= 0 && rate.isRested(Date.now())) this.byKey.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, rate] of this.byKey) {
      if (rate.sockets <= 0 && rate.isRested(now)) this.byKey.delete(key);
    }
  }
}

export type GateHooks = {
  deliver(bytes: Uint8Array): void;
  pause(): void;
  resume(): void;
  close(reason: string): void;
};

/**
 * Frames one socket may have handled in one event-loop turn, and the time they may take. ws
 * parses a whole read chunk (up to 64 KiB, thousands of tiny frames) in one synchronous loop;
 * past either bound the rest waits for the next turn, so other sockets, other sessions and
 * /healthz get their turn in between.
 */
const FRAMES_PER_TURN = 16;
const BUSY_MS_PER_TURN = 10;

/** One socket's door: admits frames within the budget, holds back the rest in order. */
export class RateGate {
  private queue: Uint8Array[] = [];
  private queuedBytes = 0;
  private pausedSince: number | null = null;
  private waitTimer: NodeJS.Timeout | null = null;
  private nextTurn: NodeJS.Immediate | null = null;
  private framesThisTurn = 0;
  private busyMsThisTurn = 0;
  private turnReset: NodeJS.Immediate | null = null;
  private closed = false;
  /** The socket closed with frames still held back: those are handled, nothing new is taken. */
  private finishing = false;

  constructor(
    private readonly rate: PrincipalRate,
    private readonly limits: RateLimits,
    private readonly hooks: GateHooks,
  ) {}

  offer(bytes: Uint8Array): void {
    if (this.closed || this.finishing) return;
    if (this.queue.length === 0 && this.hasTurnLeft() && this.rate.admit(bytes, Date.now()) === 0) {
      this.deliver(bytes);
      return;
    }
    this.queue.push(bytes);
    this.queuedBytes += bytes.length;
    // What ws had already read when the socket was paused: one read chunk and at most one frame.
    if (
      this.queue.length > 2 * (this.limits.updateBurst + this.limits.presenceBurst) ||
      this.queuedBytes > this.limits.byteBurst
    ) {
      this.shut(`over the rate budget: ${this.queue.length} frames held back`);
      return;
    }
    if (this.pausedSince !== null) return;
    this.pausedSince = Date.now();
    this.hooks.pause();
    this.nextTurn = setImmediate(() => this.drain());
  }

  /**
   * The socket closed. Frames it sent before closing are still handled, in order (a client that
   * writes and then leaves must not lose the write; the queue is bounded by the hard ceiling);
   * the room ignores presence from a connection that has left.
   */
  finish(): void {
    if (this.closed) return;
    this.finishing = true;
    if (this.queue.length === 0) {
      this.dispose();
      return;
    }
    if (this.waitTimer !== null) clearTimeout(this.waitTimer);
    this.waitTimer = null;
    this.nextTurn ??= setImmediate(() => this.drain());
  }

  dispose(): void {
    this.closed = true;
    this.clearTimer();
    if (this.turnReset !== null) clearImmediate(this.turnReset);
    this.turnReset = null;
    this.queue = [];
  }

  private hasTurnLeft(): boolean {
    return this.framesThisTurn < FRAMES_PER_TURN && this.busyMsThisTurn < BUSY_MS_PER_TURN;
  }

  private deliver(bytes: Uint8Array): void {
    this.framesThisTurn += 1;
    this.turnReset ??= setImmediate(() => {
      this.turnReset = null;
      this.framesThisTurn = 0;
      this.busyMsThisTurn = 0;
    });
    const startedAt = performance.now();
    this.hooks.deliver(bytes);
    this.busyMsThisTurn += performance.now() - startedAt;
  }

  private clearTimer(): void {
    if (this.waitTimer !== null) clearTimeout(this.waitTimer);
    if (this.nextTurn !== null) clearImmediate(this.nextTurn);
    this.waitTimer = null;
    this.nextTurn = null;
  }

  private drain(): void {
    this.waitTimer = null;
    this.nextTurn = null;
    while (!this.closed) {
      const next = this.queue[0];
      if (next === undefined) break;
      if (!this.hasTurnLeft()) {
        this.nextTurn = setImmediate(() => this.drain());
        return;
      }
      const now = Date.now();
      const wait = this.rate.admit(next, now);
      if (wait > 0 && !this.finishing) {
        const heldFor = this.pausedSince === null ? 0 : now - this.pausedSince;
        if (heldFor + wait > this.limits.overBudgetCloseMs) {
          this.shut(`over the rate budget for more than ${this.limits.overBudgetCloseMs} ms`);
          return;
        }
        this.waitTimer = setTimeout(() => this.drain(), wait);
        return;
      }
      this.queue.shift();
      this.queuedBytes -= next.length;
      this.deliver(next);
    }
    if (this.closed) return;
    if (this.finishing) {
      this.dispose();
      return;
    }
    this.pausedSince = null;
    this.hooks.resume();
  }

  private shut(reason: string): void {
    this.dispose();
    this.hooks.close(reason);
  }
}
