/**
 * The shape of a session's two Yjs documents. This file is the map: root names, what each
 * root holds, and who may write it. Typed accessors and actions build on these names; nothing
 * else in the code base spells a CONTROL root name as a string (a BOARD root's name is spelled
 * once, in its slice).
 *
 * BOARD document (room `<code>`): written by participants.
 *   Every root is `Y.Map<participantId, ...>`: a participant writes only below their own
 *   participantId (the relay enforces this), so nobody can edit or delete another's words.
 *   The facilitator may write anywhere in the board (moderation, pre-placed examples under
 *   FACILITATOR_NAMESPACE). Each root is declared by the activity that owns it, as a BoardSlice
 *   (core/board-slice.ts) in shared/activities/<kind>/schema.ts; shared/session/activities.ts
 *   registers them. Today: participants, initiatives (x: individual -1 ... collective +1;
 *   y: professionals -1 ... residents +1), routeNotes, checkHands, dots, recognitions, takeaways,
 *   readiness.
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
