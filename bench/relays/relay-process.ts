/**
 * One relay under test, running as its own child process so its CPU time and memory are its
 * own: started with the measure hook preloaded, asked for figures over IPC, stopped by pid.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { RelayMeasurement, RelayRequest } from './ipc';
import { BENCH_HOST } from '../config';
import { cpuMillisFromProc } from './proc';

const HOOK_PATH = path.join(import.meta.dirname, 'measure-hook.ts');
/** A busy relay answers late (its event loop is shared with the work): wait long. */
const MEASURE_TIMEOUT_MS = 120_000;

export type RelayOptions = {
  startTimeoutMs: number;
  /** Where `node --cpu-prof` writes the relay's profile; no profiling when absent. */
  cpuProfileDir?: string;
  /** Extra environment for Collectief's server (its documented settings, for experiments). */
  serverEnv?: Record<string, string>;
  /** Another checkout's server/main.ts, to compare two versions of our relay (experiments). */
  collectiefEntry?: string;
};

export type Measurement = Omit<RelayMeasurement, 'type' | 'id'> & { cpuMicros: number };

export class RelayProcess {
  private nextRequestId = 1;
  private readonly pending = new Map<number, (m: RelayMeasurement) => void>();
  private exited = false;
  private readonly stderrTail: string[] = [];

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.on('message', (message: unknown) => {
      const reply = message as RelayMeasurement;
      if (reply?.type !== 'measurement') return;
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
    child.on('exit', () => {
      this.exited = true;
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail.push(chunk.toString());
      if (this.stderrTail.length > 50) this.stderrTail.shift();
    });
    // A relay's stdout (banners, logs) is not ours to print, but must be drained.
    child.stdout?.resume();
  }

  /** Starts `entry` under node with tsx, --expose-gc and the measure hook; resolves once it accepts TCP. */
  static async start(options: {
    entry: string;
    env: Record<string, string>;
    relay: RelayOptions;
    /** Names the CPU profile file when profiling. */
    label: string;
  }): Promise<RelayProcess> {
    const port = await freePort();
    const { cpuProfileDir, startTimeoutMs } = options.relay;
    // One folder per relay process: node writes one profile per thread (tsx's loader runs in
    // its own thread); the main thread's is the large one.
    const profiling = cpuProfileDir
      ? [
          `--cpu-prof`,
          `--cpu-prof-dir=${path.join(cpuProfileDir, `${options.label}-${new Date().toISOString().replace(/[:.]/g, '-')}`)}`,
        ]
      : [];
    const child = fork(options.entry, [], {
      execArgv: ['--expose-gc', '--import', 'tsx', '--import', HOOK_PATH, ...profiling],
      env: {
        ...process.env,
        ...options.env,
        PORT: String(port),
        HOST: BENCH_HOST,
        // A profile is written only on a normal exit: the hook turns SIGTERM into one.
        ...(cpuProfileDir ? { BENCH_EXIT_ON_SIGTERM: '1' } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const relay = new RelayProcess(child, port);
    const logDir = process.env.BENCH_RELAY_LOG_DIR;
    if (logDir) {
      // Debugging aid: keep what the relay printed (its own logs), one file per relay process.
      mkdirSync(logDir, { recursive: true });
      child.stdout?.pipe(createWriteStream(path.join(logDir, `${options.label}-${child.pid}.log`)));
    }
    await relay.waitUntilListening(startTimeoutMs);
    return relay;
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('relay process has no pid');
    return this.child.pid;
  }

  get httpOrigin(): string {
    return `http://${BENCH_HOST}:${this.port}`;
  }

  /** Memory and CPU as the relay process itself reports them; with gc: after two full collections. */
  measure(gc: boolean): Promise<Measurement> {
    const id = this.nextRequestId++;
    const request: RelayRequest = { type: 'measure', id, gc };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`relay ${this.pid} did not answer a measure request`));
      }, MEASURE_TIMEOUT_MS);
      this.pending.set(id, (reply) => {
        clearTimeout(timer);
        const { type: _type, id: _id, ...figures } = reply;
        resolve({ ...figures, cpuMicros: figures.cpuUserMicros + figures.cpuSystemMicros });
      });
      this.child.send(request);
    });
  }

  /**
   * CPU time so far from /proc (10 ms resolution): answers even while the relay's event loop is
   * saturated, when an IPC question would queue behind the backlog.
   */
  cpuMillis(): Promise<number> {
    return cpuMillisFromProc(this.pid);
  }

  recentStderr(): string {
    return this.stderrTail.join('');
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }

  private async waitUntilListening(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`relay exited during start:\n${this.recentStderr()}`);
      if (await canConnect(this.port)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await this.stop();
    throw new Error(
      `relay did not listen on ${this.port} within ${timeoutMs} ms:\n${this.recentStderr()}`,
    );
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: BENCH_HOST, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, BENCH_HOST, () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address !== null) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}
