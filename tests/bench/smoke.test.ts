/**
 * The benchmark's smoke run (N = 10, few updates) so `npm run bench` never rots: it must start
 * all three relays, run every workload and write a complete report. Figures are not judged here
 * (a shared CI machine is too noisy for that); the full run and its goals live in docs/benchmarks.md.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

type Report = {
  rounds: Array<{
    relay: string;
    size: number;
    fanout: { missing: number };
    burst: { unconverged: number };
  }>;
  rows: Array<{ figure: string; values: Record<string, number | null> }>;
  failures: unknown[];
};

describe('npm run bench -- --quick', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it(
    'runs every workload on the three relays and writes the side-by-side report',
    { timeout: 240_000 },
    async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'bench-smoke-'));
      const out = path.join(dir, 'report.json');
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', 'bench/run.ts', '--quick', '--out', out],
        {
          cwd: root,
          timeout: 220_000,
          maxBuffer: 10 * 1024 * 1024,
        },
      );
      expect(stdout).toContain('| figure |');
      const report = JSON.parse(await readFile(out, 'utf8')) as Report;
      expect(report.failures).toEqual([]);
      expect(report.rounds.map((round) => round.relay).sort()).toEqual([
        'collectief',
        'hocuspocus',
        'y-websocket',
      ]);
      for (const round of report.rounds) {
        expect(round.fanout.missing, `${round.relay} lost fan-out updates`).toBe(0);
        expect(round.burst.unconverged, `${round.relay} did not converge`).toBe(0);
      }
      for (const row of report.rows) {
        for (const [relay, value] of Object.entries(row.values)) {
          expect(Number.isFinite(value), `${row.figure} for ${relay}`).toBe(true);
        }
      }
    },
  );
});
