/**
 * Assembles one Collectief server: HTTP resources, the websocket relay and storage on one port.
 * main.ts runs it as a process; tests and the benchmark can also build one in-process.
 */
import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { CLOSE_CODE } from '../shared/protocol';
import { clientDistDir } from './client-build';
import type { ServerConfig } from './config';
import { createLimiters, type HttpDeps } from './http/deps';
import { healthRoutes } from './http/health';
import { participantRoutes } from './http/participants';
import { createRequestHandler } from './http/router';
import { sessionRoutes } from './http/sessions';
import { staticHandler } from './http/static';
import { voteRoutes } from './http/votes';
import { exportRoutes } from './http/exports';
import { describeError, type Logger } from './log';
import { EventLoopDelay } from './event-loop';
import { createCounters } from './metrics';
import { startHeartbeat } from './relay/heartbeat';
import { UpgradeHandler } from './relay/upgrade';
import { SessionRegistry } from './sessions/registry';
import { StorageHealth } from './storage/health';
import { startRetentionSweeps, sweepExpiredSessions } from './storage/retention';
import { sessionsRoot } from './storage/session-files';

export type CollectiefServer = {
  server: http.Server;
  listen(): Promise<number>;
  shutdown(): Promise<void>;
};

const SHUTDOWN_CLOSE_WAIT_MS = 1000;

function createWebSocketServer(config: ServerConfig): WebSocketServer {
  return new WebSocketServer({
    noServer: true,
    maxPayload: config.maxMessageBytes,
    // Compression costs CPU and ~64 KiB of zlib state per socket; Yjs updates are small and binary.
    perMessageDeflate: false,
    clientTracking: false,
  });
}

/** HTTP resources in one server; the websocket upgrade goes to the relay's door. */
function createHttpServer(deps: HttpDeps, upgrade: UpgradeHandler): http.Server {
  const routes = [
    ...healthRoutes(deps),
    ...sessionRoutes(deps),
    ...participantRoutes(deps),
    ...voteRoutes(deps),
    ...exportRoutes(deps),
  ];
  const fallback = staticHandler(clientDistDir(deps.config));
  const server = http.createServer(createRequestHandler(routes, fallback, deps.log));
  server.on('upgrade', (request, socket, head) => upgrade.handle(request, socket, head));
  server.on('clientError', (error, socket) => {
    deps.log.debug('http-client-error', { error: describeError(error) });
    socket.destroy();
  });
  return server;
}

export function createCollectiefServer(config: ServerConfig, log: Logger): CollectiefServer {
  const counters = createCounters();
  const health = new StorageHealth(log);
  const registry = new SessionRegistry({ config, log, counters, health });
  const limiters = createLimiters(config);
  const wss = createWebSocketServer(config);
  const { codeGuessLimiter } = limiters;
  const upgrade = new UpgradeHandler({ config, log, counters, registry, wss, codeGuessLimiter });
  const connectionCount = (): number => upgrade.connectionCount;
  const eventLoopDelay = new EventLoopDelay();
  const deps: HttpDeps = {
    config,
    log,
    counters,
    registry,
    health,
    connectionCount,
    eventLoopDelay,
    ...limiters,
  };
  const server = createHttpServer(deps, upgrade);
  const stopHeartbeat = startHeartbeat(registry, config.heartbeatMs);
  let stopSweeps = (): void => {};

  async function listen(): Promise<number> {
    try {
      await mkdir(sessionsRoot(config.dataDir), { recursive: true });
    } catch (error) {
      health.fail(config.dataDir, describeError(error));
    }
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const address = server.address();
    const isLoaded = (code: string): boolean =>
      [...registry.loaded].some((session) => session.code === code);
    stopSweeps = startRetentionSweeps(
      () => sweepExpiredSessions(config.dataDir, config.retentionDays, isLoaded, log),
      log,
    );
    return typeof address === 'object' && address !== null ? address.port : config.port;
  }

  async function shutdown(): Promise<void> {
    stopHeartbeat();
    stopSweeps();
    eventLoopDelay.stop();
    server.close();
    for (const session of registry.loaded) {
      for (const room of session.rooms) room.closeAll(CLOSE_CODE.goingAway, 'server shutting down');
    }
    await registry.shutdown();
    await waitFor(() => upgrade.connectionCount === 0, SHUTDOWN_CLOSE_WAIT_MS);
    server.closeAllConnections();
  }

  return { server, listen, shutdown };
}

/** Polls a condition: used once, at shutdown, to let close frames reach clients before exit. */
async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
}
