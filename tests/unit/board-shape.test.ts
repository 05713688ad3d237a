import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/core/protocol';
import { boardSlot, leafValueProblem } from '../../shared/session/board-shape';
import { deleteRangeOrderProblem } from '../../server/relay/update-cost';

describe('the BOARD shape the relay enforces on participants', () => {
  it('has a map per namespace and per entry, and bounded values at the leaves', () => {
    expect(boardSlot('initiatives', ['p1'])).toEqual({ kind: 'map' });
    expect(boardSlot('initiatives', ['p1', 'n1'])).toEqual({ kind: 'map' });
    expect(boardSlot('initiatives', ['p1', 'n1', 'text'])).toEqual({
      kind: 'value',
      maxStringLength: LIMITS.initiativeTextMaxLength,
    });
    expect(boardSlot('takeaways', ['p1', 't1', 'text'])).toEqual({
      kind: 'value',
      maxStringLength: LIMITS.takeawayTextMaxLength,
    });
    expect(boardSlot('participants', ['p1', 'name'])).toEqual({
      kind: 'value',
      maxStringLength: LIMITS.participantNameMaxLength,
    });
    expect(boardSlot('dots', ['p1', 'lesson-1'])).toMatchObject({ kind: 'value' });
  });

  it('has no sequences, no unknown fields, no deeper nesting, no unknown roots, no long keys', () => {
    expect(boardSlot('takeaways', ['p1', 't1', null]).kind).toBe('none');
    expect(boardSlot('takeaways', ['p1', null]).kind).toBe('none');
    expect(boardSlot('initiatives', ['p1', 'n1', 'script']).kind).toBe('none');
    expect(boardSlot('initiatives', ['p1', 'n1', 'text', 'deeper']).kind).toBe('none');
    expect(boardSlot('dots', ['p1', 'lesson-1', 'deeper']).kind).toBe('none');
    expect(boardSlot('elsewhere', ['p1']).kind).toBe('none');
    expect(boardSlot('dots', ['p1', 'k'.repeat(LIMITS.boardKeyMaxLength + 1)]).kind).toBe('none');
  });

  it('allows primitives within the length, nothing else', () => {
    expect(leafValueProblem('short', 10)).toBeNull();
    expect(leafValueProblem(0.5, 10)).toBeNull();
    expect(leafValueProblem(true, 10)).toBeNull();
    expect(leafValueProblem(null, 10)).toBeNull();
    expect(leafValueProblem('x'.repeat(11), 10)).toMatch(/11 characters/);
    expect(leafValueProblem(Number.NaN, 10)).not.toBeNull();
    expect(leafValueProblem({ nested: 1 }, 10)).not.toBeNull();
    expect(leafValueProblem([1, 2], 10)).not.toBeNull();
  });
});

describe('delete ranges as Yjs writes them', () => {
  it('accepts ascending, non-overlapping ranges (touching ones too)', () => {
    expect(deleteRangeOrderProblem([])).toBeNull();
    expect(
      deleteRangeOrderProblem([
        { clock: 0, len: 2 },
        { clock: 2, len: 1 },
        { clock: 10, len: 5 },
      ]),
    ).toBeNull();
  });

  it('refuses descending, overlapping and empty ranges', () => {
    expect(
      deleteRangeOrderProblem([
        { clock: 10, len: 1 },
        { clock: 8, len: 1 },
      ]),
    ).toMatch(/order/);
    expect(
      deleteRangeOrderProblem([
        { clock: 0, len: 5 },
        { clock: 3, len: 1 },
      ]),
    ).toMatch(/overlapping/);
    expect(deleteRangeOrderProblem([{ clock: 0, len: 0 }])).toMatch(/empty/);
  });
});
