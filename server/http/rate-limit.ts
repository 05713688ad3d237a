/**
 * Token buckets per key (a client address, or one shared key for a global budget): `capacity`
 * tokens, refilled continuously over `periodMs`. Guards session creation, code lookups (a
 * guessing client gets 429 long before it could enumerate codes) and uploaded bytes per day.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(
    private readonly capacity: number,
    private readonly periodMs = 60_000,
  ) {}

  private level(bucket: { tokens: number; updatedAt: number }, now: number): number {
    return Math.min(
      this.capacity,
      bucket.tokens + ((now - bucket.updatedAt) / this.periodMs) * this.capacity,
    );
  }

  /** Spends `cost` tokens when that many are left; false (and nothing spent) otherwise. */
  take(key: string, now = Date.now(), cost = 1): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedAt: now };
    const refilled = this.level(bucket, now);
    const allowed = refilled >= cost;
    bucket.tokens = allowed ? refilled - cost : refilled;
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.prune(now);
    return allowed;
  }

  /** True while `key` has `cost` left, without spending it: lets a caller refuse before revealing anything. */
  allows(key: string, now = Date.now(), cost = 1): boolean {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return cost <= this.capacity;
    return this.level(bucket, now) >= cost;
  }

  /** Full buckets carry no information: drop them so the map stays small. */
  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.level(bucket, now) >= this.capacity) this.buckets.delete(key);
    }
  }
}

/**
 * The key a client address is counted under. IPv6 hands one subscriber a whole /64, so a
 * budget per IPv6 address would be a budget per guess: count the /64 instead.
 */
export function addressKey(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (v4 !== null) return v4[1] ?? ip;
  if (!ip.includes(':')) return ip;
  const [head = '', tail] = ip.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  const groups =
    tail === undefined
      ? headGroups
      : [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
