/** What the HTTP resources share: the session registry, limits, logs and counters. */
import type { EventLoopDelay } from '../event-loop';
import type { ServerConfig } from '../config';
import type { Logger } from '../log';
import type { Counters } from '../metrics';
import type { SessionRegistry } from '../sessions/registry';
import type { StorageHealth } from '../storage/health';
import { SessionJoinBudget } from '../sessions/join-budget';
import { CodeGuessBudget } from './code-guesses';
import { RateLimiter } from './rate-limit';

export type HttpDeps = {
  config: ServerConfig;
  log: Logger;
  counters: Counters;
  registry: SessionRegistry;
  health: StorageHealth;
  connectionCount: () => number;
  /** PUBLIC_URL, or the LAN address printed at start: links and allowed origins come from it. */
  publicOrigin: () => string;
  /** Event-loop delay for /metrics; absent where nothing measures it. */
  eventLoopDelay?: EventLoopDelay;
  sessionCreateLimiter: RateLimiter;
  joinLimiter: RateLimiter;
  /** Lookups of codes that do not exist, per address and in total (see CodeGuessBudget). */
  codeGuessLimiter: CodeGuessBudget;
  /** Bytes of backups/templates sent to create sessions, per address and in total, per day. */
  uploadBytesPerAddress: RateLimiter;
  uploadBytesTotal: RateLimiter;
  /** Identities minted per session, whatever the address (see sessions/join-budget.ts). */
  sessionJoinBudget: SessionJoinBudget;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const GUESS_LOG_INTERVAL_MS = 10_000;

export type Limiters = Pick<
  HttpDeps,
  | 'sessionCreateLimiter'
  | 'joinLimiter'
  | 'codeGuessLimiter'
  | 'uploadBytesPerAddress'
  | 'uploadBytesTotal'
  | 'sessionJoinBudget'
>;

export function createLimiters(config: ServerConfig, log: Logger): Limiters {
  let loggedAt = -Infinity;
  const onTotalSpent = (): void => {
    // Once per interval: an attack would otherwise write a line per guess.
    if (Date.now() - loggedAt < GUESS_LOG_INTERVAL_MS) return;
    loggedAt = Date.now();
    log.warn('unknown-code-budget-spent', {
      perMinute: config.unknownCodesPerMinuteTotal,
      reason: 'addresses that keep guessing get 429 until the budget refills',
    });
  };
  return {
    sessionJoinBudget: new SessionJoinBudget(config.sessionJoinsPerMinute),
    sessionCreateLimiter: new RateLimiter(config.sessionCreatesPerMinute),
    joinLimiter: new RateLimiter(config.joinsPerMinute),
    codeGuessLimiter: new CodeGuessBudget(
      config.joinsPerMinute,
      config.unknownCodesPerMinuteTotal,
      onTotalSpent,
    ),
    uploadBytesPerAddress: new RateLimiter(config.uploadBytesPerAddressPerDay, DAY_MS),
    uploadBytesTotal: new RateLimiter(config.uploadBytesPerDayTotal, DAY_MS),
  };
}
