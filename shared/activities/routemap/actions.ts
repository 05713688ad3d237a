import type * as Y from 'yjs';
import { actionError } from '../../core/errors';
import { oneOf, timestamp } from '../../core/decode';
import { err, ok } from '../../core/result';
import { CONTROL_ROOT } from '../../core/layout';
import { controlRoot, routeWalkArray } from '../../core/roots';
import { readRouteLive } from './schema';
import {
  ROUTE_DECISIONS,
  ROUTE_POSITIONS,
  nextStep,
  type RouteDecision,
  type RoutePosition,
  type RouteWalkEntry,
} from './domain';
import { type ActionResult, decodeInput, transact } from '../../core/run';

function record(control: Y.Doc, entry: RouteWalkEntry): void {
  controlRoot(control, CONTROL_ROOT.live).set('routeStepId', entry.to);
  routeWalkArray(control).push([entry]);
}

/** The facilitator jumps to a step directly (recorded in the walk as 'jump'). */
export function setRouteStep(control: Y.Doc, position: RoutePosition, at: number): ActionResult {
  const target = decodeInput(oneOf(ROUTE_POSITIONS), position, 'position');
  const when = decodeInput(timestamp, at, 'at');
  if (!target.ok) return target;
  if (!when.ok) return when;
  const from = readRouteLive(control).routeStepId;
  return transact(control, () => {
    record(control, { from, to: target.value, decision: 'jump', at: when.value, checkRound: null });
    return ok(undefined);
  });
}

/** Takes a decision at the current step and moves on along the method's flow. Returns the new position. */
export function advanceRoute(
  control: Y.Doc,
  decision: RouteDecision,
  at: number,
): ActionResult<RoutePosition> {
  const chosen = decodeInput(oneOf(ROUTE_DECISIONS), decision, 'decision');
  const when = decodeInput(timestamp, at, 'at');
  if (!chosen.ok) return chosen;
  if (!when.ok) return when;
  const live = readRouteLive(control);
  const to = nextStep(live.routeStepId, chosen.value);
  if (to === null) {
    return err(
      actionError(
        'invalid-decision',
        `"${chosen.value}" is not a decision at ${live.routeStepId}`,
        'decision',
      ),
    );
  }
  const isCheck = live.routeStepId === 'check';
  return transact(control, () => {
    record(control, {
      from: live.routeStepId,
      to,
      decision: chosen.value,
      at: when.value,
      checkRound: isCheck ? live.checkRound : null,
    });
    // The show of hands belongs to the decision just taken; it closes with it.
    if (isCheck) controlRoot(control, CONTROL_ROOT.live).set('checkPollOpen', false);
    return ok(to);
  });
}

/** The CHECK: fitting provisions exist -> "sluit aan" (connect); none -> "wie is aan zet?" (plan). */
export function decideCheck(
  control: Y.Doc,
  decision: 'fits' | 'noFit',
  at: number,
): ActionResult<RoutePosition> {
  if (readRouteLive(control).routeStepId !== 'check')
    return err(actionError('not-at-check', 'The group is not at the CHECK', 'decision'));
  return advanceRoute(control, decision, at);
}

/** The evaluation found no wanted effect: back to step 1, explore. */
export function loopBack(control: Y.Doc, at: number): ActionResult<RoutePosition> {
  if (readRouteLive(control).routeStepId !== 'evaluate') {
    return err(
      actionError('not-at-evaluation', 'Only the evaluation loops back to step 1', 'decision'),
    );
  }
  return advanceRoute(control, 'notEffective', at);
}

/** Opens a new show-of-hands round at the CHECK (participants answer with setCheckHand). Returns the round. */
export function openCheckPoll(control: Y.Doc): ActionResult<number> {
  const live = readRouteLive(control);
  return transact(control, () => {
    const round = live.checkRound + 1;
    const liveMap = controlRoot(control, CONTROL_ROOT.live);
    liveMap.set('checkRound', round);
    liveMap.set('checkPollOpen', true);
    return ok(round);
  });
}

export function closeCheckPoll(control: Y.Doc): ActionResult {
  return transact(control, () => {
    controlRoot(control, CONTROL_ROOT.live).set('checkPollOpen', false);
    return ok(undefined);
  });
}
