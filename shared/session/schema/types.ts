/**
 * Plain JSON views of the two documents (see layout.ts for the Yjs side). Readers produce these;
 * exports and backups consume them. Nested records mirror the documents' nesting exactly, so a
 * snapshot restores losslessly.
 */
import { LIMITS, type Language, type Perspective } from '../../core/protocol';
import type { Choice, PropositionState, ResultsVisibility, TimerState } from '../../core/layout';
import type { RoutePosition, RouteWalkEntry } from '../../activities/routemap/domain';
import type { RouteStepId, SessionContent } from '../../template/types';
import type { PublishedResult } from '../../activities/propositions/tally';

export const INITIATIVE_COLOURS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const;
export type InitiativeColour = (typeof INITIATIVE_COLOURS)[number];

export const CHECK_HANDS = ['yes', 'no'] as const;
export type CheckHand = (typeof CHECK_HANDS)[number];

export const PROPOSITION_STATES: readonly PropositionState[] = [
  'draft',
  'open',
  'closed',
  'revealed',
];
export const RESULTS_VISIBILITIES: readonly ResultsVisibility[] = ['onReveal', 'live'];

export type Participant = { name: string; perspective: Perspective | ''; joinedAt: number };
export type Initiative = {
  text: string;
  colour: InitiativeColour;
  x: number;
  y: number;
  createdAt: number;
  updatedAt: number;
};
export type RouteNote = { stepId: RouteStepId; text: string; createdAt: number };
export type Takeaway = { text: string; createdAt: number; updatedAt: number };

/** participantId -> entries, as in the BOARD document. */
export type ByParticipant<T> = Record<string, T>;

export type BoardState = {
  participants: ByParticipant<Participant>;
  initiatives: ByParticipant<Record<string, Initiative>>;
  routeNotes: ByParticipant<Record<string, RouteNote>>;
  /** checkRound (as a string key) -> hand. */
  checkHands: ByParticipant<Record<string, CheckHand>>;
  /** lessonId -> dots. */
  dots: ByParticipant<Record<string, number>>;
  /** reason or barrier item id -> true. */
  recognitions: ByParticipant<Record<string, true>>;
  takeaways: ByParticipant<Record<string, Takeaway>>;
  /** agendaItemId -> when the participant said "done". */
  readiness: ByParticipant<Record<string, number>>;
};

export type Meta = { title: string; lang: Language; createdAt: number; schemaVersion: number };
export type Settings = {
  resultsVisibility: ResultsVisibility;
  facilitatorVotes: boolean;
  dotBudget: number;
  /** Perspective groups with fewer voters are not shown on their own (LIMITS.defaultMinGroupSize). */
  minGroupSize: number;
  /** New joins beyond this many participants are refused (removed participants free a seat). */
  participantCap: number;
  /** "Deuren dicht": no new joins at all; participants already in keep working. */
  doorsClosed: boolean;
};
export type LiveState = {
  agendaItemId: string;
  routeStepId: RoutePosition;
  boardLocked: boolean;
  timer: TimerState | null;
  checkRound: number;
  checkPollOpen: boolean;
};
export type Proposition = {
  id: string;
  text: string;
  state: PropositionState;
  choices: Choice[];
  order: number;
};

export type ControlState = {
  meta: Meta;
  settings: Settings;
  live: LiveState;
  content: SessionContent;
  /** Sorted by `order`, then id. */
  propositions: Proposition[];
  /** propositionId -> what the server published (aggregates only, never a ballot). */
  results: Record<string, PublishedResult>;
  routeWalk: RouteWalkEntry[];
  /** initiativeId -> 'hidden'. */
  moderation: Record<string, 'hidden'>;
};

export const DEFAULT_SETTINGS: Settings = {
  resultsVisibility: 'onReveal',
  facilitatorVotes: false,
  dotBudget: LIMITS.defaultDotBudget,
  minGroupSize: LIMITS.defaultMinGroupSize,
  participantCap: LIMITS.defaultParticipantCap,
  doorsClosed: false,
};
