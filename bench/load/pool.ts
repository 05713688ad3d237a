/**
 * The coordinator's side of the client workers: forks them, deals clients round-robin over
 * them, sends commands and awaits their replies. Workers are separate processes (not threads)
 * so each has its own event loop and heap, as separate laptops would.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { WorkerCommand, WorkerReply } from './protocol';

const WORKER_PATH = path.join(import.meta.dirname, 'worker.ts');

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type CommandBody = DistributiveOmit<WorkerCommand, 'id'>;

export class ClientPool {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }
  >();

  private constructor(private readonly workers: ChildProcess[]) {
    for (const worker of workers) {
      worker.on('message', (message: unknown) => {
        const reply = message as WorkerReply;
        const waiter = this.pending.get(reply.id);
        if (!waiter) return;
        this.pending.delete(reply.id);
        if (reply.type === 'failed') waiter.reject(new Error(reply.error));
        else waiter.resolve(reply);
      });
      worker.on('exit', (code) => {
        for (const waiter of this.pending.values())
          waiter.reject(new Error(`client worker exited (${code})`));
        this.pending.clear();
      });
    }
  }

  static start(count: number): ClientPool {
    const workers = Array.from({ length: count }, () =>
      fork(WORKER_PATH, [], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        // Structured clone, not JSON: NaN and Infinity survive, and large latency arrays are cheaper.
        serialization: 'advanced',
      }),
    );
    return new ClientPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Which worker hosts client `clientId` (round-robin). */
  workerOf(clientId: number): number {
    return clientId % this.workers.length;
  }

  request<T extends WorkerReply['type']>(
    workerIndex: number,
    body: CommandBody,
    expect: T,
  ): Promise<Extract<WorkerReply, { type: T }>> {
    const worker = this.workers[workerIndex];
    if (!worker) throw new Error(`no worker ${workerIndex}`);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        resolve: (reply) => {
          if (reply.type === expect) resolve(reply as Extract<WorkerReply, { type: T }>);
          else reject(new Error(`expected ${expect}, got ${reply.type}`));
        },
        reject,
      });
      worker.send({ ...body, id } as WorkerCommand);
    });
  }

  /** Sends a command to every worker; `bodyFor` may tailor it per worker. */
  all<T extends WorkerReply['type']>(
    bodyFor: (workerIndex: number) => CommandBody,
    expect: T,
  ): Promise<Array<Extract<WorkerReply, { type: T }>>> {
    return Promise.all(this.workers.map((_, index) => this.request(index, bodyFor(index), expect)));
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.exitCode !== null || worker.signalCode !== null) return resolve();
            worker.once('exit', () => resolve());
            worker.disconnect();
            setTimeout(() => worker.kill('SIGKILL'), 5_000).unref();
          }),
      ),
    );
  }
}
