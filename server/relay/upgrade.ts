/**
 * The websocket door: `GET /ws/<room>?ticket=...` (a short-lived ticket from
 * POST /api/sessions/:code/tickets). Everything that can be refused is refused here, before the
 * upgrade, with a plain HTTP status and a text body: the y-websocket client retries forever, so a
 * refusal must cost almost nothing (a stale ticket is refused before its session is loaded).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import {
  CLOSE_CODE,
  WS_PARAM,
  WS_PATH_PREFIX,
  parseRoomName,
  type ParsedRoom,
} from '../../shared/core/protocol';
import type { ServerConfig } from '../config';
import { frameCost } from '../event-loop';
import { describeError, type Logger } from '../log';
import type { Counters } from '../metrics';
import type { LiveSession } from '../sessions/live-session';
import type { CodeGuessBudget } from '../http/code-guesses';
import { addressKey } from '../http/rate-limit';
import { originRefusal } from '../http/security';
import { checkTicket, readTicket } from '../sessions/tickets';
import type { SessionRegistry } from '../sessions/registry';
import type { Principal } from './policy';
import { Connection } from './connection';
import { RateBudgets, RateGate } from './rate-budget';
import type { Room } from './room';

export type UpgradeDeps = {
  config: ServerConfig;
  log: Logger;
  counters: Counters;
  registry: SessionRegistry;
  wss: WebSocketServer;
  /** Shared with the HTTP API: unknown codes per address and in total (see CodeGuessBudget). */
  codeGuessLimiter: CodeGuessBudget;
  /** The origin pages are served from (PUBLIC_URL or the LAN address): see originRefusal. */
  publicOrigin: () => string;
};

/** A frame whose handling blocks the event loop longer than this is logged. */
const SLOW_FRAME_MS = 50;

type Refusal = { status: number; message: string };
type Authentication = { ok: true; principal: Principal } | { ok: false; refusal: Refusal };

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  415: 'Unsupported Media Type',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** The client address as budgets count it (an IPv6 /64 as one). */
export function remoteAddress(request: IncomingMessage): string {
  return addressKey(request.socket.remoteAddress ?? 'unknown');
}

function refuseUpgrade(socket: Duplex, refusal: Refusal): void {
  const body = `${refusal.message}\n`;
  const head = [
    `HTTP/1.1 ${refusal.status} ${STATUS_TEXT[refusal.status] ?? 'Error'}`,
    'Content-Type: text/plain; charset=utf-8',
    'X-Content-Type-Options: nosniff',
    'Cache-Control: no-store',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}

/** Secrets that used to travel in the URL: refused with a pointer to tickets, never checked. */
const URL_SECRETS = ['key', 'token'] as const;

/** What can be decided from the URL alone, before the session is loaded. */
function ticketInUrl(params: URLSearchParams, now: number): string | Refusal {
  if (URL_SECRETS.some((name) => params.has(name))) {
    return {
      status: 400,
      message: `credentials in the websocket URL are refused: POST /api/sessions/<code>/tickets with Authorization: Bearer ... and connect with ?${WS_PARAM.ticket}=<ticket>`,
    };
  }
  const ticket = params.get(WS_PARAM.ticket);
  if (ticket === null)
    return {
      status: 401,
      message: `missing ${WS_PARAM.ticket} (POST /api/sessions/<code>/tickets)`,
    };
  const claims = readTicket(ticket);
  if (claims === null) return { status: 401, message: 'malformed ticket' };
  if (claims.expiresAt <= now) return { status: 401, message: 'ticket expired; fetch a new one' };
  return ticket;
}

function authenticate(ticket: string, session: LiveSession, now: number): Authentication {
  const checked = checkTicket(session.meta.participantTokenSecret, session.code, ticket, now);
  if (checked === 'malformed' || checked === 'expired')
    return { ok: false, refusal: { status: 401, message: `ticket ${checked}` } };
  if (checked === 'forged')
    return {
      ok: false,
      refusal: { status: 403, message: 'ticket does not belong to this session' },
    };
  return { ok: true, principal: checked.principal };
}

function isRevokedParticipant(session: LiveSession, principal: Principal): boolean {
  return principal.role === 'participant' && session.isRevoked(principal.participantId);
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}

export class UpgradeHandler {
  private readonly connectionsByIp = new Map<string, number>();

  private openConnections = 0;
  /** Frame and byte budgets per participant and room, with backpressure (rate-budget.ts). */
  private readonly rateBudgets: RateBudgets;

  constructor(private readonly deps: UpgradeDeps) {
    this.rateBudgets = new RateBudgets(deps.config.rate);
  }

  get connectionCount(): number {
    return this.openConnections;
  }

  handle(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', (error) =>
      this.deps.log.warn('upgrade-socket-error', { error: describeError(error) }),
    );
    this.admit(request, socket, head).catch((error: unknown) => {
      this.deps.log.error('upgrade-failed', { error: describeError(error) });
      refuseUpgrade(socket, { status: 500, message: 'internal error' });
    });
  }

  private async admit(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const ip = remoteAddress(request);
    const checked = originRefusal(request, this.deps.publicOrigin()) ?? (await this.check(url, ip));
    if ('status' in checked) {
      this.deps.counters.upgradesRefused += 1;
      // The query string carries keys: log only the path.
      this.deps.log.info('upgrade-refused', {
        path: url.pathname,
        status: checked.status,
        reason: checked.message,
      });
      refuseUpgrade(socket, checked);
      return;
    }
    const { session, room, principal } = checked;
    this.deps.wss.handleUpgrade(request, socket, head, (socketUpgraded) => {
      this.attach(socketUpgraded, session, room, principal, ip);
    });
  }

  private async check(
    url: URL,
    ip: string,
  ): Promise<Refusal | { session: LiveSession; room: ParsedRoom; principal: Principal }> {
    if (!url.pathname.startsWith(WS_PATH_PREFIX))
      return { status: 404, message: 'websocket endpoint is /ws/<room>' };
    const guesses = this.deps.codeGuessLimiter;
    if (!guesses.allows(ip))
      return { status: 429, message: 'too many unknown session codes from this address' };
    const room = parseRoomName(url.pathname.slice(WS_PATH_PREFIX.length));
    if (room === null) {
      guesses.take(ip);
      return { status: 400, message: 'invalid room name' };
    }
    const ticket = ticketInUrl(url.searchParams, Date.now());
    if (typeof ticket !== 'string') return ticket;
    if ((this.connectionsByIp.get(ip) ?? 0) >= this.deps.config.maxConnectionsPerIp) {
      return { status: 429, message: 'too many connections from this address' };
    }
    const session = await this.deps.registry.acquire(room.code);
    if (session === null || session.deleted) {
      guesses.take(ip);
      return { status: 404, message: 'unknown session' };
    }
    const authentication = authenticate(ticket, session, Date.now());
    if (!authentication.ok) return authentication.refusal;
    return { session, room, principal: authentication.principal };
  }

  private attach(
    socket: WebSocket,
    session: LiveSession,
    parsed: ParsedRoom,
    principal: Principal,
    ip: string,
  ): void {
    const room = session.room(parsed.kind);
    const connection = new Connection(socket, principal, ip);
    this.connectionsByIp.set(ip, (this.connectionsByIp.get(ip) ?? 0) + 1);
    this.openConnections += 1;
    const receive = (bytes: Uint8Array): void => {
      // Frames still in flight (or held by the rate gate) when the facilitator removed this
      // participant change nothing.
      if (isRevokedParticipant(session, principal)) return;
      try {
        const startedAt = performance.now();
        const cpuBefore = process.cpuUsage();
        room.receive(connection, bytes);
        const cpu = process.cpuUsage(cpuBefore);
        const cpuMs = (cpu.user + cpu.system) / 1000;
        frameCost.record(cpuMs);
        const tookMs = performance.now() - startedAt;
        // Every frame's work is bounded (budgets.ts); one that still blocks this long is a finding.
        if (tookMs > SLOW_FRAME_MS)
          this.deps.log.warn('slow-frame', {
            room: room.name,
            ms: Math.round(tookMs),
            cpuMs: Math.round(cpuMs),
            bytes: bytes.length,
          });
      } catch (error) {
        this.deps.log.error('message-handler-failed', {
          room: room.name,
          error: describeError(error),
        });
        connection.close(CLOSE_CODE.internalError, 'internal error');
      }
    };
    const gate = this.rateGate(socket, connection, room, receive);
    socket.on('message', (data, isBinary) => {
      if (!isBinary)
        connection.close(CLOSE_CODE.malformedFrame, 'text frames are not part of the protocol');
      else gate.offer(toBytes(data));
    });
    socket.on('close', (code) => {
      gate.finish();
      this.rateBudgets.release(room.name, connection.principalId);
      this.detach(connection, session, room, code);
    });
    socket.on('error', (error) =>
      this.deps.log.warn('socket-error', { room: room.name, error: describeError(error) }),
    );
    socket.on('pong', () => {
      connection.alive = true;
    });
    if (session.deleted) {
      connection.close(CLOSE_CODE.sessionDeleted, 'session deleted');
      return;
    }
    // A removed participant's token is refused after the upgrade, not before: the close code
    // (44xx) makes the official client stop retrying and tell its person why.
    if (isRevokedParticipant(session, principal)) {
      this.deps.log.info('upgrade-refused', { room: room.name, reason: 'participant removed' });
      connection.close(
        CLOSE_CODE.participantRemoved,
        'removed from the session by the facilitator',
      );
      return;
    }
    if (!this.deps.registry.isCurrent(session)) {
      // Unloaded while this upgrade was in flight: the client reconnects and loads it afresh.
      connection.close(CLOSE_CODE.tryAgainLater, 'session reloading, try again');
      return;
    }
    room.join(connection);
    this.deps.log.debug('connection-open', { room: room.name, role: principal.role });
  }

  /** Frames pass this gate before the room sees them; over budget, the socket stops being read. */
  private rateGate(
    socket: WebSocket,
    connection: Connection,
    room: Room,
    receive: (bytes: Uint8Array) => void,
  ): RateGate {
    const rate = this.rateBudgets.acquire(room.name, connection.principalId);
    return new RateGate(rate, this.deps.config.rate, {
      deliver: receive,
      pause: () => {
        connection.held = true;
        socket.pause();
      },
      resume: () => {
        connection.held = false;
        socket.resume();
      },
      close: (reason) => {
        this.deps.counters.rateBudgetClosures += 1;
        this.deps.log.warn('rate-budget-closed', {
          room: room.name,
          role: connection.principal.role,
          reason,
        });
        connection.close(CLOSE_CODE.overRateBudget, reason);
      },
    });
  }

  private detach(connection: Connection, session: LiveSession, room: Room, code: number): void {
    this.openConnections -= 1;
    const count = (this.connectionsByIp.get(connection.ip) ?? 1) - 1;
    if (count <= 0) this.connectionsByIp.delete(connection.ip);
    else this.connectionsByIp.set(connection.ip, count);
    room.leave(connection);
    this.deps.registry.scheduleIdleCheck(session);
    this.deps.log.debug('connection-closed', { room: room.name, code });
  }
}
