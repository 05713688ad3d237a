/**
 * Structured logs: one line per event. JSON for machines (production), `time LEVEL event k=v`
 * for people. Callers pass fields, never raw URLs or headers: keys and tokens travel in query
 * strings and Authorization headers and must never reach a log line.
 */
import type { LogFormat } from './config';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export type Logger = {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
};

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function formatPretty(level: LogLevel, event: string, fields: LogFields): string {
  const time = new Date().toISOString().slice(11, 23);
  const parts = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(
      ([key, value]) =>
        `${key}=${typeof value === 'string' && value.includes(' ') ? JSON.stringify(value) : String(value)}`,
    );
  return `${time} ${level.toUpperCase().padEnd(5)} ${event}${parts.length > 0 ? ' ' + parts.join(' ') : ''}`;
}

function formatJson(level: LogLevel, event: string, fields: LogFields): string {
  return JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
}

const LEVEL_ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** Lines below `minimum` cost nothing: per-connection events are debug, and 500 sockets are a lot of lines. */
export function createLogger(
  format: LogFormat,
  minimum: LogLevel = 'info',
  write: (line: string) => void = defaultWrite,
): Logger {
  const render = format === 'json' ? formatJson : formatPretty;
  const silent = (): void => {};
  const emit = (level: LogLevel) =>
    LEVEL_ORDER[level] < LEVEL_ORDER[minimum]
      ? silent
      : (event: string, fields: LogFields = {}) => write(render(level, event, fields));
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

function defaultWrite(line: string): void {
  process.stdout.write(line + '\n');
}
