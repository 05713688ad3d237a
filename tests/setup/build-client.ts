/**
 * Vitest global setup: build the client once, before any test file starts a server, so the
 * browser tests never race each other into `vite build` and never test a stale bundle.
 */
import path from 'node:path';
import { ensureClientBuilt } from '../../server/client-build';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/log';

export default async function setup(): Promise<void> {
  const rootDir = path.resolve(import.meta.dirname, '..', '..');
  const config = loadConfig({ ...process.env, CLIENT_BUILD: 'auto' }, rootDir);
  await ensureClientBuilt(config, createLogger('pretty'));
}
