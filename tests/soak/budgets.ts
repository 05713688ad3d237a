/**
 * The long versions of the budget attacks (tests/reliability/budgets.test.ts): a flood of
 * 100,000 updates, and the quadratic delete over 300,000 characters in both orders. Same
 * criteria as the short versions.
 */
import { BYSTANDER_BOUND_MS } from '../helpers/bystander';
import { startServer } from '../helpers/server';
import { flood, quadraticDelete, underAttack, type AttackFigures } from '../reliability/attacks';

export type BudgetCheck = { name: string; ok: boolean; figures: AttackFigures };

function withinBounds(figures: AttackFigures): boolean {
  const { attack } = figures.bystander;
  return (
    figures.frameCpuMaxMs < BYSTANDER_BOUND_MS &&
    attack.roundTrip.medianMs < BYSTANDER_BOUND_MS &&
    attack.healthz.medianMs < BYSTANDER_BOUND_MS
  );
}

export async function runBudgets(options: {
  floodUpdates: number;
  characters: number;
}): Promise<BudgetCheck[]> {
  const server = await startServer();
  try {
    const checks: BudgetCheck[] = [];
    const flooded = await underAttack(server, () => flood(server, options.floodUpdates));
    checks.push({
      name: `budgets: flood of ${options.floodUpdates} updates held back, bystander unaffected`,
      ok: withinBounds(flooded) && Number(flooded['socketsClosed']) >= 1,
      figures: flooded,
    });
    for (const order of ['descending', 'ascending'] as const) {
      const figures = await underAttack(server, () =>
        quadraticDelete(server, { characters: options.characters, order, rangesPerUpdate: 1000 }),
      );
      checks.push({
        name: `budgets: every other of ${options.characters} characters deleted ${order}, bystander unaffected`,
        ok: withinBounds(figures),
        figures,
      });
    }
    return checks;
  } finally {
    await server.stop();
    await server.cleanup();
  }
}
