/**
 * Clients for a running test server: HTTP calls, official y-websocket providers (Node: `ws` as
 * the WebSocket, no BroadcastChannel) and raw sockets for hand-crafted frames.
 */
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { connectWithTickets, ticketFailure, type TicketAnswer } from '../../client/session/tickets';
import {
  parseRoomName,
  roomName,
  WS_PARAM,
  type RoomKind,
  API_ROUTES,
  apiPath,
} from '../../shared/core/protocol';
import type { TestServer } from './server';

export type ApiResponse = { status: number; body: unknown; text: string; headers: Headers };

export async function api(
  server: Pick<TestServer, 'url'>,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const init: RequestInit = { method, headers: { ...options.headers } };
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    init.headers = { 'Content-Type': 'application/json', ...options.headers };
  }
  const response = await fetch(`${server.url}${path}`, init);
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, body, text, headers: response.headers };
}

export type CreatedSession = {
  code: string;
  facilitatorKey: string;
  joinUrl: string;
  consoleUrl: string;
  presentUrl: string;
};

function field(body: unknown, name: string): string {
  if (typeof body === 'object' && body !== null && name in body) {
    const value: unknown = Reflect.get(body, name);
    if (typeof value === 'string') return value;
  }
  throw new Error(`response has no string field "${name}": ${JSON.stringify(body)}`);
}

export async function createSession(
  server: Pick<TestServer, 'url'>,
  body: Record<string, unknown> = { lang: 'en' },
): Promise<CreatedSession> {
  const response = await api(server, 'POST', API_ROUTES.sessions, { body });
  if (response.status !== 201)
    throw new Error(`create session: ${response.status} ${response.text}`);
  return {
    code: field(response.body, 'code'),
    facilitatorKey: field(response.body, 'facilitatorKey'),
    joinUrl: field(response.body, 'joinUrl'),
    consoleUrl: field(response.body, 'consoleUrl'),
    presentUrl: field(response.body, 'presentUrl'),
  };
}

export type Participant = { participantId: string; participantToken: string };

export async function joinSession(
  server: Pick<TestServer, 'url'>,
  code: string,
  name = 'Sam',
): Promise<Participant> {
  const response = await api(server, 'POST', apiPath(API_ROUTES.participants, { code }), {
    body: { name },
  });
  if (response.status !== 201) throw new Error(`join: ${response.status} ${response.text}`);
  return {
    participantId: field(response.body, 'participantId'),
    participantToken: field(response.body, 'participantToken'),
  };
}

/**
 * Credentials for the websocket helpers below: `{ key }` (facilitator) or `{ pid, token }`
 * (participant). They never go into a URL: the helpers trade them for a ticket first
 * (POST /api/sessions/:code/tickets), as the app does. `{ ticket }` is used as it is.
 */
export function facilitatorParams(session: CreatedSession): Record<string, string> {
  return { key: session.facilitatorKey };
}

export function participantParams(participant: Participant): Record<string, string> {
  return { pid: participant.participantId, token: participant.participantToken };
}

/** http://host:port from the relay's ws://host:port/ws. */
function httpBase(wsUrl: string): string {
  return wsUrl.replace(/^ws/, 'http').replace(/\/ws\/?$/, '');
}

/** A ticket for these credentials, as the browser client gets one. */
export async function fetchTicket(
  server: Pick<TestServer, 'wsUrl'>,
  code: string,
  credentials: Record<string, string>,
): Promise<TicketAnswer> {
  const given = credentials[WS_PARAM.ticket];
  if (given !== undefined) return { ok: true, ticket: given };
  const headers: Record<string, string> =
    credentials.key !== undefined
      ? { Authorization: `Bearer ${credentials.key}` }
      : {
          Authorization: `Bearer ${credentials.token ?? ''}`,
          'X-Participant-Id': credentials.pid ?? '',
        };
  let response: Response;
  try {
    response = await fetch(`${httpBase(server.wsUrl)}${apiPath(API_ROUTES.tickets, { code })}`, {
      method: 'POST',
      headers,
    });
  } catch {
    return ticketFailure(0);
  }
  const text = await response.text();
  if (response.status !== 201) return ticketFailure(response.status);
  return { ok: true, ticket: field(JSON.parse(text), 'ticket') };
}

/** `?ticket=...` for these credentials; throws when the server refuses them. */
export async function ticketQuery(
  server: Pick<TestServer, 'wsUrl'>,
  code: string,
  credentials: Record<string, string>,
): Promise<string> {
  const answer = await fetchTicket(server, code, credentials);
  if (!answer.ok) throw new Error(`ticket refused: ${answer.status}`);
  return new URLSearchParams({ [WS_PARAM.ticket]: answer.ticket }).toString();
}

/** `ticket=...` that is well formed and not yet expired but signed by no one: the door must look the session up. */
export function unsignedTicketQuery(participantId = 'nobody'): string {
  const expiresAt = (Date.now() + 60_000).toString(36);
  return `${WS_PARAM.ticket}=t1.${expiresAt}.p.${participantId}.AAAAAAAA`;
}

export type ConnectedClient = { doc: Y.Doc; provider: WebsocketProvider; destroy(): void };

/**
 * An official y-websocket client, exactly as an app would make one, minus the browser: each
 * connection attempt fetches a fresh ticket for `credentials` (client/session/tickets.ts).
 */
export function connectClient(
  server: Pick<TestServer, 'wsUrl'>,
  code: string,
  kind: RoomKind,
  credentials: Record<string, string>,
  doc = new Y.Doc(),
): ConnectedClient {
  const provider = new WebsocketProvider(server.wsUrl, roomName(code, kind), doc, {
    connect: false,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const tickets = connectWithTickets(provider, () => fetchTicket(server, code, credentials));
  tickets.connect();
  return {
    doc,
    provider,
    destroy: () => {
      tickets.stop();
      provider.destroy();
      doc.destroy();
    },
  };
}

export function whenSynced(client: ConnectedClient, timeoutMs = 30_000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return waitUntil(() => client.provider.synced, 'provider synced', timeoutMs);
}

/** Polls a condition (a Yjs map, an HTTP status) until it holds. */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The relay's open websockets, as /healthz counts them. */
export async function openConnections(server: Pick<TestServer, 'url'>): Promise<number> {
  const body = (await api(server, 'GET', '/healthz')).body;
  const count: unknown =
    typeof body === 'object' && body !== null ? Reflect.get(body, 'connections') : undefined;
  if (typeof count !== 'number')
    throw new Error(`/healthz has no connection count: ${JSON.stringify(body)}`);
  return count;
}

/**
 * Waits until the relay counts exactly `count` open websockets and returns it. A socket the
 * client saw close may still be open on the server for a moment: tests that count start here.
 */
export async function waitForConnections(
  server: Pick<TestServer, 'url'>,
  count: number,
  timeoutMs = 15_000,
): Promise<number> {
  let last = -1;
  try {
    await waitUntil(
      async () => (last = await openConnections(server)) === count,
      'connections',
      timeoutMs,
    );
  } catch {
    throw new Error(
      `the relay still counts ${last} connections, not ${count}, after ${timeoutMs} ms`,
    );
  }
  return last;
}

export type RawSocket = {
  socket: WebSocket;
  messages: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
};

/** A bare websocket for frames the official client would never send (credentials as above). */
export async function openRawSocket(
  server: Pick<TestServer, 'wsUrl'>,
  room: string,
  credentials: Record<string, string>,
): Promise<RawSocket> {
  const code = parseRoomName(room)?.code ?? room;
  const query = await ticketQuery(server, code, credentials);
  const socket = new WebSocket(`${server.wsUrl}/${room}?${query}`);
  const messages: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, messages, closed };
}

/**
 * Counts the server's heartbeats as one client sees them (the relay pings every open socket once
 * per beat): "within two heartbeats" is then measured on the server's own clock, which a busy
 * machine slows down together with everything else, instead of in milliseconds.
 */
export function heartbeatsSeenBy(socket: WebSocket): {
  readonly count: number;
  reach(n: number): Promise<void>;
} {
  let count = 0;
  const waiters: { n: number; resolve: () => void }[] = [];
  socket.on('ping', () => {
    count += 1;
    for (const waiter of waiters.filter((candidate) => candidate.n <= count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  return {
    get count() {
      return count;
    },
    reach: (n) =>
      n <= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve })),
  };
}

/** Status and body of a refused websocket upgrade (from `localAddress`, a 127.x.y.z, if given). */
export function upgradeRefusal(
  server: Pick<TestServer, 'wsUrl'>,
  path: string,
  localAddress?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(
      `${server.wsUrl}${path}`,
      localAddress === undefined ? {} : { localAddress },
    );
    socket.on('unexpected-response', (_request, response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.on('open', () => reject(new Error(`upgrade to ${path} was accepted`)));
    socket.on('error', reject);
  });
}

/** The Y.Map a participant owns below a BOARD root (created by the server at join). */
export function namespaceMap(doc: Y.Doc, root: string, participantId: string): Y.Map<unknown> {
  const found = doc.getMap<unknown>(root).get(participantId);
  if (!(found instanceof Y.Map))
    throw new Error(`no namespace ${root}/${participantId} in this document yet`);
  return found;
}

/** What `root/participantId/key` holds in a document right now (undefined while not synced yet). */
export function entryIn(doc: Y.Doc, root: string, participantId: string, key: string): unknown {
  const found = doc.getMap<unknown>(root).get(participantId);
  return found instanceof Y.Map ? found.get(key) : undefined;
}
