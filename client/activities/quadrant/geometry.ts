/**
 * A pointer that travels this far while pressed is dragging (dnd-kit's activation distance);
 * less, and its release is a tap (which picks a note up).
 */
export const DRAG_THRESHOLD_PX = 4;

/** Board coordinates (x: individual -1 … collective +1, y: professionals -1 … residents +1) ↔ CSS. */
export function clampUnit(value: number): number {
  return Math.max(-1, Math.min(1, value));
}

export function toPercent(x: number, y: number): { left: string; top: string } {
  return { left: `${((x + 1) / 2) * 100}%`, top: `${((1 - y) / 2) * 100}%` };
}

/** A drag of (dx, dy) pixels on a board of (width, height) pixels, as a move in board units. */
export function moveBy(
  from: { x: number; y: number },
  delta: { x: number; y: number },
  board: { width: number; height: number },
): { x: number; y: number } {
  if (board.width === 0 || board.height === 0) return from;
  return {
    x: round(clampUnit(from.x + (2 * delta.x) / board.width)),
    y: round(clampUnit(from.y - (2 * delta.y) / board.height)),
  };
}

/** Three decimals is sub-pixel on any screen and keeps updates small. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A point on the screen (a tap) as a place on the board whose box is `board`. */
export function pointToBoard(
  point: { x: number; y: number },
  board: { left: number; top: number; width: number; height: number },
): { x: number; y: number } | null {
  if (board.width === 0 || board.height === 0) return null;
  return {
    x: round(clampUnit(((point.x - board.left) / board.width) * 2 - 1)),
    y: round(clampUnit(1 - ((point.y - board.top) / board.height) * 2)),
  };
}
