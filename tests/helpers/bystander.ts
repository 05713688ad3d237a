/**
 * Runs tests/helpers/bystander-probe.ts as a child process and splits its samples into the
 * baseline (before the attack began) and the attack window. The reliability tests' bound: the
 * bystander's round trip and /healthz stay under 300 ms during an attack, with the worst of the
 * baseline added as the machine's own noise (a busy 2-core machine delays everything a little;
 * a blocked relay delays it by seconds).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './server';

export const BYSTANDER_BOUND_MS = 300;

type Sample = [at: number, ms: number];
export type Window = { samples: number; medianMs: number; worstMs: number };
export type BystanderFigures = {
  baseline: { roundTrip: Window; healthz: Window };
  attack: { roundTrip: Window; healthz: Window };
};

export type Bystander = {
  /** Marks the end of the baseline; call right before the attack starts. */
  attackBegins(): void;
  /** Stops sampling and returns the figures. */
  stop(): Promise<BystanderFigures>;
};

function window(samples: Sample[], from: number, to: number): Window {
  const inside = samples.filter(([at]) => at >= from && at < to).map(([, ms]) => ms);
  const sorted = [...inside].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return { samples: inside.length, medianMs, worstMs: Math.max(0, ...inside) };
}

function isSampleList(value: unknown): value is Sample[] {
  return Array.isArray(value) && value.every((item) => Array.isArray(item) && item.length === 2);
}

export async function startBystander(server: { url: string }): Promise<Bystander> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/helpers/bystander-probe.ts', server.url],
    { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const pending: ((line: string) => void)[] = [];
  lines.on('line', (line) => pending.shift()?.(line));
  const nextLine = (timeoutMs: number): Promise<string> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('bystander probe did not answer')),
        timeoutMs,
      );
      pending.push((line) => {
        clearTimeout(timer);
        resolve(line);
      });
    });
  const ready = await nextLine(60_000);
  if (ready !== 'ready') throw new Error(`bystander probe said ${ready}`);
  const startedAt = Date.now();
  let attackAt = Number.POSITIVE_INFINITY;
  return {
    attackBegins: () => {
      attackAt = Date.now();
    },
    stop: async () => {
      const answer = nextLine(10_000);
      child.stdin.write('stop\n');
      const parsed: unknown = JSON.parse(await answer);
      const roundTrips: unknown = Reflect.get(Object(parsed), 'roundTrips');
      const healthz: unknown = Reflect.get(Object(parsed), 'healthz');
      if (!isSampleList(roundTrips) || !isSampleList(healthz))
        throw new Error('bystander probe sent no samples');
      const end = Date.now();
      return {
        baseline: {
          roundTrip: window(roundTrips, startedAt, attackAt),
          healthz: window(healthz, startedAt, attackAt),
        },
        attack: {
          roundTrip: window(roundTrips, attackAt, end),
          healthz: window(healthz, attackAt, end),
        },
      };
    },
  };
}
