import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PERSPECTIVE_GROUPS,
  publishResult,
  publishedSplit,
  resultsVisible,
  sameResult,
  suppressedGroups,
  type CastBallot,
  type PerspectiveGroup,
} from '../../shared/activities/propositions/tally';
import { defaultChoices } from '../../shared/template';

const choices = defaultChoices('en');
const ballot = (choiceId: string, group: PerspectiveGroup): CastBallot => ({ choiceId, group });
const votersOf = (counts: Partial<Record<PerspectiveGroup, number>>) => ({
  resident: 0,
  professional: 0,
  municipality: 0,
  other: 0,
  unstated: 0,
  ...counts,
});

describe('publishResult', () => {
  it('publishes only the voter count while hidden', () => {
    const result = publishResult({
      choices,
      ballots: [ballot('agree', 'resident'), ballot('disagree', 'resident')],
      visible: false,
      minGroupSize: 3,
    });
    expect(result).toEqual({ voters: 2, visible: false });
  });

  it('counts per choice and per group once visible, and never a group of one', () => {
    const ballots = [
      ballot('agree', 'resident'),
      ballot('agree', 'resident'),
      ballot('disagree', 'resident'),
      ballot('agree', 'professional'),
      ballot('agree', 'professional'),
      ballot('neutral', 'professional'),
      ballot('disagree', 'professional'),
      ballot('disagree', 'municipality'),
    ];
    const result = publishResult({ choices, ballots, visible: true, minGroupSize: 3 });
    if (!result.visible) throw new Error('visible expected');
    expect(result.voters).toBe(8);
    expect(result.counts).toEqual({ agree: 4, neutral: 1, disagree: 3 });
    // The municipality's one voter is suppressed. Showing residents and professionals beside the
    // total would give that vote away by subtraction, so the smallest shown group (residents, 3)
    // goes too: total minus professionals is then 4 voters together.
    expect(result.suppressed).toEqual(['resident', 'municipality']);
    expect(Object.keys(result.groups)).toEqual(['professional']);
  });

  it('hides a second group when the total minus the shown groups would reveal a small one', () => {
    const ballots = [
      ballot('agree', 'resident'),
      ballot('agree', 'resident'),
      ballot('agree', 'resident'),
      ballot('disagree', 'municipality'),
    ];
    const result = publishResult({ choices, ballots, visible: true, minGroupSize: 3 });
    if (!result.visible) throw new Error('visible expected');
    // Showing residents (3 agree) next to the total (3 agree, 1 disagree) would name the
    // municipality's vote by subtraction: both are folded into the total.
    expect(result.groups).toEqual({});
    expect(result.suppressed).toEqual(['resident', 'municipality']);
    expect(result.counts).toEqual({ agree: 3, neutral: 0, disagree: 1 });
  });

  it('does not count a ballot for a choice the proposition no longer offers', () => {
    const result = publishResult({
      choices,
      ballots: [ballot('maybe', 'resident'), ballot('agree', 'resident')],
      visible: false,
      minGroupSize: 3,
    });
    expect(result.voters).toBe(1);
  });

  it('property: no published group is below the threshold, and the hidden rest is 0 or >= it', () => {
    const group = fc.constantFrom(...PERSPECTIVE_GROUPS);
    const choice = fc.constantFrom('agree', 'neutral', 'disagree');
    fc.assert(
      fc.property(
        fc.array(fc.record({ choiceId: choice, group }), { maxLength: 40 }),
        fc.integer({ min: 2, max: 6 }),
        (ballots, minGroupSize) => {
          const result = publishResult({ choices, ballots, visible: true, minGroupSize });
          if (!result.visible) return false;
          let shownVoters = 0;
          for (const counts of Object.values(result.groups)) {
            const voters = Object.values(counts).reduce((sum, count) => sum + count, 0);
            expect(voters).toBeGreaterThanOrEqual(minGroupSize);
            shownVoters += voters;
          }
          const rest = result.voters - shownVoters;
          // Nothing shown: the rest is the total itself, which is always published.
          expect(rest === 0 || rest >= minGroupSize || shownVoters === 0).toBe(true);
          return true;
        },
      ),
    );
  });

  it('property: the same ballots in another order publish the same result (swaps are invisible)', () => {
    const group = fc.constantFrom(...PERSPECTIVE_GROUPS);
    const choice = fc.constantFrom('agree', 'neutral', 'disagree');
    fc.assert(
      fc.property(
        fc.array(fc.record({ choiceId: choice, group }), { maxLength: 30 }),
        fc.boolean(),
        (ballots, visible) => {
          const forward = publishResult({ choices, ballots, visible, minGroupSize: 3 });
          const backward = publishResult({
            choices,
            ballots: [...ballots].reverse(),
            visible,
            minGroupSize: 3,
          });
          expect(sameResult(forward, backward)).toBe(true);
        },
      ),
    );
  });
});

describe('suppressedGroups', () => {
  it('hides nothing when every group is large enough', () => {
    expect(suppressedGroups(votersOf({ resident: 3, professional: 4 }), 3)).toEqual([]);
  });

  it('hides small groups, adding the smallest shown group while the hidden rest is too small', () => {
    expect(suppressedGroups(votersOf({ resident: 5, professional: 4, other: 1 }), 3)).toEqual([
      'professional',
      'other',
    ]);
    expect(suppressedGroups(votersOf({ resident: 5, other: 1, unstated: 2 }), 3)).toEqual([
      'other',
      'unstated',
    ]);
  });
});

describe('publishedSplit and resultsVisible', () => {
  it('lists shown groups with tallies and suppressed groups as such, in the fixed order', () => {
    const result = publishResult({
      choices,
      ballots: [
        ballot('agree', 'municipality'),
        ballot('agree', 'resident'),
        ballot('agree', 'resident'),
        ballot('neutral', 'resident'),
        ballot('disagree', 'professional'),
        ballot('disagree', 'professional'),
        ballot('disagree', 'professional'),
        ballot('agree', 'other'),
        ballot('agree', 'other'),
      ],
      visible: true,
      minGroupSize: 3,
    });
    const split = publishedSplit(choices, result);
    expect(split?.map((row) => [row.group, row.suppressed])).toEqual([
      ['resident', false],
      ['professional', false],
      ['municipality', true],
      ['other', true],
    ]);
    expect(publishedSplit(choices, { voters: 3, visible: false })).toBeNull();
  });

  it('shows results when revealed, or from opening on with live results', () => {
    expect(resultsVisible('open', 'onReveal')).toBe(false);
    expect(resultsVisible('closed', 'onReveal')).toBe(false);
    expect(resultsVisible('revealed', 'onReveal')).toBe(true);
    expect(resultsVisible('open', 'live')).toBe(true);
    expect(resultsVisible('draft', 'live')).toBe(false);
  });
});
