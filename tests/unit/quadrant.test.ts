import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BETWEEN_BAND,
  QUADRANT_PLACEMENTS,
  clampPosition,
  groupByQuadrant,
  quadrantOf,
  quadrantsTouched,
  summarizeQuadrants,
} from '../../shared/activities/quadrant/domain';
import { isExampleAuthor } from '../../shared/activities/quadrant/examples';
import { countExamples, listInitiatives } from '../../shared/activities/quadrant/report';
import { FACILITATOR_NAMESPACE } from '../../shared/core/layout';
import { REPORT_LABELS } from '../../shared/core/report/labels';
import { snapshotSession } from '../../shared/session/export';
import { filledSession } from './fixtures';

const coordinate = fc.double({ min: -1, max: 1, noNaN: true });

describe('quadrantOf', () => {
  it('names the four corners after their sides', () => {
    expect(quadrantOf(0.8, 0.8)).toBe('collective-residents');
    expect(quadrantOf(0.8, -0.8)).toBe('collective-professionals');
    expect(quadrantOf(-0.8, -0.8)).toBe('individual-professionals');
    expect(quadrantOf(-0.8, 0.8)).toBe('individual-residents');
  });

  it('puts the community centre, near the residents/professionals axis, between', () => {
    expect(quadrantOf(0.55, 0.05)).toBe('between');
    expect(quadrantsTouched(0.55, 0.05)).toEqual([
      'collective-residents',
      'collective-professionals',
    ]);
  });

  it('counts the band edge as outside and the centre as touching all four', () => {
    expect(quadrantOf(BETWEEN_BAND, 0.5)).toBe('collective-residents');
    expect(quadrantOf(BETWEEN_BAND - 0.001, 0.5)).toBe('between');
    expect(quadrantsTouched(0, 0)).toHaveLength(4);
  });

  it('follows a custom band', () => {
    expect(quadrantOf(0.3, 0.3, 0.5)).toBe('between');
    expect(quadrantOf(0.01, 0.01, 0)).toBe('collective-residents');
  });

  it('property: between exactly when inside a band, otherwise the quadrant of the signs', () => {
    fc.assert(
      fc.property(coordinate, coordinate, (x, y) => {
        const placement = quadrantOf(x, y);
        const inBand = Math.abs(x) < BETWEEN_BAND || Math.abs(y) < BETWEEN_BAND;
        if (inBand) return placement === 'between';
        const expected = `${x > 0 ? 'collective' : 'individual'}-${y > 0 ? 'residents' : 'professionals'}`;
        return placement === expected;
      }),
    );
  });

  it('property: a clear position touches exactly its own quadrant; a between one touches two or four', () => {
    fc.assert(
      fc.property(coordinate, coordinate, (x, y) => {
        const placement = quadrantOf(x, y);
        const touched = quadrantsTouched(x, y);
        if (placement !== 'between') return touched.length === 1 && touched[0] === placement;
        return touched.length === 2 || touched.length === 4;
      }),
    );
  });

  it('property: mirroring x swaps collective and individual', () => {
    fc.assert(
      fc.property(coordinate, coordinate, (x, y) => {
        const mirrored = quadrantOf(-x, y)
          .replace('individual', 'IND')
          .replace('collective', 'individual')
          .replace('IND', 'collective');
        return x === 0 || quadrantOf(x, y) === mirrored;
      }),
    );
  });
});

describe('clampPosition', () => {
  it('keeps a drag on the board and sends NaN to the centre', () => {
    expect(clampPosition(1.7)).toBe(1);
    expect(clampPosition(-3)).toBe(-1);
    expect(clampPosition(0.25)).toBe(0.25);
    expect(clampPosition(Number.NaN)).toBe(0);
  });
});

describe('per-quadrant summaries', () => {
  const notes = [
    { id: 'a', x: 0.8, y: 0.8 },
    { id: 'b', x: 0.7, y: 0.9 },
    { id: 'c', x: -0.5, y: -0.5 },
    { id: 'd', x: 0, y: 0.5 },
  ];

  it('groups notes in their given order, every placement present', () => {
    const groups = groupByQuadrant(notes);
    expect(groups['collective-residents'].map((note) => note.id)).toEqual(['a', 'b']);
    expect(groups.between.map((note) => note.id)).toEqual(['d']);
    expect(groups['individual-residents']).toEqual([]);
  });

  it('counts and gives percentages that add to 100', () => {
    const summary = summarizeQuadrants(notes);
    expect(summary.map((entry) => entry.placement)).toEqual([...QUADRANT_PLACEMENTS]);
    expect(summary.find((entry) => entry.placement === 'collective-residents')).toEqual({
      placement: 'collective-residents',
      count: 2,
      percent: 50,
    });
    expect(summary.reduce((sum, entry) => sum + entry.percent, 0)).toBe(100);
  });

  it('gives all zeros for an empty board', () => {
    expect(summarizeQuadrants([]).every((entry) => entry.count === 0 && entry.percent === 0)).toBe(
      true,
    );
  });
});

describe('the facilitator’s examples', () => {
  it('are never an outcome: listed initiatives and quadrant counts are the participants’ only', () => {
    const { control, board } = filledSession('nl');
    const snapshot = snapshotSession(control, board);
    expect(countExamples(snapshot)).toBe(6);
    const listed = listInitiatives(snapshot, REPORT_LABELS.nl);
    expect(listed.map((initiative) => initiative.id)).toEqual(['garden', 'walk', 'centre']);
    expect(listed.some((initiative) => isExampleAuthor(initiative.author.participantId))).toBe(
      false,
    );
    const counts = summarizeQuadrants(listed).map((entry) => entry.count);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(3);
  });

  it('are recognised by the facilitator’s namespace, which no participant can own', () => {
    expect(isExampleAuthor(FACILITATOR_NAMESPACE)).toBe(true);
    expect(isExampleAuthor('anna')).toBe(false);
  });
});
