/**
 * Where an initiative sits on the four-quadrant model. Positions are continuous (x: individual
 * -1 ... collective +1; y: professionals -1 ... residents +1) and the quadrant is derived, never
 * stored. The article calls the axes sliding scales (the community centre, where professionals
 * are often present, sits between), so a band around each axis counts as "between".
 */
import { QUADRANT_IDS, type QuadrantId } from '../../template/types';
import { largestRemainderPercentages } from '../propositions/tally';

export { QUADRANT_IDS, type QuadrantId };

/** Half-width of the band around each axis. 0.15 = 7.5% of the board's width each side of an axis. */
export const BETWEEN_BAND = 0.15;

export type QuadrantPlacement = QuadrantId | 'between';
export const QUADRANT_PLACEMENTS: readonly QuadrantPlacement[] = [...QUADRANT_IDS, 'between'];

/** Keeps a dragged position on the board; NaN (a broken pointer event) goes to the centre. */
export function clampPosition(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(1, Math.max(-1, value));
}

function quadrantForSides(collective: boolean, residents: boolean): QuadrantId {
  if (collective) return residents ? 'collective-residents' : 'collective-professionals';
  return residents ? 'individual-residents' : 'individual-professionals';
}

/** Inside the band around the x axis or the y axis (on the band's edge counts as outside). */
export function isBetween(x: number, y: number, band: number = BETWEEN_BAND): boolean {
  return Math.abs(x) < band || Math.abs(y) < band;
}

export function quadrantOf(x: number, y: number, band: number = BETWEEN_BAND): QuadrantPlacement {
  if (isBetween(x, y, band)) return 'between';
  return quadrantForSides(x > 0, y > 0);
}

/**
 * The quadrants a position belongs to: one for a clear position, two for a note in one band,
 * all four near the centre. "Initiatives can have a place in several quadrants".
 */
export function quadrantsTouched(x: number, y: number, band: number = BETWEEN_BAND): QuadrantId[] {
  const xSides = Math.abs(x) < band ? [false, true] : [x > 0];
  const ySides = Math.abs(y) < band ? [false, true] : [y > 0];
  const touched = new Set<QuadrantId>();
  for (const collective of xSides)
    for (const residents of ySides) touched.add(quadrantForSides(collective, residents));
  return QUADRANT_IDS.filter((quadrant) => touched.has(quadrant));
}

export type Positioned = { x: number; y: number };

/** Initiatives grouped by placement, in their given order; every placement present (maybe empty). */
export function groupByQuadrant<T extends Positioned>(
  initiatives: readonly T[],
  band: number = BETWEEN_BAND,
): Record<QuadrantPlacement, T[]> {
  const groups: Record<QuadrantPlacement, T[]> = {
    'collective-residents': [],
    'collective-professionals': [],
    'individual-professionals': [],
    'individual-residents': [],
    between: [],
  };
  for (const initiative of initiatives)
    groups[quadrantOf(initiative.x, initiative.y, band)].push(initiative);
  return groups;
}

export type QuadrantSummary = { placement: QuadrantPlacement; count: number; percent: number };

/** Counts per placement with percentages that add up to 100 (see tally.ts). */
export function summarizeQuadrants(
  initiatives: readonly Positioned[],
  band: number = BETWEEN_BAND,
): QuadrantSummary[] {
  const groups = groupByQuadrant(initiatives, band);
  const counts = QUADRANT_PLACEMENTS.map((placement) => groups[placement].length);
  const percents = largestRemainderPercentages(counts);
  return QUADRANT_PLACEMENTS.map((placement, index) => ({
    placement,
    count: counts[index] ?? 0,
    percent: percents[index] ?? 0,
  }));
}
