/**
 * Notes on the projector must not cover each other or the axis labels: a few rounds of pushing
 * overlapping boxes apart, in pixels, from where the notes were put. Pure, so it is tested on
 * its own; the projector measures the boxes and applies the offsets.
 */
export type Box = { cx: number; cy: number; width: number; height: number };
export type Offset = { x: number; y: number };

const GAP = 6;
const ROUNDS = 100;
/**
 * Pushing apart costs rounds × notes²; past this many notes a projector board is too full to
 * separate anyway, and the notes stay where they were put rather than stall the screen.
 */
export const MAX_NUDGED_NOTES = 150;

function overlap(a: Box, b: Box): { x: number; y: number } {
  const x = (a.width + b.width) / 2 + GAP - Math.abs(a.cx - b.cx);
  const y = (a.height + b.height) / 2 + GAP - Math.abs(a.cy - b.cy);
  return { x, y };
}

/**
 * Pushes `a` (and `b` as much the other way, unless `b` is fixed) apart along the line between
 * their centres, measured in box sizes: a crowd spreads over the board in both directions
 * instead of stacking into one column. Returns whether they overlapped.
 */
function separate(a: Box, b: Box, bFixed: boolean, tieBreak: number): boolean {
  const { x, y } = overlap(a, b);
  if (x <= 0 || y <= 0) return false;
  let dx = (a.cx - b.cx) / (a.width + b.width);
  let dy = (a.cy - b.cy) / (a.height + b.height);
  if (dx === 0 && dy === 0) {
    // Two notes on the very same spot: a fixed angle per pair, so the result is deterministic.
    dx = Math.cos(tieBreak);
    dy = Math.sin(tieBreak);
  }
  const length = Math.hypot(dx, dy);
  const share = bFixed ? 1 : 0.5;
  const pushX = x * Math.abs(dx / length) * share * Math.sign(dx);
  const pushY = y * Math.abs(dy / length) * share * Math.sign(dy);
  a.cx += pushX;
  a.cy += pushY;
  if (!bFixed) {
    b.cx -= pushX;
    b.cy -= pushY;
  }
  return true;
}

/** A note keeps this far from the board's edge, so its shadow and corners stay on the board. */
const EDGE = 8;

function keepInside(box: Box, bounds: { width: number; height: number }): void {
  const halfWidth = Math.min(box.width / 2 + EDGE, bounds.width / 2);
  const halfHeight = Math.min(box.height / 2 + EDGE, bounds.height / 2);
  box.cx = Math.max(halfWidth, Math.min(bounds.width - halfWidth, box.cx));
  box.cy = Math.max(halfHeight, Math.min(bounds.height - halfHeight, box.cy));
}

/**
 * The offset of each note from where it was put, so that no two notes and no note and obstacle
 * overlap where the board has room for it; on a board too full for that, overlaps are as small
 * as the rounds could make them (the scale of the notes, not this, must then give way).
 */
export function nudgeApart(
  notes: readonly Box[],
  obstacles: readonly Box[],
  bounds: { width: number; height: number },
): Offset[] {
  if (notes.length > MAX_NUDGED_NOTES) return notes.map(() => ({ x: 0, y: 0 }));
  const moved = notes.map((note) => ({ ...note }));
  for (const note of moved) keepInside(note, bounds);
  for (let round = 0; round < ROUNDS; round += 1) {
    let changed = false;
    for (let i = 0; i < moved.length; i += 1) {
      const a = moved[i];
      if (a === undefined) continue;
      for (let j = i + 1; j < moved.length; j += 1) {
        const b = moved[j];
        if (b !== undefined && separate(a, b, false, i * 7 + j)) changed = true;
      }
      for (const obstacle of obstacles) if (separate(a, { ...obstacle }, true, i)) changed = true;
    }
    for (const note of moved) keepInside(note, bounds);
    if (!changed) break;
  }
  return moved.map((note, index) => {
    const start = notes[index];
    return start === undefined
      ? { x: 0, y: 0 }
      : { x: Math.round(note.cx - start.cx), y: Math.round(note.cy - start.cy) };
  });
}
