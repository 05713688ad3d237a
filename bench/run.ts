/**
 * `npm run bench`: the three relays side by side under the same workloads, one round per relay
 * and room size (relays interleaved per size, so drifting load on a shared machine hits all three
 * alike). Prints one table with the ratio Collectief / best peer and writes it as JSON, then the
 * client's weight (bench/bundle-size.ts) and remote-apply time in Chromium (bench/remote-apply.ts).
 *
 *   --sizes 50,200     room sizes (default 50,200,500)
 *   --quick            smoke run: N = 10, few updates, no browser (used by tests/bench/smoke.test.ts)
 *   --relays a,b       only these relays (collectief, y-websocket, hocuspocus)
 *   --out FILE         JSON path (default bench/results/<timestamp>.json)
 *   --cpu-prof         write each relay's `node --cpu-prof` profile to bench/results/profiles/
 *   --server-env K=V,… extra settings for Collectief's server (experiments, e.g. BROADCAST_TICK_MS=16)
 *   --collectief-entry PATH   run another checkout's server/main.ts as "collectief" (experiments)
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FULL_CONFIG, QUICK_CONFIG, type BenchConfig } from './config';
import { measureBundle, renderBundle } from './bundle-size';
import { measureRemoteApply, renderRemoteApply, type RemoteApplyReport } from './remote-apply';
import type { LateJoinFixture } from './load/fixture';
import { startCollectief } from './relays/collectief';
import { startHocuspocus, startYWebsocketServer } from './relays/peers';
import type { RelayName, RelayUnderTest } from './relays/relay';
import type { RelayOptions } from './relays/relay-process';
import { buildRows, evaluateGoals, RELAYS, renderIncomplete, renderTable } from './report/table';
import { runRound, type RoundResult } from './workloads/round';

const STARTERS: Record<RelayName, (options: RelayOptions) => Promise<RelayUnderTest>> = {
  collectief: startCollectief,
  'y-websocket': startYWebsocketServer,
  hocuspocus: startHocuspocus,
};

type Options = {
  config: BenchConfig;
  relays: RelayName[];
  out: string | undefined;
  quick: boolean;
  relay: RelayOptions;
};

function parseServerEnv(list: string | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of list ? list.split(',') : []) {
    const [key, value] = pair.split('=');
    if (!key || value === undefined || !/^[A-Z_]+$/.test(key))
      throw new Error(`--server-env takes KEY=VALUE pairs, got "${pair}"`);
    env[key] = value;
  }
  return env;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      quick: { type: 'boolean', default: false },
      relays: { type: 'string' },
      out: { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      'server-env': { type: 'string' },
      'collectief-entry': { type: 'string' },
    },
  });
  const quick = values.quick === true;
  const base = quick ? QUICK_CONFIG : FULL_CONFIG;
  const sizes = values.sizes
    ? values.sizes.split(',').map((size) => Number.parseInt(size, 10))
    : base.sizes;
  if (sizes.some((size) => !Number.isInteger(size) || size < 1 || size > 1000)) {
    throw new Error(`--sizes takes whole numbers from 1 to 1000, got "${values.sizes}"`);
  }
  const relays = values.relays ? (values.relays.split(',') as RelayName[]) : RELAYS;
  for (const relay of relays) if (!(relay in STARTERS)) throw new Error(`unknown relay "${relay}"`);
  const config = { ...base, sizes };
  const relay: RelayOptions = {
    startTimeoutMs: config.timeouts.relayStartMs,
    serverEnv: parseServerEnv(values['server-env']),
    ...(values['collectief-entry']
      ? { collectiefEntry: path.resolve(values['collectief-entry']) }
      : {}),
    ...(values['cpu-prof']
      ? { cpuProfileDir: path.join(import.meta.dirname, 'results', 'profiles') }
      : {}),
  };
  return { config, relays, out: values.out, quick, relay };
}

/** Which relay code ran: the commit, and whether server/ had uncommitted changes at the start. */
function revision(): { commit: string; serverDirty: boolean } {
  const git = (args: string[]) =>
    execFileSync('git', args, {
      cwd: path.join(import.meta.dirname, '..'),
      encoding: 'utf8',
    }).trim();
  try {
    return {
      commit: git(['rev-parse', '--short', 'HEAD']),
      serverDirty: git(['status', '--porcelain', '--', 'server', 'shared']) !== '',
    };
  } catch {
    return { commit: 'unknown', serverDirty: false };
  }
}

function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

async function main(): Promise<number> {
  const { config, relays, out, quick, relay: relayOptions } = parseOptions();
  const startedAt = new Date();
  const code = revision();
  const rounds: RoundResult[] = [];
  const failures: Array<{ relay: RelayName; size: number; error: string }> = [];
  let fixture: LateJoinFixture | null = null;
  const machineInfo = machine();
  console.log(
    `bench: sizes ${config.sizes.join(', ')}; relays ${relays.join(', ')}; ${config.workers} client workers; ` +
      `${machineInfo.cpus} cores, Node ${machineInfo.node}; commit ${code.commit}${code.serverDirty ? ' (server/ or shared/ modified)' : ''}`,
  );
  for (const size of config.sizes) {
    for (const relay of relays) {
      const started = performance.now();
      try {
        const round = await runRound(
          () => STARTERS[relay](relayOptions),
          size,
          config,
          fixture,
          (f) => {
            fixture = f;
          },
        );
        rounds.push(round);
        console.log(
          `  ${relay} N=${size}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        failures.push({ relay, size, error: message });
        console.error(`  ${relay} N=${size}: FAILED: ${message}`);
      }
    }
  }
  const rows = buildRows(rounds);
  const goals = evaluateGoals(rows);
  console.log(`\n${renderTable(rows, goals)}\n`);
  for (const line of renderIncomplete(rounds)) console.log(`note: ${line}`);
  const bundle = await measureBundle();
  console.log(renderBundle(bundle));
  // The browser figure needs Chromium and a client build: the smoke run leaves it out.
  const remoteApply: RemoteApplyReport = quick
    ? { measured: false, reason: 'not part of --quick' }
    : await measureRemoteApply().catch((error: unknown) => ({
        measured: false as const,
        reason: `failed: ${error instanceof Error ? error.message : String(error)}`,
      }));
  console.log(renderRemoteApply(remoteApply));

  const outPath =
    out ??
    path.join(
      import.meta.dirname,
      'results',
      `${startedAt.toISOString().replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`,
    );
  await mkdir(path.dirname(outPath), { recursive: true });
  const report = {
    startedAt: startedAt.toISOString(),
    machine: machineInfo,
    revision: code,
    config,
    serverEnv: relayOptions.serverEnv,
    rounds,
    rows,
    goals,
    failures,
    bundle,
    remoteApply,
  };
  await writeFile(outPath, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nJSON: ${path.relative(process.cwd(), outPath)}`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
