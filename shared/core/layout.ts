/**
 * The shape of a session's two Yjs documents. This file is the map: root names, what each
 * root holds, and who may write it. Typed accessors and actions build on these names; nothing
 * else in the code base spells a root name as a string.
 *
 * BOARD document (room `<code>`): written by participants.
 *   Every root is `Y.Map<participantId, Y.Map<...>>`: a participant writes only below their own
 *   participantId (the relay enforces this), so nobody can edit or delete another's words.
 *   The facilitator may write anywhere in the board (moderation, pre-placed examples under
 *   FACILITATOR_NAMESPACE).
 *
 *   participants   pid -> Y.Map { name: string, perspective: Perspective | '', joinedAt: number }
 *   initiatives    pid -> Y.Map<initiativeId, Y.Map { text, colour, x, y, createdAt, updatedAt }>
 *                  x: individual -1 ... collective +1; y: professionals -1 ... residents +1
 *   routeNotes     pid -> Y.Map<noteId, Y.Map { stepId, text, createdAt }>
 *   checkHands     pid -> Y.Map<checkRound: string, 'yes' | 'no'>   (show of hands at the CHECK)
 *   dots           pid -> Y.Map<lessonId, number>                    (sum <= dot budget)
 *   recognitions   pid -> Y.Map<itemId, true>                        (reasons and barriers)
 *   takeaways      pid -> Y.Map<takeawayId, Y.Map { text, createdAt }>
 *   readiness      pid -> Y.Map<agendaItemId, number>                ("I'm done", timestamp)
 *
 * CONTROL document (room `<code>.control`): read-only for participants.
 *   meta           Y.Map { title, lang, createdAt, schemaVersion }
 *   settings       Y.Map { resultsVisibility: 'onReveal' | 'live', facilitatorVotes: boolean,
 *                          dotBudget: number, minGroupSize: number, participantCap: number,
 *                          doorsClosed: boolean }
 *   live           Y.Map { agendaItemId, routeStepId, boardLocked: boolean,
 *                          timer: TimerState | null, checkRound: number, checkPollOpen: boolean }
 *   content        Y.Map<ContentKey, JSON>  the workshop texts (agenda, meanings, reasons,
 *                          quadrant, barriers, routeMap, municipality, lessons, takeawayQuestion)
 *   propositions   Y.Map<propositionId, Y.Map { text, state, choices: Choice[], order }>
 *   results        Y.Map<propositionId, PublishedResult JSON>  (see domain/tally.ts)
 *                  written ONLY by the server: aggregates of the ballots it keeps outside every
 *                  relayed document (server/ballots). The voter count always; counts per choice
 *                  and per perspective group (small groups suppressed) only while visible.
 *   votes          LEGACY: before secret ballots, participantId -> choiceId per proposition.
 *                  Migrated into the private ballot store and emptied when a session loads;
 *                  refused to every socket.
 *   routeWalk      Y.Array<RouteWalkEntry JSON>  the path the group walked (steps, decisions)
 *   moderation     Y.Map<initiativeId, 'hidden'>
 */
import type { AgendaItemId } from './ids';

export const BOARD_ROOT = {
  participants: 'participants',
  initiatives: 'initiatives',
  routeNotes: 'routeNotes',
  checkHands: 'checkHands',
  dots: 'dots',
  recognitions: 'recognitions',
  takeaways: 'takeaways',
  readiness: 'readiness',
} as const;
export type BoardRootName = (typeof BOARD_ROOT)[keyof typeof BOARD_ROOT];
export const BOARD_ROOT_NAMES: readonly BoardRootName[] = Object.values(BOARD_ROOT);

export const CONTROL_ROOT = {
  meta: 'meta',
  settings: 'settings',
  live: 'live',
  content: 'content',
  propositions: 'propositions',
  results: 'results',
  votes: 'votes',
  routeWalk: 'routeWalk',
  moderation: 'moderation',
} as const;
export type ControlRootName = (typeof CONTROL_ROOT)[keyof typeof CONTROL_ROOT];
export const CONTROL_ROOT_NAMES: readonly ControlRootName[] = Object.values(CONTROL_ROOT);

/** Control roots whose every write comes from the server process itself, never a socket. */
export const SERVER_ONLY_CONTROL_ROOTS: readonly ControlRootName[] = [
  CONTROL_ROOT.results,
  CONTROL_ROOT.votes,
];

/** Board namespace the facilitator uses for pre-placed example initiatives. */
export const FACILITATOR_NAMESPACE = 'facilitator';

export const SCHEMA_VERSION = 1;

export type PropositionState = 'draft' | 'open' | 'closed' | 'revealed';
export type ResultsVisibility = 'onReveal' | 'live';

export type Choice = { id: string; label: string };

export type TimerState =
  | { state: 'running'; agendaItemId: AgendaItemId; endsAt: number; durationMs: number }
  | { state: 'paused'; agendaItemId: AgendaItemId; remainingMs: number; durationMs: number };
