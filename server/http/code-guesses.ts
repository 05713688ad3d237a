/**
 * The budget for looking up session codes that do not exist, on every path that names a code
 * (HTTP and the websocket upgrade). Two buckets:
 * - per address (the /64 for IPv6): once spent, every lookup from that address gets 429, hit or
 *   miss, so guessing learns nothing faster than this rate;
 * - all addresses together: once spent, an address that missed within the last minute is refused
 *   too, so many addresses cannot add up their budgets. An address with no recent miss (someone
 *   joining with a right code) is still served, and a guessing address gets one miss per minute.
 */
import { RateLimiter } from './rate-limit';

const TOTAL = '*';
const WINDOW_MS = 60_000;
const MAX_TRACKED = 100_000;

export class CodeGuessBudget {
  private readonly perAddress: RateLimiter;

  private readonly total: RateLimiter;

  /** When each address last missed: the ones the global budget holds back while it is spent. */
  private readonly lastMiss = new Map<string, number>();

  constructor(
    perAddressPerMinute: number,
    totalPerMinute: number,
    private readonly onTotalSpent: () => void = () => {},
  ) {
    this.perAddress = new RateLimiter(perAddressPerMinute);
    this.total = new RateLimiter(totalPerMinute);
  }

  /** True while `address` may look up a code; answers nothing about whether it exists. */
  allows(address: string, now = Date.now()): boolean {
    if (!this.perAddress.allows(address, now)) return false;
    if (this.total.allows(TOTAL, now)) return true;
    const missed = this.lastMiss.get(address);
    if (missed === undefined || now - missed >= WINDOW_MS) return true;
    // Said where the global budget turns an address away, not only when a lookup overdraws it:
    // whether any lookup overdraws depends on how concurrent requests interleave.
    this.onTotalSpent();
    return false;
  }

  /** Counts one lookup of an unknown code (or an unusable room name) from `address`. */
  take(address: string, now = Date.now()): void {
    this.perAddress.take(address, now);
    if (!this.total.take(TOTAL, now)) this.onTotalSpent();
    this.lastMiss.delete(address);
    this.lastMiss.set(address, now);
    if (this.lastMiss.size > MAX_TRACKED) {
      // Oldest first (insertion order, refreshed above): drop those outside the window.
      for (const [key, at] of this.lastMiss) {
        if (now - at < WINDOW_MS) break;
        this.lastMiss.delete(key);
      }
    }
  }
}
