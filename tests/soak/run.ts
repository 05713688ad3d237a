/**
 * `npm run soak`: the long versions of the reliability scenarios, with the same pass criteria as
 * their short versions in tests/reliability. Bounded in time and loopback only.
 *
 *   SOAK_ONLY=load|crash|fuzz|budgets  run one scenario
 *   SOAK_LOAD_ROUNDS (default 6)   rounds of SOAK_LOAD_ROUND_MS (default 30000) with 500 clients in 10 rooms
 *   SOAK_KILLS (default 20)        kill -9 restarts under 50 editing clients
 *   SOAK_FRAMES (default 200000)   fuzzed frames
 *   SOAK_FLOOD (default 100000)    updates in the flood attack on the rate budget
 *   SOAK_CHARACTERS (default 300000) characters of the quadratic-delete attack
 *   RELIABILITY_SEED               replay a run
 *
 * Prints one JSON line of figures per scenario and exits 1 when any criterion fails.
 */
import { testSeed } from '../helpers/reliability';
import { runBudgets } from './budgets';
import { runCrash } from './crash';
import { runFuzz } from './fuzz';
import { runLoad } from './load';

type Check = { name: string; ok: boolean; detail: string };

function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const log = (line: string): void => console.log(line);
const only = process.env.SOAK_ONLY;
const seed = testSeed();
const checks: Check[] = [];
const check = (name: string, ok: boolean, detail: unknown): void => {
  checks.push({ name, ok, detail: JSON.stringify(detail) });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
};

async function soakLoad(): Promise<void> {
  const figures = await runLoad({
    clients: 500,
    rooms: 10,
    rounds: envNumber('SOAK_LOAD_ROUNDS', 6),
    roundMs: envNumber('SOAK_LOAD_ROUND_MS', 30_000),
    editEveryMs: [1500, 4000],
    seed,
    log,
  });
  console.log(`load figures: ${JSON.stringify(figures)}`);
  check(
    'load: no errors, refusals or malformed frames',
    figures.errors.length === 0 && figures.refusedOrMalformed === 0,
    figures.errors,
  );
  check(
    'load: no lost update, every room converged',
    figures.rounds.every((round) => round.lost === 0 && round.behind === 0),
    figures.rounds,
  );
  const first = figures.rounds[0]?.rssAfterKb ?? figures.rssBaselineKb;
  const last = figures.rounds.at(-1)?.rssAfterKb ?? figures.rssBaselineKb;
  check('load: memory flat from round to round', last < first * 1.15 + 16 * 1024, {
    baseline: figures.rssBaselineKb,
    first,
    last,
  });
}

async function soakCrash(): Promise<void> {
  const kills = envNumber('SOAK_KILLS', 20);
  const figures = await runCrash({ clients: 50, kills, seed, log });
  const { lost, duplicated, misplaced, unexpected, ...rest } = figures;
  console.log(
    `crash figures: ${JSON.stringify({ ...rest, lost: lost.length, duplicated: duplicated.length, misplaced: misplaced.length, unexpected: unexpected.length })}`,
  );
  check(
    `crash: ${kills} kill -9 restarts survived`,
    figures.kills === kills && figures.crashLogLines.length === 0,
    figures.crashLogLines,
  );
  check(
    'crash: no note lost, duplicated, misplaced or invented',
    lost.length + duplicated.length + misplaced.length + unexpected.length === 0,
    { lost, duplicated, misplaced, unexpected },
  );
  check(
    'crash: every client equals a fresh client',
    figures.behind === 0 && figures.differingClients.length === 0,
    figures.differingClients,
  );
  check(
    'crash: every acknowledged vote kept',
    figures.lostVotes.length === 0 && figures.votesStored === figures.votersAcknowledged,
    figures.lostVotes,
  );
}

async function soakFuzz(): Promise<void> {
  const frames = envNumber('SOAK_FRAMES', 200_000);
  // V8's old space capped at 48 MB: a leak that grows with the number of frames would crash the server.
  const figures = await runFuzz({
    frames,
    framesPerSocket: 200,
    parallelSockets: 4,
    seed,
    heapLimitMb: 48,
    log,
  });
  console.log(`fuzz figures: ${JSON.stringify(figures)}`);
  check(
    `fuzz: ${frames} frames decoded by the relay`,
    figures.framesDecoded >= frames * 0.95,
    figures.framesDecoded,
  );
  check(
    'fuzz: same process, healthy, bystander unaffected, fresh client syncs',
    figures.samePid &&
      figures.crashLogLines.length === 0 &&
      figures.healthOkAfter &&
      figures.bystanderSawNormalEdit &&
      figures.freshClientSynced &&
      figures.forgedEntriesOnBoard === 0,
    figures,
  );
  check(
    'fuzz: memory does not grow with the number of frames (48 MB heap cap, back to its working size)',
    figures.rssAfterKb < figures.rssAfterWarmupKb * 1.1 + 16 * 1024,
    { before: figures.rssBeforeKb, warm: figures.rssAfterWarmupKb, after: figures.rssAfterKb },
  );
}

async function soakBudgets(): Promise<void> {
  const results = await runBudgets({
    floodUpdates: envNumber('SOAK_FLOOD', 100_000),
    characters: envNumber('SOAK_CHARACTERS', 300_000),
  });
  for (const result of results) {
    console.log(`budgets figures: ${JSON.stringify(result.figures)}`);
    check(result.name, result.ok, result.figures);
  }
}

async function main(): Promise<void> {
  console.log(`soak seed ${seed} (RELIABILITY_SEED=${seed} replays it)`);
  const startedAt = Date.now();
  if (only === undefined || only === 'load') await soakLoad();
  if (only === undefined || only === 'crash') await soakCrash();
  if (only === undefined || only === 'fuzz') await soakFuzz();
  if (only === undefined || only === 'budgets') await soakBudgets();
  const failed = checks.filter((entry) => !entry.ok);
  for (const entry of failed) console.log(`FAILED ${entry.name}: ${entry.detail.slice(0, 2000)}`);
  console.log(
    `soak: ${checks.length - failed.length}/${checks.length} checks passed in ${Math.round((Date.now() - startedAt) / 1000)} s`,
  );
  process.exit(failed.length === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
