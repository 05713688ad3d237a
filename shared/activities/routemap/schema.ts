/**
 * The route map's stored values: notes per step and the show of hands at the CHECK in the BOARD;
 * the walk (CONTROL `routeWalk`) and where the group stands (its fields of CONTROL `live`).
 */
import type * as Y from 'yjs';
import {
  type Decoder,
  arrayOf,
  boolean,
  integerIn,
  nullable,
  object,
  oneOf,
  text,
  timestamp,
} from '../../core/decode';
import { LIMITS } from '../../core/protocol';
import { CONTROL_ROOT } from '../../core/layout';
import { controlRoot, routeWalkArray } from '../../core/roots';
import { readDecodedFields } from '../../core/readers';
import { entriesSlice, valuesSlice } from '../../core/board-slice';
import { ROUTE_STEP_IDS, type RouteStepId } from '../../template/types';
import {
  ROUTE_DECISIONS,
  ROUTE_POSITIONS,
  type RoutePosition,
  type RouteWalkEntry,
} from './domain';

export const CHECK_HANDS = ['yes', 'no'] as const;
export type CheckHand = (typeof CHECK_HANDS)[number];

/** More CHECK rounds than this in one workshop means a stuck button, not a discussion. */
export const MAX_CHECK_ROUND = 10_000;

export type RouteNote = { stepId: RouteStepId; text: string; createdAt: number };

export const routeNoteDecoder: Decoder<RouteNote> = object({
  stepId: oneOf(ROUTE_STEP_IDS),
  text: text({ max: LIMITS.routeNoteTextMaxLength }),
  createdAt: timestamp,
});

export const checkHandDecoder: Decoder<CheckHand> = oneOf(CHECK_HANDS);

/** BOARD `routeNotes`: pid -> noteId -> { stepId, text, createdAt }. */
export const routeNotesSlice = entriesSlice(
  'routeNotes',
  {
    stepId: LIMITS.boardShortValueMaxLength,
    text: LIMITS.routeNoteTextMaxLength,
    createdAt: LIMITS.boardShortValueMaxLength,
  },
  LIMITS.maxRouteNotesPerParticipant,
  routeNoteDecoder,
);

/** BOARD `checkHands`: pid -> checkRound (as a string key) -> 'yes' | 'no'. */
export const checkHandsSlice = valuesSlice('checkHands', checkHandDecoder, 'never');

export const routeWalkEntryDecoder: Decoder<RouteWalkEntry> = object({
  from: nullable(oneOf(ROUTE_POSITIONS)),
  to: oneOf(ROUTE_POSITIONS),
  decision: oneOf([...ROUTE_DECISIONS, 'jump'] as const),
  at: timestamp,
  checkRound: nullable(integerIn(0, MAX_CHECK_ROUND)),
});

export const routeWalkDecoder = arrayOf(routeWalkEntryDecoder);

/** The route map's fields of CONTROL `live`. */
export type RouteLive = { routeStepId: RoutePosition; checkRound: number; checkPollOpen: boolean };

export const ROUTE_LIVE_FIELDS = {
  routeStepId: oneOf(ROUTE_POSITIONS),
  checkRound: integerIn(0, MAX_CHECK_ROUND),
  checkPollOpen: boolean,
};

export const DEFAULT_ROUTE_LIVE: RouteLive = {
  routeStepId: 'explore',
  checkRound: 0,
  checkPollOpen: false,
};

const routeLiveDecoder: Decoder<RouteLive> = object(ROUTE_LIVE_FIELDS);

export function readRouteLive(control: Y.Doc): RouteLive {
  return readDecodedFields(
    controlRoot(control, CONTROL_ROOT.live),
    DEFAULT_ROUTE_LIVE,
    routeLiveDecoder,
    'live',
  );
}

export function readRouteWalk(control: Y.Doc): RouteWalkEntry[] {
  const walk: RouteWalkEntry[] = [];
  routeWalkArray(control).forEach((value, index) => {
    const decoded = routeWalkEntryDecoder(value, `routeWalk[${index}]`);
    if (decoded.ok) walk.push(decoded.value);
  });
  return walk;
}
