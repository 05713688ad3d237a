/**
 * The Routekaart as a state machine. The flow is the method's, fixed here; the texts of the steps
 * live in the template. Explore -> CHECK; at the CHECK, fitting provisions exist -> "sluit aan"
 * (connect), none -> "wie is aan zet?" -> plan -> execute -> evaluate; an evaluation without the
 * wanted effect loops back to step 1.
 */
import { ROUTE_STEP_IDS, type RouteStepId } from '../../template/types';

export { ROUTE_STEP_IDS, type RouteStepId };

/** Where the group is: on a step, or through the map. */
export type RoutePosition = RouteStepId | 'done';
export const ROUTE_POSITIONS: readonly RoutePosition[] = [...ROUTE_STEP_IDS, 'done'];

/**
 * - continue: the step is finished, go on;
 * - fits / noFit: the CHECK's answer (also at connect: referral turned out impossible -> noFit);
 * - effective / notEffective: the evaluation's answer (notEffective loops back to step 1).
 */
export const ROUTE_DECISIONS = ['continue', 'fits', 'noFit', 'effective', 'notEffective'] as const;
export type RouteDecision = (typeof ROUTE_DECISIONS)[number];

const FLOW: Record<RoutePosition, Partial<Record<RouteDecision, RoutePosition>>> = {
  explore: { continue: 'check' },
  check: { fits: 'connect', noFit: 'plan' },
  connect: { continue: 'done', noFit: 'plan' },
  plan: { continue: 'execute' },
  execute: { continue: 'evaluate' },
  evaluate: { effective: 'done', notEffective: 'explore' },
  done: {},
};

/** The next position for a decision, or null when that decision makes no sense at this step. */
export function nextStep(current: RoutePosition, decision: RouteDecision): RoutePosition | null {
  return FLOW[current][decision] ?? null;
}

/** The decisions the facilitator can take at a position, in the order the UI offers them. */
export function decisionsAt(current: RoutePosition): RouteDecision[] {
  return ROUTE_DECISIONS.filter((decision) => FLOW[current][decision] !== undefined);
}

/** One move of the group on the map; 'jump' is the facilitator going to a step directly. */
export type RouteWalkEntry = {
  from: RoutePosition | null;
  to: RoutePosition;
  decision: RouteDecision | 'jump';
  at: number;
  /** The CHECK round whose show of hands preceded a fits/noFit decision; null otherwise. */
  checkRound: number | null;
};

/** How many times the walk went back to step 1 after an evaluation. */
export function loopCount(walk: readonly RouteWalkEntry[]): number {
  return walk.filter((entry) => entry.from === 'evaluate' && entry.decision === 'notEffective')
    .length;
}

/** The CHECK decisions in walk order: what the group concluded each time it stood at the CHECK. */
export function checkDecisions(walk: readonly RouteWalkEntry[]): RouteWalkEntry[] {
  return walk.filter(
    (entry) => entry.from === 'check' && (entry.decision === 'fits' || entry.decision === 'noFit'),
  );
}

/** The positions visited, starting at the first entry's origin (or explore when the walk is empty). */
export function visitedPositions(walk: readonly RouteWalkEntry[]): RoutePosition[] {
  const first = walk[0];
  const start: RoutePosition = first?.from ?? 'explore';
  return [start, ...walk.map((entry) => entry.to)];
}
