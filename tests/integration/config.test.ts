/** The server's configuration: documented defaults, and a clear refusal of bad values. */
import { describe, expect, it } from 'vitest';
import { isConfigError, loadConfig } from '../../server/config';

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
