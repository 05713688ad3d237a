/**
 * Environment -> typed, validated configuration. Every server limit and interval lives here;
 * an invalid value stops the start with a message naming the variable (better than a silent default).
 */
import path from 'node:path';
import { LIMITS } from '../shared/core/protocol';
import type { BudgetLimits } from './relay/budgets';
import type { RateLimits } from './relay/rate-budget';

export type LogFormat = 'json' | 'pretty';
export type LogLevelSetting = 'debug' | 'info' | 'warn' | 'error';
export type ClientBuildMode = 'auto' | 'skip';

export type ServerConfig = {
  port: number;
  host: string;
  dataDir: string;
  /** Websocket frames above this close that socket with 1009. */
  maxMessageBytes: number;
  /** HTTP JSON bodies (templates, backups) above this get 413. */
  maxBodyBytes: number;
  /** Upper bound between accepting an update and its fsync (plus the fsync itself). */
  fsyncIntervalMs: number;
  /** A session whose rooms have no connections is flushed and unloaded after this grace. */
  roomIdleMs: number;
  /** Updates arriving within this window after a broadcast are merged into one message. */
  broadcastTickMs: number;
  /** The window doubles while a burst lasts, up to 1 ms per 5 sockets, and never beyond this. */
  broadcastMaxTickMs: number;
  /** Dead-socket detection and keep-alive cadence (the y-websocket client gives up after 30 s of silence). */
  heartbeatMs: number;
  maxConnectionsPerIp: number;
  /** Token buckets per IP address, per minute. */
  sessionCreatesPerMinute: number;
  joinsPerMinute: number;
  /**
   * Per session, whatever the address: identities minted beyond the session's participant cap
   * (a whole room joins at once) come back at this many per minute (see sessions/join-budget.ts).
   */
  sessionJoinsPerMinute: number;
  /** Sessions older than this are deleted; 0 keeps them forever. */
  retentionDays: number;
  /** Compaction thresholds for a document's append-only log. */
  compactAfterRecords: number;
  compactAfterBytes: number;
  /**
   * Published results follow ballot changes at most this often: changes inside one window are
   * published together, so two voters swapping (live results) publish nothing, and a change
   * cannot be timed to the moment one person tapped. Facilitator moves (reveal, settings) publish
   * at once.
   */
  resultsPublishMs: number;
  logFormat: LogFormat;
  logLevel: LogLevelSetting;
  clientBuild: ClientBuildMode;
  /** Frames and bytes per second per participant and room, with backpressure (relay/rate-budget.ts). */
  rate: RateLimits;
  /** Work per update, participant storage and session size (relay/budgets.ts). */
  budgets: BudgetLimits;
  /** Where the repository lives (client sources, dist/client). */
  rootDir: string;
  /**
   * The origin people reach this server at (`https://workshop.example.org`), for deployments behind
   * a proxy; null: the LAN address printed at start. joinUrl/presentUrl are built from it, never
   * from a request's Host header, and it is one of the origins state-changing requests may come from.
   */
  publicUrl: string | null;
  /** Lifetime of a websocket ticket (POST /api/sessions/:code/tickets). */
  wsTicketTtlMs: number;
  /** Unknown-code lookups per minute from all addresses together (the per-address budget is joinsPerMinute). */
  unknownCodesPerMinuteTotal: number;
  /** Bytes of backups and templates sent to create sessions: per address per day, and from all addresses per day. */
  uploadBytesPerAddressPerDay: number;
  uploadBytesPerDayTotal: number;
  /** Slow HTTP clients: the whole header block / the whole request must arrive within these. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Plain HTTP connections open at once from one address (websockets count separately). */
  maxHttpConnectionsPerIp: number;
};

type Env = Record<string, string | undefined>;

const MIB = 1024 * 1024;

class ConfigError extends Error {}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const found = allowed.find((candidate) => candidate === raw.trim());
  if (found === undefined)
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return found;
}

function defaultLogFormat(env: Env): LogFormat {
  return env.NODE_ENV === 'production' ? 'json' : 'pretty';
}

/** An http(s) origin without path, query or fragment: `https://host[:port]`. */
function publicUrl(env: Env): string | null {
  const raw = env.PUBLIC_URL?.trim();
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(
      `PUBLIC_URL must be a URL such as https://workshop.example.org, got "${raw}"`,
    );
  }
  const bare = parsed.pathname === '/' && parsed.search === '' && parsed.hash === '';
  if (
    (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') ||
    !bare ||
    parsed.username !== ''
  )
    throw new ConfigError(
      `PUBLIC_URL must be an http(s) origin without path, query or credentials, got "${raw}"`,
    );
  return parsed.origin;
}

const KIB = 1024;

function rateLimits(env: Env, maxMessageBytes: number): RateLimits {
  const byteBurst = integer(env, 'RATE_BYTE_BURST', 2 * MIB, KIB, 1024 * MIB);
  if (byteBurst < maxMessageBytes)
    throw new ConfigError(
      `RATE_BYTE_BURST (${byteBurst}) must be at least MAX_MESSAGE_BYTES (${maxMessageBytes}), or the largest frame could never pass`,
    );
  return {
    updatesPerSecond: integer(env, 'RATE_UPDATES_PER_SECOND', 100, 1, 1_000_000),
    updateBurst: integer(env, 'RATE_UPDATE_BURST', 300, 1, 1_000_000),
    presencePerSecond: integer(env, 'RATE_PRESENCE_PER_SECOND', 100, 1, 1_000_000),
    presenceBurst: integer(env, 'RATE_PRESENCE_BURST', 300, 1, 1_000_000),
    bytesPerSecond: integer(env, 'RATE_BYTES_PER_SECOND', 256 * KIB, KIB, 1024 * MIB),
    byteBurst,
    overBudgetCloseMs: integer(env, 'RATE_HOLD_CLOSE_MS', 10_000, 100, 600_000),
  };
}

function budgetLimits(env: Env): BudgetLimits {
  return {
    maxStructsPerUpdate: integer(env, 'MAX_STRUCTS_PER_UPDATE', 10_000, 10, 10_000_000),
    maxDeleteRangesPerUpdate: integer(env, 'MAX_DELETE_RANGES_PER_UPDATE', 1000, 10, 10_000_000),
    participantMaxStructs: integer(env, 'PARTICIPANT_MAX_STRUCTS', 10_000, 100, 100_000_000),
    participantMaxBytes: integer(env, 'PARTICIPANT_MAX_BYTES', 256 * KIB, KIB, 1024 * MIB),
    sessionMaxStructs: integer(env, 'SESSION_MAX_STRUCTS', 150_000, 1000, 1_000_000_000),
    sessionMaxBytes: integer(env, 'SESSION_MAX_BYTES', 16 * MIB, 64 * KIB, 16 * 1024 * MIB),
  };
}

export function loadConfig(env: Env, rootDir: string): ServerConfig {
  const config = readConfig(env, rootDir);
  if (config.headersTimeoutMs > config.requestTimeoutMs)
    throw new ConfigError(
      `HTTP_HEADERS_TIMEOUT_MS (${config.headersTimeoutMs}) must not exceed HTTP_REQUEST_TIMEOUT_MS (${config.requestTimeoutMs})`,
    );
  return config;
}

function readConfig(env: Env, rootDir: string): ServerConfig {
  const host = env.HOST?.trim() || '0.0.0.0';
  const dataDir = path.resolve(rootDir, env.DATA_DIR?.trim() || './data');
  const day = 24 * 60 * 60 * 1000;
  const maxMessageBytes = integer(
    env,
    'MAX_MESSAGE_BYTES',
    LIMITS.maxMessageBytes,
    1024,
    64 * 1024 * 1024,
  );
  return {
    port: integer(env, 'PORT', 8787, 0, 65535),
    host,
    dataDir,
    maxMessageBytes,
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 2 * 1024 * 1024, 1024, 64 * 1024 * 1024),
    fsyncIntervalMs: integer(env, 'FSYNC_INTERVAL_MS', 20, 0, 10_000),
    roomIdleMs: integer(env, 'ROOM_IDLE_MS', 30_000, 0, day),
    broadcastTickMs: integer(env, 'BROADCAST_TICK_MS', 4, 0, 1000),
    broadcastMaxTickMs: integer(env, 'BROADCAST_MAX_TICK_MS', 100, 0, 1000),
    heartbeatMs: integer(env, 'HEARTBEAT_MS', 10_000, 100, 60_000),
    maxConnectionsPerIp: integer(env, 'MAX_CONNECTIONS_PER_IP', 1000, 1, 1_000_000),
    sessionCreatesPerMinute: integer(env, 'RATE_LIMIT_SESSIONS_PER_MINUTE', 30, 1, 1_000_000),
    joinsPerMinute: integer(env, 'RATE_LIMIT_JOINS_PER_MINUTE', 600, 1, 1_000_000),
    sessionJoinsPerMinute: integer(env, 'RATE_LIMIT_SESSION_JOINS_PER_MINUTE', 30, 1, 1_000_000),
    retentionDays: integer(env, 'RETENTION_DAYS', 30, 0, 36_500),
    compactAfterRecords: integer(env, 'COMPACT_AFTER_RECORDS', 1000, 1, 10_000_000),
    compactAfterBytes: integer(
      env,
      'COMPACT_AFTER_BYTES',
      4 * 1024 * 1024,
      1024,
      1024 * 1024 * 1024,
    ),
    resultsPublishMs: integer(env, 'RESULTS_PUBLISH_MS', 1000, 0, 600_000),
    logFormat: oneOf(env, 'LOG_FORMAT', ['json', 'pretty'], defaultLogFormat(env)),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'], 'info'),
    clientBuild: oneOf(env, 'CLIENT_BUILD', ['auto', 'skip'], 'auto'),
    rate: rateLimits(env, maxMessageBytes),
    budgets: budgetLimits(env),
    rootDir,
    publicUrl: publicUrl(env),
    wsTicketTtlMs: integer(env, 'WS_TICKET_TTL_SECONDS', 90, 1, 3600) * 1000,
    unknownCodesPerMinuteTotal: integer(
      env,
      'RATE_LIMIT_UNKNOWN_CODES_PER_MINUTE',
      1200,
      1,
      1_000_000,
    ),
    uploadBytesPerAddressPerDay: integer(
      env,
      'UPLOAD_BYTES_PER_ADDRESS_PER_DAY',
      64 * MIB,
      1024,
      1024 * 1024 * MIB,
    ),
    uploadBytesPerDayTotal: integer(
      env,
      'UPLOAD_BYTES_PER_DAY',
      512 * MIB,
      1024,
      1024 * 1024 * MIB,
    ),
    headersTimeoutMs: integer(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000),
    requestTimeoutMs: integer(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000),
    keepAliveTimeoutMs: integer(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 600_000),
    maxHttpConnectionsPerIp: integer(env, 'MAX_HTTP_CONNECTIONS_PER_IP', 64, 1, 1_000_000),
  };
}

export function isConfigError(error: unknown): error is Error {
  return error instanceof ConfigError;
}
