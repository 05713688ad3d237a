/**
 * Turns the rounds into one side-by-side table: each figure per relay, and the ratio Collectief /
 * best peer (every figure here is lower-is-better, so the best peer is the smaller one).
 */
import type { RelayName } from '../relays/relay';
import type { RoundResult } from '../workloads/round';

export type Row = {
  figure: string;
  size: number;
  unit: string;
  values: Partial<Record<RelayName, number>>;
  /** Collectief / best peer; NaN where either is missing. */
  ratio: number;
};

export type Goal = {
  figure: string;
  size: number;
  limit: number;
  ratio: number;
  met: boolean | null;
};

type FigureDefinition = { figure: string; unit: string; pick: (round: RoundResult) => number };

const KB = 1024;
const MB = 1024 * 1024;

export const FIGURES: FigureDefinition[] = [
  { figure: 'fan-out p50', unit: 'ms', pick: (r) => r.fanout.p50Ms },
  { figure: 'fan-out p99', unit: 'ms', pick: (r) => r.fanout.p99Ms },
  { figure: 'fan-out max', unit: 'ms', pick: (r) => r.fanout.maxMs },
  { figure: 'fan-out relay CPU', unit: 'ms', pick: (r) => r.fanout.relayCpuMs },
  { figure: 'fan-out clients CPU', unit: 'ms', pick: (r) => r.fanout.clientCpuMs },
  { figure: 'burst convergence', unit: 'ms', pick: (r) => r.burst.convergenceMs },
  { figure: 'burst after last write', unit: 'ms', pick: (r) => r.burst.afterLastWriteMs },
  { figure: 'burst messages sent', unit: 'frames', pick: (r) => r.burst.syncMessages },
  { figure: 'burst bytes sent', unit: 'KB', pick: (r) => r.burst.syncBytes / KB },
  { figure: 'burst relay CPU', unit: 'ms', pick: (r) => r.burst.relayCpuMs },
  { figure: 'late join sync', unit: 'ms', pick: (r) => r.lateJoin.syncMs },
  { figure: 'late join relay CPU', unit: 'ms', pick: (r) => r.lateJoin.relayCpuMs },
  {
    figure: 'RSS per idle connection',
    unit: 'KB',
    pick: (r) => r.memory.rssPerConnectionBytes / KB,
  },
  {
    figure: 'heap per idle connection',
    unit: 'KB',
    pick: (r) => r.memory.heapPerConnectionBytes / KB,
  },
  { figure: 'RSS per loaded room', unit: 'MB', pick: (r) => r.memory.rssPerLoadedRoomBytes / MB },
  { figure: 'heap per loaded room', unit: 'MB', pick: (r) => r.memory.heapPerLoadedRoomBytes / MB },
];

/** The goals: ratio limits at a given N. */
export const GOALS: Array<{ figure: string; size: number; limit: number }> = [
  { figure: 'burst convergence', size: 500, limit: 0.5 },
  { figure: 'fan-out p99', size: 200, limit: 1 },
  { figure: 'RSS per idle connection', size: 500, limit: 0.8 },
  { figure: 'heap per idle connection', size: 500, limit: 0.8 },
  { figure: 'late join sync', size: 500, limit: 1 },
];

const PEERS: RelayName[] = ['y-websocket', 'hocuspocus'];
export const RELAYS: RelayName[] = ['collectief', ...PEERS];

export function buildRows(rounds: RoundResult[]): Row[] {
  const sizes = [...new Set(rounds.map((round) => round.size))].sort((a, b) => a - b);
  const rows: Row[] = [];
  for (const definition of FIGURES) {
    for (const size of sizes) {
      const values: Partial<Record<RelayName, number>> = {};
      for (const round of rounds) {
        if (round.size === size) values[round.relay as RelayName] = definition.pick(round);
      }
      const peerValues = PEERS.map((peer) => values[peer]).filter(
        (v): v is number => v !== undefined && Number.isFinite(v),
      );
      const best = peerValues.length > 0 ? Math.min(...peerValues) : Number.NaN;
      const ours = values.collectief ?? Number.NaN;
      rows.push({
        figure: definition.figure,
        size,
        unit: definition.unit,
        values,
        ratio: ours / best,
      });
    }
  }
  return rows;
}

export function evaluateGoals(rows: Row[]): Goal[] {
  return GOALS.map((goal) => {
    const row = rows.find((r) => r.figure === goal.figure && r.size === goal.size);
    const ratio = row?.ratio ?? Number.NaN;
    return { ...goal, ratio, met: Number.isFinite(ratio) ? ratio <= goal.limit : null };
  });
}

function format(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function renderTable(rows: Row[], goals: Goal[]): string {
  const goalFor = (row: Row) => goals.find((g) => g.figure === row.figure && g.size === row.size);
  const lines = [
    `| figure | N | unit | ${RELAYS.join(' | ')} | ours / best peer | goal |`,
    `|---|---:|---|${RELAYS.map(() => '---:').join('|')}|---:|---|`,
  ];
  for (const row of rows) {
    const goal = goalFor(row);
    const goalText = goal
      ? `<= ${goal.limit}x ${goal.met === null ? '(n/a)' : goal.met ? 'met' : 'MISSED'}`
      : '';
    const cells = RELAYS.map((relay) => format(row.values[relay]));
    lines.push(
      `| ${row.figure} | ${row.size} | ${row.unit} | ${cells.join(' | ')} | ${format(row.ratio)} | ${goalText} |`,
    );
  }
  return lines.join('\n');
}

/** Rounds whose figures are lower bounds: updates still missing when a workload's deadline passed. */
export function renderIncomplete(rounds: RoundResult[]): string[] {
  const lines: string[] = [];
  for (const round of rounds) {
    if (round.fanout.missing > 0) {
      lines.push(
        `${round.relay} N=${round.size}: fan-out ${round.fanout.missing} arrivals missing at the deadline (latencies are lower bounds)`,
      );
    }
    if (round.burst.unconverged > 0) {
      lines.push(
        `${round.relay} N=${round.size}: burst: ${round.burst.unconverged} clients had not converged at the deadline (convergence is a lower bound)`,
      );
    }
  }
  return lines;
}
