/**
 * Token bucket per client address: `perMinute` requests, refilled continuously. Guards session
 * creation and code lookups (a guessing client gets 429 long before it could enumerate codes).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(private readonly perMinute: number) {}

  take(key: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, updatedAt: now };
    const refilled = Math.min(
      this.perMinute,
      bucket.tokens + ((now - bucket.updatedAt) / 60_000) * this.perMinute,
    );
    const allowed = refilled >= 1;
    bucket.tokens = allowed ? refilled - 1 : refilled;
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.prune(now);
    return allowed;
  }

  /** True while `key` has a request left, without spending it: lets a caller refuse before revealing anything. */
  allows(key: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return true;
    return bucket.tokens + ((now - bucket.updatedAt) / 60_000) * this.perMinute >= 1;
  }

  /** Full buckets carry no information: drop them so the map stays small. */
  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.updatedAt) / 60_000) * this.perMinute >= this.perMinute)
        this.buckets.delete(key);
    }
  }
}
