/**
 * Assembles one Collectief server: HTTP resources, the websocket relay and storage on one port.
 * main.ts runs it as a process; tests and the benchmark can also build one in-process.
 */
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { CLOSE_CODE } from '../shared/core/protocol';
import { clientDistDir } from './client-build';
import type { ServerConfig } from './config';
import { createLimiters, type HttpDeps } from './http/deps';
import { healthRoutes } from './http/health';
import { participantRoutes } from './http/participants';
import { participantRemovalRoutes } from './http/participant-removal';
import { createRequestHandler } from './http/router';
import { sessionRoutes } from './http/sessions';
import { staticHandler } from './http/static';
import { voteRoutes } from './http/votes';
import { exportRoutes } from './http/exports';
import { limitConnectionsPerAddress } from './http/connections';
import { configRoutes } from './http/public-config';
import { ticketRoutes } from './http/tickets';
import { describeError, type Logger } from './log';
import { EventLoopDelay } from './event-loop';
import { createCounters } from './metrics';
import { publicOrigin } from './public-url';
import { startHeartbeat } from './relay/heartbeat';
import { UpgradeHandler } from './relay/upgrade';
import { SessionRegistry } from './sessions/registry';
import { StorageHealth } from './storage/health';
import { startRetentionSweeps, sweepExpiredSessions } from './storage/retention';
import type { SessionStore, StoreParts } from './storage/store';

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

/** How often Node looks for requests past their header/request timeout (its default is 30 s). */
const TIMEOUT_CHECK_INTERVAL_MS = 500;

/** HTTP resources in one server; the websocket upgrade goes to the relay's door. */
function createHttpServer(deps: HttpDeps, upgrade: UpgradeHandler): http.Server {
  const routes = [
    ...healthRoutes(deps),
    ...configRoutes(deps),
    ...sessionRoutes(deps),
    ...participantRoutes(deps),
    ...ticketRoutes(deps),
    ...participantRemovalRoutes(deps),
    ...voteRoutes(deps),
    ...exportRoutes(deps),
  ];
  const fallback = staticHandler(clientDistDir(deps.config));
  const { config } = deps;
  // Slow clients (slowloris): the headers and the whole request must arrive in time, idle
  // keep-alive connections close, and one address holds a bounded number of connections.
  const server = http.createServer(
    {
      headersTimeout: config.headersTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
      keepAliveTimeout: config.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(TIMEOUT_CHECK_INTERVAL_MS, config.headersTimeoutMs),
    },
    createRequestHandler(routes, fallback, deps.log, deps.publicOrigin),
  );
  const connections = limitConnectionsPerAddress(server, config.maxHttpConnectionsPerIp, deps.log);
  server.on('upgrade', (request, socket, head) => {
    // From here the socket is a websocket, counted by the relay's own per-address limit.
    connections.release(socket);
    upgrade.handle(request, socket, head);
  });
  server.on('clientError', (error, socket) => {
    deps.log.debug('http-client-error', { error: describeError(error) });
    socket.destroy();
  });
  return server;
}

export function createCollectiefServer(
  config: ServerConfig,
  log: Logger,
  /** main.ts picks the store (storage/store.ts); it reports to the server's log, counters, health. */
  openStore: (parts: StoreParts) => SessionStore,
): CollectiefServer {
  const counters = createCounters();
  const health = new StorageHealth(log);
  const store = openStore({ log, counters, health });
  const registry = new SessionRegistry({ config, log, counters, store });
  const limiters = createLimiters(config, log);
  const wss = createWebSocketServer(config);
  const { codeGuessLimiter } = limiters;
  // The port is known once listening (PORT=0 picks one): until then the configured one.
  let origin = publicOrigin(config, config.port);
  const currentOrigin = (): string => origin;
  const upgrade = new UpgradeHandler({
    config,
    log,
    counters,
    registry,
    wss,
    codeGuessLimiter,
    publicOrigin: currentOrigin,
  });
  const connectionCount = (): number => upgrade.connectionCount;
  const eventLoopDelay = new EventLoopDelay();
  const deps: HttpDeps = {
    config,
    log,
    counters,
    registry,
    health,
    connectionCount,
    publicOrigin: currentOrigin,
    eventLoopDelay,
    ...limiters,
  };
  const server = createHttpServer(deps, upgrade);
  const stopHeartbeat = startHeartbeat(registry, config.heartbeatMs);
  let stopSweeps = (): void => {};

  async function listen(): Promise<number> {
    try {
      await store.prepare();
    } catch (error) {
      health.fail(config.dataDir, describeError(error));
    }
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const address = server.address();
    if (typeof address === 'object' && address !== null)
      origin = publicOrigin(config, address.port);
    const isLoaded = (code: string): boolean =>
      [...registry.loaded].some((session) => session.code === code);
    stopSweeps = startRetentionSweeps(
      () => sweepExpiredSessions(store, config.retentionDays, isLoaded, log),
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
