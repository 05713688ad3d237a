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

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['MAX_MESSAGE_BYTES', '-1'],
    ['FSYNC_INTERVAL_MS', '1.5'],
    ['LOG_FORMAT', 'xml'],
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
