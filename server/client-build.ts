/**
 * `npm start` serves the built client: build it first when dist/client is missing or older than
 * any client source. Vite runs in a child process so the relay's own memory stays free of the
 * bundler. A failed build is reported and the server starts anyway (old build or placeholder).
 */
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ServerConfig } from './config';
import { describeError, type Logger } from './log';

const SOURCE_ENTRIES = [
  'client',
  'shared',
  'public',
  'index.html',
  'vite.config.ts',
  'package.json',
];

async function modifiedAt(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mtimeMs;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

async function newestBelow(entry: string): Promise<number> {
  const info = await stat(entry).catch((error: unknown) => {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  });
  if (info === null) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const child of await readdir(entry)) {
    if (child === 'node_modules' || child.startsWith('.')) continue;
    newest = Math.max(newest, await newestBelow(path.join(entry, child)));
  }
  return newest;
}

function runViteBuild(rootDir: string): Promise<number> {
  const vite = path.join(rootDir, 'node_modules', 'vite', 'bin', 'vite.js');
  // The build's chatter goes to stderr so stdout keeps one structured line per event.
  const child = spawn(process.execPath, [vite, 'build'], { cwd: rootDir, stdio: ['ignore', 2, 2] });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

export function clientDistDir(config: ServerConfig): string {
  return path.join(config.rootDir, 'dist', 'client');
}

export async function ensureClientBuilt(config: ServerConfig, log: Logger): Promise<void> {
  if (config.clientBuild === 'skip') return;
  const { rootDir } = config;
  if (
    (await modifiedAt(path.join(rootDir, 'client'))) === null ||
    (await modifiedAt(path.join(rootDir, 'index.html'))) === null
  ) {
    log.warn('client-missing', { note: 'no client sources yet; serving a placeholder page' });
    return;
  }
  const builtAt = await modifiedAt(path.join(clientDistDir(config), 'index.html'));
  const sourcesAt = Math.max(
    ...(await Promise.all(SOURCE_ENTRIES.map((entry) => newestBelow(path.join(rootDir, entry))))),
  );
  if (builtAt !== null && builtAt >= sourcesAt) return;
  log.info('client-build-started', {
    reason: builtAt === null ? 'no build yet' : 'sources changed',
  });
  try {
    const exitCode = await runViteBuild(rootDir);
    if (exitCode === 0) log.info('client-build-finished');
    else
      log.error('client-build-failed', {
        exitCode,
        note: 'serving the previous build or a placeholder',
      });
  } catch (error) {
    log.error('client-build-failed', { error: describeError(error) });
  }
}
