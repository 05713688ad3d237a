import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countPerspectives,
  largestRemainderPercentages,
  splitByPerspective,
  tallyByPerspective,
  tallyVotes,
} from '../../shared/activities/propositions/tally';
import { defaultChoices } from '../../shared/template';

const choices = defaultChoices('nl');

describe('largestRemainderPercentages', () => {
  it('turns thirds into 34 + 33 + 33, the extra point to the earliest', () => {
    expect(largestRemainderPercentages([1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('gives the leftover points to the largest remainders', () => {
    // 2/7 = 28.57, 2/7 = 28.57, 3/7 = 42.86 -> floors 28 + 28 + 42 = 98
    expect(largestRemainderPercentages([2, 2, 3])).toEqual([29, 28, 43]);
  });

  it('returns zeros when nobody voted and treats negatives as zero', () => {
    expect(largestRemainderPercentages([0, 0])).toEqual([0, 0]);
    expect(largestRemainderPercentages([-4, 1])).toEqual([0, 100]);
  });

  it('property: always sums to exactly 100 when any count is positive', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 12 }), (counts) => {
        const shares = largestRemainderPercentages(counts);
        const sum = shares.reduce((acc, share) => acc + share, 0);
        return counts.some((count) => count > 0) ? sum === 100 : sum === 0;
      }),
    );
  });

  it('property: each share is its exact value rounded down or up, never further off', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 8 })
          .filter((counts) => counts.some((c) => c > 0)),
        (counts) => {
          const sum = counts.reduce((acc, count) => acc + count, 0);
          const shares = largestRemainderPercentages(counts);
          return counts.every((count, index) => {
            const exact = (count * 100) / sum;
            const share = shares[index] ?? -1;
            return share === Math.floor(exact) || share === Math.floor(exact) + 1;
          });
        },
      ),
    );
  });

  it('property: a larger count never gets a smaller share', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 2, maxLength: 8 }), (counts) => {
        const shares = largestRemainderPercentages(counts);
        return counts.every((a, i) =>
          counts.every((b, j) => !(a > b) || (shares[i] ?? 0) >= (shares[j] ?? 0)),
        );
      }),
    );
  });
});

describe('tallyVotes', () => {
  it('counts votes per choice in the choices order, with percentages', () => {
    const tally = tallyVotes(choices, { a: 'agree', b: 'agree', c: 'disagree' });
    expect(tally).toEqual({
      total: 3,
      choices: [
        { choice: { id: 'agree', label: 'Eens' }, count: 2, percent: 67 },
        { choice: { id: 'neutral', label: 'Neutraal' }, count: 0, percent: 0 },
        { choice: { id: 'disagree', label: 'Oneens' }, count: 1, percent: 33 },
      ],
    });
  });

  it('ignores a vote for a choice the proposition no longer offers', () => {
    expect(tallyVotes(choices, { a: 'maybe', b: 'neutral' }).total).toBe(1);
  });

  it('property: percentages sum to 100 whenever anyone voted; counts sum to total', () => {
    const ballot = fc.dictionary(
      fc.stringMatching(/^[a-z]{1,6}$/),
      fc.constantFrom('agree', 'neutral', 'disagree', 'junk'),
    );
    fc.assert(
      fc.property(ballot, (votes) => {
        const tally = tallyVotes(choices, votes);
        const percent = tally.choices.reduce((acc, entry) => acc + entry.percent, 0);
        const count = tally.choices.reduce((acc, entry) => acc + entry.count, 0);
        return count === tally.total && percent === (tally.total > 0 ? 100 : 0);
      }),
    );
  });
});

describe('tallyByPerspective', () => {
  it('splits the room so it sees whether residents and professionals agree', () => {
    const participants = {
      anna: { perspective: 'resident' as const },
      bram: { perspective: 'professional' as const },
      bo: { perspective: 'professional' as const },
      dewi: { perspective: '' as const },
    };
    const split = tallyByPerspective(
      choices,
      { anna: 'agree', bram: 'disagree', bo: 'neutral', dewi: 'agree', ghost: 'agree' },
      participants,
    );
    expect(split.resident.total).toBe(1);
    expect(split.resident.choices[0]?.percent).toBe(100);
    expect(split.professional.choices.map((entry) => entry.percent)).toEqual([0, 50, 50]);
    expect(split.municipality.total).toBe(0);
    expect(split.unstated.total).toBe(2);
  });

  it('property: the groups together add up to the whole tally', () => {
    const perspective = fc.constantFrom(
      'resident',
      'professional',
      'municipality',
      'other',
      '',
    ) as fc.Arbitrary<'resident' | 'professional' | 'municipality' | 'other' | ''>;
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.stringMatching(/^[a-z]{1,5}$/),
          fc.record({ vote: fc.constantFrom('agree', 'neutral', 'disagree'), perspective }),
        ),
        (people) => {
          const ballot = Object.fromEntries(
            Object.entries(people).map(([id, person]) => [id, person.vote]),
          );
          const split = tallyByPerspective(choices, ballot, people);
          const whole = tallyVotes(choices, ballot);
          return Object.values(split).reduce((acc, tally) => acc + tally.total, 0) === whole.total;
        },
      ),
    );
  });
});

describe('splitByPerspective', () => {
  it('splits any per-participant record, unknown participants as unstated', () => {
    const dots = { anna: { l1: 2 }, bram: { l1: 1 }, ghost: { l2: 1 } };
    const split = splitByPerspective(dots, {
      anna: { perspective: 'resident' },
      bram: { perspective: 'professional' },
    });
    expect(split.resident).toEqual({ anna: { l1: 2 } });
    expect(split.professional).toEqual({ bram: { l1: 1 } });
    expect(split.unstated).toEqual({ ghost: { l2: 1 } });
    expect(split.municipality).toEqual({});
  });
});

describe('countPerspectives', () => {
  it('counts participants per perspective, unstated included', () => {
    expect(
      countPerspectives({
        a: { perspective: 'resident' },
        b: { perspective: '' },
        c: { perspective: 'resident' },
      }),
    ).toEqual({
      resident: 2,
      professional: 0,
      municipality: 0,
      other: 0,
      unstated: 1,
    });
  });
});
