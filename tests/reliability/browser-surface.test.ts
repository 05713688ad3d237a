/**
 * The browser-facing surface of a real server process: security headers on every answer,
 * websocket tickets instead of secrets in URLs, cross-origin requests refused, and links built
 * from configuration rather than from the Host header.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { roomName } from '../../shared/core/protocol';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  fetchTicket,
  joinSession,
  participantParams,
  ticketQuery,
  upgradeRefusal,
  whenSynced,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';

const TICKET_TTL_SECONDS = 2;
const PUBLIC_URL = 'https://workshop.example.org';
let server: TestServer;
let session: CreatedSession;
let alice: Participant;

beforeAll(async () => {
  server = await startServer({
    env: { WS_TICKET_TTL_SECONDS: String(TICKET_TTL_SECONDS), PUBLIC_URL },
  });
  session = await createSession(server);
  alice = await joinSession(server, session.code, 'Alice');
});

afterAll(async () => {
  await stopAndClean(server);
});

/** A raw HTTP request with headers fetch() would not let us forge (Host, Origin). */
function rawRequest(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: server.port, method, path, headers, agent: false },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

describe('headers', () => {
  it.each([
    ['a page', 'GET', '/'],
    ['a SPA route', 'GET', '/present/ABCDEFGH'],
    ['an API answer', 'GET', '/healthz'],
    ['a 404', 'GET', '/nowhere.js'],
    ['a refusal', 'POST', '/api/sessions'],
  ])('puts CSP, frame, referrer and sniffing headers on %s', async (_name, method, path) => {
    const response =
      method === 'GET'
        ? await rawRequest(method, path, {})
        : await rawRequest(method, path, { 'Content-Type': 'text/plain' }, 'x');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${server.port}`);
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('websocket tickets', () => {
  it('hands out a short-lived ticket to the facilitator and to a participant, and nobody else', async () => {
    const before = Date.now();
    const answer = await api(server, 'POST', `/api/sessions/${session.code}/tickets`, {
      headers: { Authorization: `Bearer ${session.facilitatorKey}` },
    });
    expect(answer.status).toBe(201);
    const expiresAt = Number(Reflect.get(Object(answer.body), 'expiresAt'));
    expect(expiresAt).toBeGreaterThanOrEqual(before + TICKET_TTL_SECONDS * 1000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + TICKET_TTL_SECONDS * 1000);
    expect((await fetchTicket(server, session.code, participantParams(alice))).ok).toBe(true);
    const wrong = await fetchTicket(server, session.code, { key: 'wrong' });
    expect(wrong).toEqual({ ok: false, retry: false, status: 403 });
  });

  it('refuses keys and tokens in the websocket URL with 400 and a pointer to tickets', async () => {
    const room = roomName(session.code, 'board');
    const refusal = await upgradeRefusal(server, `/${room}?key=${session.facilitatorKey}`);
    expect(refusal.status).toBe(400);
    expect(refusal.body).toContain('/tickets');
    const logged = JSON.stringify(server.logs);
    expect(logged).not.toContain(session.facilitatorKey);
  });

  it('refuses a stale ticket with 401 before loading anything', async () => {
    const query = await ticketQuery(server, session.code, facilitatorParams(session));
    const expiresAt = parseInt(query.split('.')[1] ?? '0', 36);
    while (Date.now() <= expiresAt) await new Promise((resolve) => setTimeout(resolve, 100));
    const refusal = await upgradeRefusal(server, `/${roomName(session.code, 'board')}?${query}`);
    expect(refusal.status).toBe(401);
    expect(refusal.body).toContain('expired');
  });

  it('reconnects with a fresh ticket after the first one expired (server restart)', async () => {
    const client = connectClient(server, session.code, 'board', participantParams(alice));
    await whenSynced(client);
    const firstTicket = client.provider.params.ticket;
    const expiresAt = parseInt(String(firstTicket).split('.')[1] ?? '0', 36);
    while (Date.now() <= expiresAt) await new Promise((resolve) => setTimeout(resolve, 100));
    await server.restart();
    await whenSynced(client, 20_000);
    expect(client.provider.wsconnected).toBe(true);
    expect(client.provider.params.ticket).not.toBe(firstTicket);
    client.destroy();
  });
});

describe('cross-origin requests', () => {
  const json = { 'Content-Type': 'application/json' };

  it('refuses to create sessions or join from another origin or as text/plain', async () => {
    const evil = { Origin: 'http://evil.example', ...json };
    expect((await rawRequest('POST', '/api/sessions', evil, '{}')).status).toBe(403);
    const plain = { 'Content-Type': 'text/plain' };
    expect((await rawRequest('POST', '/api/sessions', plain, '{}')).status).toBe(415);
    const join = `/api/sessions/${session.code}/participants`;
    expect((await rawRequest('POST', join, evil, '{"name":"X"}')).status).toBe(403);
    expect((await rawRequest('POST', join, plain, '{"name":"X"}')).status).toBe(415);
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    expect((await rawRequest('POST', join, form, 'name=X')).status).toBe(415);
    expect(
      (await rawRequest('POST', '/api/sessions', { Origin: 'null', ...json }, '{}')).status,
    ).toBe(403);
    const deleteFromEvil = await rawRequest('DELETE', `/api/sessions/${session.code}`, {
      Origin: 'http://evil.example',
      Authorization: `Bearer ${session.facilitatorKey}`,
    });
    expect(deleteFromEvil.status).toBe(403);
    expect((await api(server, 'GET', `/api/sessions/${session.code}`)).status).toBe(200);
  });

  it('accepts its own origin: the Host it was reached at, or PUBLIC_URL', async () => {
    const own = { Origin: `http://127.0.0.1:${server.port}`, ...json };
    expect((await rawRequest('POST', '/api/sessions', own, '{}')).status).toBe(201);
    const proxied = { Origin: PUBLIC_URL, ...json };
    expect((await rawRequest('POST', '/api/sessions', proxied, '{}')).status).toBe(201);
  });

  it('refuses a websocket handshake from another origin', async () => {
    const query = await ticketQuery(server, session.code, participantParams(alice));
    const url = `${server.wsUrl}/${roomName(session.code, 'board')}?${query}`;
    const status = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(url, { origin: 'http://evil.example' });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => reject(new Error('accepted')));
      socket.on('error', () => undefined);
    });
    expect(status).toBe(403);
    const accepted = new WebSocket(url, { origin: `http://127.0.0.1:${server.port}` });
    await new Promise<void>((resolve, reject) => {
      accepted.once('open', () => resolve());
      accepted.once('error', reject);
    });
    accepted.close();
  });
});

describe('links', () => {
  it('builds joinUrl and presentUrl from PUBLIC_URL, never from the Host header', async () => {
    const created = await rawRequest(
      'POST',
      '/api/sessions',
      {
        Host: 'evil.example',
        'X-Forwarded-Proto': 'https',
        ...{ 'Content-Type': 'application/json' },
      },
      '{}',
    );
    expect(created.status).toBe(201);
    const body: unknown = JSON.parse(created.text);
    const code = String(Reflect.get(Object(body), 'code'));
    expect(Reflect.get(Object(body), 'joinUrl')).toBe(`${PUBLIC_URL}/join/${code}`);
    expect(String(Reflect.get(Object(body), 'presentUrl'))).toMatch(
      new RegExp(`^${PUBLIC_URL}/present/${code}#key=`),
    );
    expect((await api(server, 'GET', '/api/config')).body).toEqual({
      publicUrl: PUBLIC_URL,
      reachable: true,
    });
  });

  it('uses the listening address without PUBLIC_URL', async () => {
    const plain = await startServer();
    try {
      const created = await createSession(plain);
      expect(created.joinUrl).toBe(`http://127.0.0.1:${plain.port}/join/${created.code}`);
    } finally {
      await plain.stop();
      await plain.cleanup();
    }
  });
});
