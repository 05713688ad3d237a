/**
 * Summarises a `node --cpu-prof` profile (as written by `npm run bench -- --cpu-prof`): self time
 * per function and per package, so a note can say where a relay's CPU went.
 *
 *   npx tsx bench/profile-summary.ts PROFILE [--top 25] [--results RESULTS.json --relay collectief --size 500 --phase burst]
 *
 * With --results/--relay/--size/--phase, only the samples taken during that workload count (the
 * round records each workload's window on the same monotonic clock the profiler uses).
 */
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};

/** "yjs", "ws", "server/relay", "(idle)"...: where a frame's code lives. */
export function packageOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules?.[1]) return inModules[1];
  if (url.startsWith('node:')) return 'node:internal';
  const inRepo = /\/(server|shared|bench)\/([^/]+)/.exec(url);
  if (inRepo) return `${inRepo[1]}/${inRepo[2]}`;
  return url;
}

export type Window = { fromMicros: number; toMicros: number };

export async function summarise(file: string, top = 25, window?: Window): Promise<string> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (window && (at < window.fromMicros || at > window.toMicros)) return;
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
  });
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of selfMicros) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += micros;
    const where = frame.url
      ? `${frame.url.replace(/^.*\/(node_modules|main)\//, '')}:${frame.lineNumber + 1}`
      : '';
    const name = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    const pkg = packageOf(frame.url, frame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
  }
  const busy = total - (byPackage.get('(idle)') ?? 0);
  const line = ([name, micros]: [string, number]) =>
    `  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${name}`;
  const sorted = (map: Map<string, number>) =>
    [...map].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]);
  return [
    `${file}: ${(total / 1e6).toFixed(1)} s profiled, ${(busy / 1e6).toFixed(2)} s busy (% of busy)`,
    'by package:',
    ...sorted(byPackage).slice(0, 15).map(line),
    `top ${top} functions by self time:`,
    ...sorted(byFunction).slice(0, top).map(line),
  ].join('\n');
}

type Results = {
  rounds: Array<{
    relay: string;
    size: number;
    phases?: Array<{ name: string; startMs: number; endMs: number }>;
  }>;
};

async function phaseWindow(
  resultsFile: string,
  relay: string,
  size: number,
  phase: string,
): Promise<Window> {
  const results = JSON.parse(await readFile(resultsFile, 'utf8')) as Results;
  const found = results.rounds
    .find((round) => round.relay === relay && round.size === size)
    ?.phases?.find((candidate) => candidate.name === phase);
  if (!found) throw new Error(`no phase ${phase} for ${relay} N=${size} in ${resultsFile}`);
  return { fromMicros: found.startMs * 1000, toMicros: found.endMs * 1000 };
}

if (process.argv[1]?.endsWith('profile-summary.ts')) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      top: { type: 'string', default: '25' },
      results: { type: 'string' },
      relay: { type: 'string' },
      size: { type: 'string' },
      phase: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file)
    throw new Error(
      'usage: profile-summary.ts PROFILE [--top N] [--results R.json --relay NAME --size N --phase NAME]',
    );
  const window =
    values.results && values.relay && values.size && values.phase
      ? await phaseWindow(values.results, values.relay, Number(values.size), values.phase)
      : undefined;
  console.log(await summarise(file, Number(values.top), window));
}
