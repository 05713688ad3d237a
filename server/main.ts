/**
 * `npm start`: read the configuration, build the client when stale, listen, print the URLs to
 * open, and shut down gracefully on SIGTERM/SIGINT (stop accepting, flush storage, close sockets
 * with CLOSE_CODE.goingAway).
 */
import path from 'node:path';
import { createCollectiefServer } from './app';
import { ensureClientBuilt } from './client-build';
import { isConfigError, loadConfig, type ServerConfig } from './config';
import { createLogger, describeError, type Logger } from './log';
import { isReachableByOthers, listeningHosts, publicOrigin } from './public-url';
import { FileSessionStore } from './storage/file-store';

function printUrls(config: ServerConfig, port: number, log: Logger): void {
  log.info('listening', { port, host: config.host, dataDir: config.dataDir });
  for (const host of listeningHosts(config)) log.info('open', { url: `http://${host}:${port}/` });
  const origin = publicOrigin(config, port);
  log.info('public-url', { url: origin });
  if (!isReachableByOthers(origin))
    log.warn('public-url-unreachable', {
      url: origin,
      reason: 'no LAN address and no PUBLIC_URL: other devices cannot open the join link',
    });
}

/** A bug must not take every workshop down with it: report loudly and keep serving. */
function guardProcess(log: Logger): void {
  process.on('unhandledRejection', (reason) =>
    log.error('unhandled-rejection', { error: describeError(reason) }),
  );
  process.on('uncaughtException', (error) =>
    log.error('uncaught-exception', { error: describeError(error), stack: error.stack }),
  );
}

async function main(): Promise<void> {
  let config: ServerConfig;
  try {
    config = loadConfig(process.env, path.resolve(import.meta.dirname, '..'));
  } catch (error) {
    if (!isConfigError(error)) throw error;
    process.stderr.write(`configuration error: ${error.message}\n`);
    process.exit(1);
  }
  const log = createLogger(config.logFormat, config.logLevel);
  guardProcess(log);
  await ensureClientBuilt(config, log);
  const app = createCollectiefServer(config, log, (parts) =>
    FileSessionStore.fromConfig(config, parts),
  );
  const port = await app.listen();
  printUrls(config, port, log);
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info('shutting-down', { signal });
    app.shutdown().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error('shutdown-failed', { error: describeError(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`failed to start: ${describeError(error)}\n`);
  process.exit(1);
});
