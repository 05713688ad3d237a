import { describe, expect, it } from 'vitest';
import { MAX_NUDGED_NOTES, nudgeApart, type Box } from '../../client/activities/quadrant/nudge';

const bounds = { width: 1000, height: 600 };

function moved(box: Box, offset: { x: number; y: number } | undefined): Box {
  return { ...box, cx: box.cx + (offset?.x ?? 0), cy: box.cy + (offset?.y ?? 0) };
}

function overlaps(a: Box, b: Box): boolean {
  return (
    Math.abs(a.cx - b.cx) < (a.width + b.width) / 2 &&
    Math.abs(a.cy - b.cy) < (a.height + b.height) / 2
  );
}

describe('nudging notes apart on the projector', () => {
  it('leaves notes that do not touch where they were put', () => {
    const notes = [
      { cx: 100, cy: 100, width: 120, height: 60 },
      { cx: 500, cy: 300, width: 120, height: 60 },
    ];
    expect(nudgeApart(notes, [], bounds)).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 0 },
    ]);
  });

  it('pushes two notes on the same spot apart until they no longer overlap', () => {
    const notes = [
      { cx: 500, cy: 300, width: 200, height: 80 },
      { cx: 505, cy: 300, width: 200, height: 80 },
    ];
    const [a, b] = nudgeApart(notes, [], bounds);
    const [first, second] = notes;
    if (first === undefined || second === undefined) throw new Error('two notes');
    expect(overlaps(moved(first, a), moved(second, b))).toBe(false);
  });

  it('moves a note off an axis label and keeps it on the board', () => {
    const label = { cx: 60, cy: 300, width: 120, height: 30 };
    const note = { cx: 40, cy: 300, width: 150, height: 60 };
    const [offset] = nudgeApart([note], [label], bounds);
    const after = moved(note, offset);
    expect(overlaps(after, label)).toBe(false);
    expect(after.cx - after.width / 2).toBeGreaterThanOrEqual(0);
    expect(after.cy - after.height / 2).toBeGreaterThanOrEqual(0);
  });

  it('separates a crowd of twenty notes on a board with room for them', () => {
    const notes = Array.from({ length: 20 }, (_, index) => ({
      cx: 480 + (index % 5) * 10,
      cy: 280 + Math.floor(index / 5) * 10,
      width: 160,
      height: 70,
    }));
    const after = nudgeApart(notes, [], bounds).map((offset, index) => {
      const note = notes[index];
      if (note === undefined) throw new Error('note');
      return moved(note, offset);
    });
    for (let i = 0; i < after.length; i += 1)
      for (let j = i + 1; j < after.length; j += 1) {
        const a = after[i];
        const b = after[j];
        if (a !== undefined && b !== undefined) expect(overlaps(a, b)).toBe(false);
      }
  });

  it('leaves a board too full to separate as it is, instead of stalling the projector', () => {
    const notes = Array.from({ length: MAX_NUDGED_NOTES + 1 }, () => ({
      cx: 500,
      cy: 300,
      width: 160,
      height: 70,
    }));
    expect(nudgeApart(notes, [], bounds).every((offset) => offset.x === 0 && offset.y === 0)).toBe(
      true,
    );
  });
});
