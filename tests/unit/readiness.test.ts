import { describe, expect, it } from 'vitest';
import { readinessOf, readinessShare } from '../../shared/activities/readiness/domain';
import { agendaItemId as asAgendaItemId } from '../../shared/core/ids';

describe('readinessOf', () => {
  const readiness = { anna: { why: 5, quadrant: 9 }, bram: { why: 7 }, left: { why: 3 } };

  it('counts present participants who said done for this item', () => {
    expect(readinessOf(readiness, asAgendaItemId('why'), ['anna', 'bram', 'cees'])).toEqual({
      done: 2,
      present: 3,
    });
    expect(readinessOf(readiness, asAgendaItemId('quadrant'), ['anna', 'bram', 'cees'])).toEqual({
      done: 1,
      present: 3,
    });
  });

  it('does not count someone who left, so done never exceeds present', () => {
    expect(readinessOf(readiness, asAgendaItemId('why'), ['anna'])).toEqual({
      done: 1,
      present: 1,
    });
  });

  it('counts a participant with two tabs once', () => {
    expect(readinessOf(readiness, asAgendaItemId('why'), ['anna', 'anna'])).toEqual({
      done: 1,
      present: 1,
    });
  });

  it('gives a share for the progress bar, 0 when the room is empty', () => {
    expect(readinessShare({ done: 1, present: 4 })).toBe(0.25);
    expect(readinessShare({ done: 0, present: 0 })).toBe(0);
  });
});
