import { describe, expect, it } from 'vitest';
import { CodeGuessBudget } from '../../server/http/code-guesses';

describe('the budget for unknown session codes', () => {
  it('says the global budget is spent when it turns a guessing address away', () => {
    let spent = 0;
    const budget = new CodeGuessBudget(30, 2, () => (spent += 1));
    const now = 1_000_000;
    for (const address of ['a', 'b']) {
      expect(budget.allows(address, now)).toBe(true);
      budget.take(address, now);
    }
    expect(spent).toBe(0);

    expect(budget.allows('a', now)).toBe(false);

    expect(spent).toBe(1);
  });

  it('still serves an address that has not missed while the global budget is spent', () => {
    const budget = new CodeGuessBudget(30, 1);
    budget.take('guesser', 0);
    expect(budget.allows('guesser', 0)).toBe(false);
    expect(budget.allows('newcomer', 0)).toBe(true);
  });
});
