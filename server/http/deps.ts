/** What the HTTP resources share: the session registry, limits, logs and counters. */
import type { EventLoopDelay } from '../event-loop';
import type { ServerConfig } from '../config';
import type { Logger } from '../log';
import type { Counters } from '../metrics';
import type { SessionRegistry } from '../sessions/registry';
import type { StorageHealth } from '../storage/health';
import { RateLimiter } from './rate-limit';

export type HttpDeps = {
  config: ServerConfig;
  log: Logger;
  counters: Counters;
  registry: SessionRegistry;
  health: StorageHealth;
  connectionCount: () => number;
  /** Event-loop delay for /metrics; absent where nothing measures it. */
  eventLoopDelay?: EventLoopDelay;
  sessionCreateLimiter: RateLimiter;
  joinLimiter: RateLimiter;
  /**
   * Lookups of codes that do not exist, per address, on every path that names a code (HTTP and
   * the websocket upgrade): once spent, every lookup from that address gets 429, hit or miss, so
   * guessing learns nothing faster than this rate.
   */
  codeGuessLimiter: RateLimiter;
};

export function createLimiters(
  config: ServerConfig,
): Pick<HttpDeps, 'sessionCreateLimiter' | 'joinLimiter' | 'codeGuessLimiter'> {
  return {
    sessionCreateLimiter: new RateLimiter(config.sessionCreatesPerMinute),
    joinLimiter: new RateLimiter(config.joinsPerMinute),
    codeGuessLimiter: new RateLimiter(config.joinsPerMinute),
  };
}
