/**
 * Starts the real Collectief server as a child process (`node --import tsx server/main.ts`) on a
 * free port with a temporary DATA_DIR, and reads its JSON log lines. Reused by the integration
 * tests, the reliability tests and the benchmark.
 *
 *   const server = await startServer();          // fresh temp DATA_DIR, free port
 *   await server.restart();                      // graceful stop (SIGTERM) + start, same port + data
 *   await server.kill9(); await server.start();  // crash + start, same port + data
 *   await server.stop(); await server.cleanup(); // stop, then remove the temp DATA_DIR
 */
import { WS_PATH } from '../../shared/core/protocol';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

export type LogLine = { time: string; level: string; event: string; [field: string]: unknown };

export type StartOptions = {
  /** Extra environment (e.g. ROOM_IDLE_MS, COMPACT_AFTER_RECORDS); merged over the test defaults. */
  env?: Record<string, string>;
  /** Reuse a data directory; default a fresh temporary one. */
  dataDir?: string;
  port?: number;
  /** Start node with --expose-gc (the server then collects garbage after unloading a session). */
  exposeGc?: boolean;
  startTimeoutMs?: number;
  /**
   * Run the server as this user id through `setpriv` (the test process must be root): root ignores
   * file permissions, so only an unprivileged server meets a read-only data directory.
   */
  runAsUid?: number;
};

export type TestServer = {
  readonly port: number;
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** ws://127.0.0.1:PORT/ws: the serverUrl for `new WebsocketProvider(wsUrl, room, doc, { params })`. */
  readonly wsUrl: string;
  readonly dataDir: string;
  /** Every JSON log line of every run of this server, in order. */
  readonly logs: LogLine[];
  /** The running child process (changes on restart). */
  readonly process: ChildProcess;
  /** Starts again after stop()/kill9(), same port and data. */
  start(): Promise<void>;
  /** Sends a signal (default SIGTERM) and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** SIGKILL: no flush, no goodbye. */
  kill9(): Promise<void>;
  restart(): Promise<void>;
  /** Resolves with the first log line from now on that matches. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /**
   * Resolves with the first matching line, logged already or still to come. A server answers a
   * request before its log line has come through the pipe to the test, so "the server logged X"
   * is waited for, not read at one instant; rejects when it never comes.
   */
  logged(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Removes the temporary DATA_DIR (only when the helper created it). */
  cleanup(): Promise<void>;
};

/**
 * Every server child still running. A test file whose hooks never ran to the end (a failed
 * beforeAll, a test that started its own server and threw, a hook timeout) must not leave
 * servers burning the machine's cores: killLeftoverServers() runs after each file's own hooks
 * (tests/helpers/leftover-servers.ts), and the test process kills the rest when it exits.
 */
const liveServers = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of liveServers) child.kill('SIGKILL');
});

/** SIGKILLs every server this test process started and did not stop; resolves once they are gone. */
export async function killLeftoverServers(): Promise<void> {
  await Promise.all(
    [...liveServers].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}

/** How long a graceful stop may take before stopAndClean() kills the server. */
const STOP_GRACE_MS = 20_000;

/**
 * For afterAll: stops every server that was started (SIGTERM, then SIGKILL when it hangs) and
 * removes their temporary data, even when one of them fails to stop; rejects afterwards if any did.
 */
export async function stopAndClean(...servers: (TestServer | undefined)[]): Promise<void> {
  const started = servers.filter((server): server is TestServer => server !== undefined);
  const results = await Promise.allSettled(
    started.map(async (server) => {
      const graceful = server.stop();
      const timer = setTimeout(() => server.process.kill('SIGKILL'), STOP_GRACE_MS);
      try {
        await graceful;
      } finally {
        clearTimeout(timer);
        await server.cleanup();
      }
    }),
  );
  const failure = results.find((result) => result.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const TEST_ENV: Record<string, string> = {
  HOST: '127.0.0.1',
  LOG_FORMAT: 'json',
  CLIENT_BUILD: 'skip',
  NODE_ENV: 'test',
  RATE_LIMIT_SESSIONS_PER_MINUTE: '100000',
  RATE_LIMIT_JOINS_PER_MINUTE: '100000',
  MAX_CONNECTIONS_PER_IP: '100000',
  // Every test client comes from 127.0.0.1: per-address budgets would only measure the suite.
  MAX_HTTP_CONNECTIONS_PER_IP: '100000',
  RATE_LIMIT_UNKNOWN_CODES_PER_MINUTE: '100000',
  UPLOAD_BYTES_PER_ADDRESS_PER_DAY: String(64 * 1024 * 1024 * 1024),
  UPLOAD_BYTES_PER_DAY: String(64 * 1024 * 1024 * 1024),
};

function parseLine(text: string): LogLine | null {
  try {
    const value: unknown = JSON.parse(text);
    if (
      typeof value === 'object' &&
      value !== null &&
      'event' in value &&
      typeof value.event === 'string'
    ) {
      return value as LogLine;
    }
    return null;
  } catch {
    return null;
  }
}

function launchCommand(nodeArgs: string[], runAsUid: number | undefined): [string, string[]] {
  if (runAsUid === undefined) return [process.execPath, nodeArgs];
  const id = String(runAsUid);
  // setpriv execs node in place, so the child's pid and signals are node's own.
  return [
    'setpriv',
    ['--reuid', id, '--regid', id, '--clear-groups', '--', process.execPath, ...nodeArgs],
  ];
}

export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'collectief-test-')));
  const port = options.port ?? (await freePort());
  const logs: LogLine[] = [];
  const waiters = new Set<{
    match: (line: LogLine) => boolean;
    resolve: (line: LogLine) => void;
  }>();
  let child: ChildProcess | null = null;

  const onLine = (text: string): void => {
    const line = parseLine(text);
    if (line === null) return;
    logs.push(line);
    for (const waiter of waiters) {
      if (waiter.match(line)) {
        waiters.delete(waiter);
        waiter.resolve(line);
      }
    }
  };

  function waitForLog(match: (line: LogLine) => boolean, timeoutMs = 15_000): Promise<LogLine> {
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve: (line: LogLine) => (clearTimeout(timer), resolve(line)) };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error('timed out waiting for a server log line'));
      }, timeoutMs);
      waiters.add(waiter);
    });
  }

  async function start(): Promise<void> {
    const nodeArgs = [
      ...(options.exposeGc === true ? ['--expose-gc'] : []),
      '--import',
      'tsx',
      'server/main.ts',
    ];
    const env = {
      ...process.env,
      ...TEST_ENV,
      // An unprivileged user cannot use root's home (tsx keeps a cache there).
      ...(options.runAsUid === undefined ? {} : { HOME: os.tmpdir() }),
      ...options.env,
      PORT: String(port),
      DATA_DIR: dataDir,
    };
    const [command, args] = launchCommand(nodeArgs, options.runAsUid);
    const spawned = spawn(command, args, {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = spawned;
    liveServers.add(spawned);
    spawned.once('exit', () => liveServers.delete(spawned));
    let buffered = '';
    spawned.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    });
    let stderr = '';
    spawned.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const listening = waitForLog(
      (line) => line.event === 'listening',
      options.startTimeoutMs ?? 90_000,
    );
    const exited = new Promise<never>((_, reject) => {
      spawned.once('exit', (code) => reject(new Error(`server exited early (${code}): ${stderr}`)));
    });
    try {
      await Promise.race([listening, exited]);
    } catch (error) {
      // A test whose start failed never gets a server to stop: do not leave it running.
      spawned.kill('SIGKILL');
      throw error;
    }
  }

  function current(): ChildProcess {
    if (child === null) throw new Error('server not started');
    return child;
  }

  async function stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const running = current();
    if (running.exitCode !== null || running.signalCode !== null) return running.exitCode;
    const exited = new Promise<number | null>((resolve) =>
      running.once('exit', (code) => resolve(code)),
    );
    running.kill(signal);
    return exited;
  }

  await start();
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}${WS_PATH}`,
    dataDir,
    logs,
    get process() {
      return current();
    },
    start,
    stop,
    kill9: async () => {
      await stop('SIGKILL');
    },
    restart: async () => {
      await stop('SIGTERM');
      await start();
    },
    waitForLog,
    logged: (match, timeoutMs) => {
      const already = logs.find(match);
      return already === undefined ? waitForLog(match, timeoutMs) : Promise.resolve(already);
    },
    cleanup: async () => {
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
