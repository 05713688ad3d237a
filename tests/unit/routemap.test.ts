import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ROUTE_DECISIONS,
  ROUTE_POSITIONS,
  checkDecisions,
  decisionsAt,
  loopCount,
  nextStep,
  visitedPositions,
  type RouteWalkEntry,
} from '../../shared/activities/routemap/domain';

describe('nextStep', () => {
  it('goes from exploring to the CHECK', () => {
    expect(nextStep('explore', 'continue')).toBe('check');
  });

  it('at the CHECK: fitting provisions -> connect ("sluit aan"); none -> plan ("wie is aan zet?")', () => {
    expect(nextStep('check', 'fits')).toBe('connect');
    expect(nextStep('check', 'noFit')).toBe('plan');
  });

  it('walks plan -> execute -> evaluate', () => {
    expect(nextStep('plan', 'continue')).toBe('execute');
    expect(nextStep('execute', 'continue')).toBe('evaluate');
  });

  it('loops back to step 1 when the evaluation finds no wanted effect, and ends when it does', () => {
    expect(nextStep('evaluate', 'notEffective')).toBe('explore');
    expect(nextStep('evaluate', 'effective')).toBe('done');
  });

  it('from connect: done, or plan when referring turns out impossible', () => {
    expect(nextStep('connect', 'continue')).toBe('done');
    expect(nextStep('connect', 'noFit')).toBe('plan');
  });

  it('answers null for a decision that makes no sense at a step', () => {
    expect(nextStep('explore', 'fits')).toBeNull();
    expect(nextStep('check', 'continue')).toBeNull();
    expect(nextStep('done', 'continue')).toBeNull();
  });

  it('offers exactly the decisions nextStep accepts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROUTE_POSITIONS),
        fc.constantFrom(...ROUTE_DECISIONS),
        (position, decision) =>
          decisionsAt(position).includes(decision) === (nextStep(position, decision) !== null),
      ),
    );
    expect(decisionsAt('check')).toEqual(['fits', 'noFit']);
  });

  it('property: from any step some sequence of decisions reaches done', () => {
    for (const start of ROUTE_POSITIONS) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length > 0) {
        const position = queue.shift();
        if (position === undefined) break;
        for (const decision of decisionsAt(position)) {
          const next = nextStep(position, decision);
          if (next !== null && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect(seen.has('done')).toBe(true);
    }
  });
});

describe('the walk history', () => {
  const walk: RouteWalkEntry[] = [
    { from: 'explore', to: 'check', decision: 'continue', at: 1, checkRound: null },
    { from: 'check', to: 'plan', decision: 'noFit', at: 2, checkRound: 1 },
    { from: 'plan', to: 'execute', decision: 'continue', at: 3, checkRound: null },
    { from: 'execute', to: 'evaluate', decision: 'continue', at: 4, checkRound: null },
    { from: 'evaluate', to: 'explore', decision: 'notEffective', at: 5, checkRound: null },
    { from: 'explore', to: 'check', decision: 'continue', at: 6, checkRound: null },
    { from: 'check', to: 'connect', decision: 'fits', at: 7, checkRound: 2 },
  ];

  it('counts the loops back to step 1', () => {
    expect(loopCount(walk)).toBe(1);
  });

  it('lists the CHECK decisions in order', () => {
    expect(checkDecisions(walk).map((entry) => entry.decision)).toEqual(['noFit', 'fits']);
  });

  it('lists the positions visited, starting at explore', () => {
    expect(visitedPositions(walk)).toEqual([
      'explore',
      'check',
      'plan',
      'execute',
      'evaluate',
      'explore',
      'check',
      'connect',
    ]);
    expect(visitedPositions([])).toEqual(['explore']);
  });
});
