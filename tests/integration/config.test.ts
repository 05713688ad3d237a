/**
 * The server's configuration: documented defaults, a clear refusal of bad values, and the public
 * address it tells the client (GET /api/config) with whether other devices can reach it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isConfigError, loadConfig } from '../../server/config';
import { isReachableByOthers } from '../../server/public-url';
import { API_ROUTES } from '../../shared/core/protocol';
import { api } from '../helpers/server-clients';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';

describe('server configuration', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({}, '/srv/collectief');
    expect(config).toMatchObject({
      port: 8787,
      host: '0.0.0.0',
      dataDir: '/srv/collectief/data',
      maxMessageBytes: 1024 * 1024,
      fsyncIntervalMs: 20,
      logFormat: 'pretty',
      logLevel: 'info',
      clientBuild: 'auto',
    });
    expect(loadConfig({ NODE_ENV: 'production' }, '/srv').logFormat).toBe('json');
  });

  it('refuses a header timeout longer than the request timeout', () => {
    expect(() =>
      loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000' }, '/srv'),
    ).toThrow(/HTTP_HEADERS_TIMEOUT_MS/);
  });

  it('keeps PUBLIC_URL as a bare origin, and null when unset', () => {
    expect(loadConfig({}, '/srv').publicUrl).toBeNull();
    expect(loadConfig({ PUBLIC_URL: 'https://Workshop.Example.org/' }, '/srv').publicUrl).toBe(
      'https://workshop.example.org',
    );
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['MAX_MESSAGE_BYTES', '-1'],
    ['FSYNC_INTERVAL_MS', '1.5'],
    ['LOG_FORMAT', 'xml'],
    ['PUBLIC_URL', 'workshop.example.org'],
    ['PUBLIC_URL', 'ftp://workshop.example.org'],
    ['PUBLIC_URL', 'https://workshop.example.org/app'],
    ['PUBLIC_URL', 'https://user:pw@workshop.example.org'],
    ['WS_TICKET_TTL_SECONDS', '0'],
    ['HTTP_HEADERS_TIMEOUT_MS', 'soon'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    let thrown: unknown = null;
    try {
      loadConfig({ [name]: value }, '/srv');
    } catch (error) {
      thrown = error;
    }
    expect(isConfigError(thrown)).toBe(true);
    expect(String(thrown)).toContain(name);
  });
});

describe('the public address', () => {
  const PUBLIC_URL = 'https://workshop.example.org';
  let proxied: TestServer | undefined;
  let loopback: TestServer | undefined;

  beforeAll(async () => {
    [proxied, loopback] = await Promise.all([
      startServer({ env: { PUBLIC_URL } }),
      // The test servers listen on 127.0.0.1: the address a laptop without Wi-Fi would hand out.
      startServer(),
    ]);
  });
  afterAll(() => stopAndClean(proxied, loopback));

  function running(server: TestServer | undefined): TestServer {
    if (server === undefined) throw new Error('the server did not start');
    return server;
  }

  it('answers PUBLIC_URL as the address to join at, reachable by other devices', async () => {
    const answer = await api(running(proxied), 'GET', API_ROUTES.config);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ publicUrl: PUBLIC_URL, reachable: true });
  });

  it('says a loopback address is not reachable by other devices', async () => {
    const server = running(loopback);
    const answer = await api(server, 'GET', API_ROUTES.config);
    expect(answer.body).toEqual({ publicUrl: `http://127.0.0.1:${server.port}`, reachable: false });
    await server.logged((line) => line.event === 'public-url-unreachable');
  });

  it.each([
    ['http://localhost:8787', false],
    ['http://app.localhost:8787', false],
    ['http://127.0.0.1:8787', false],
    ['http://127.3.4.5', false],
    ['http://[::1]:8787', false],
    ['http://192.168.1.20:8787', true],
    ['http://[fe80::1]:8787', true],
    ['https://workshop.example.org', true],
    ['http://127.example.org', true],
  ])('judges %s reachable by others: %s', (origin, reachable) => {
    expect(isReachableByOthers(origin)).toBe(reachable);
  });
});
