/** What the HTTP resources share: the session registry, limits, logs and counters. */
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
  sessionCreateLimiter: RateLimiter;
  joinLimiter: RateLimiter;
};

export function createLimiters(config: ServerConfig): Pick<HttpDeps, 'sessionCreateLimiter' | 'joinLimiter'> {
  return {
    sessionCreateLimiter: new RateLimiter(config.sessionCreatesPerMinute),
    joinLimiter: new RateLimiter(config.joinsPerMinute),
  };
}
