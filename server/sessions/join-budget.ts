/**
 * How fast identities may be minted in one session, whatever address they come from (a whole
 * room shares one Wi-Fi address, so per-address limits cannot tell a room from one laptop).
 *
 * A token bucket per session as large as the session's participant cap: a whole room may join in
 * one rush, however fast. Once that many identities were minted, new ones come at
 * `refillPerMinute` (latecomers, people on a second device). What it stops: seats freed by the
 * facilitator's removals being refilled by the hundred; without it, removing intruders one by one
 * could never keep up. Raising the cap raises the bucket at once (capacity is read per call).
 */
export class SessionJoinBudget {
  /** code -> identities minted, decaying at refillPerMinute. */
  private readonly spent = new Map<string, { level: number; updatedAt: number }>();

  constructor(private readonly refillPerMinute: number) {}

  /** Spends one join for `code` if the bucket holds one; false means refuse with 429. */
  take(code: string, capacity: number, now = Date.now()): boolean {
    const level = this.levelAt(code, now);
    const allowed = level + 1 <= capacity;
    this.spent.set(code, { level: allowed ? level + 1 : level, updatedAt: now });
    if (this.spent.size > 10_000) this.prune(now);
    return allowed;
  }

  private levelAt(code: string, now: number): number {
    const entry = this.spent.get(code);
    if (entry === undefined) return 0;
    const refilled = ((now - entry.updatedAt) / 60_000) * this.refillPerMinute;
    return Math.max(0, entry.level - refilled);
  }

  /** Sessions whose bucket is full again carry no information. */
  private prune(now: number): void {
    for (const code of this.spent.keys()) {
      if (this.levelAt(code, now) === 0) this.spent.delete(code);
    }
  }
}
