/** What the HTTP resources share: the session registry, limits, logs and counters. */
import type { ServerConfig } from '../config';
import type { Logger } from '../log';
import type { Counters } from '../metrics';
import type { SessionRegistry } from '../sessions/registry';
import type { StorageHealth } from '../storage/health';
import { SessionJoinBudget } from '../sessions/join-budget';
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
  /**
   * Lookups of codes that do not exist, per address, on every path that names a code (HTTP and
   * the websocket upgrade): once spent, every lookup from that address gets 429, hit or miss, so
   * guessing learns nothing faster than this rate.
   */
  codeGuessLimiter: RateLimiter;
  /** Identities minted per session, whatever the address (see sessions/join-budget.ts). */
  sessionJoinBudget: SessionJoinBudget;
};

export function createLimiters(
  config: ServerConfig,
): Pick<
  HttpDeps,
  'sessionCreateLimiter' | 'joinLimiter' | 'codeGuessLimiter' | 'sessionJoinBudget'
> {
  return {
    sessionJoinBudget: new SessionJoinBudget(config.sessionJoinsPerMinute),
    sessionCreateLimiter: new RateLimiter(config.sessionCreatesPerMinute),
    joinLimiter: new RateLimiter(config.joinsPerMinute),
    codeGuessLimiter: new RateLimiter(config.joinsPerMinute),
  };
}
