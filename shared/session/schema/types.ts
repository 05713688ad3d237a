/**
 * Plain JSON views of the two documents (see core/layout.ts for the Yjs side), assembled from the
 * activities' slices. Readers produce these; exports and backups consume them. Nested records
 * mirror the documents' nesting exactly, so a snapshot restores losslessly.
 */
import { LIMITS } from '../../core/protocol';
import type { ByParticipant } from '../../core/readers';
import type { Meta } from '../../core/meta';
import type { SessionContent } from '../../template/types';
import type { RouteWalkEntry } from '../../activities/routemap/domain';
import type { PublishedResult } from '../../activities/propositions/tally';
import type { AgendaLive } from '../../activities/agenda/schema';
import type { Initiative } from '../../activities/quadrant/schema';
import type { CheckHand, RouteLive, RouteNote } from '../../activities/routemap/schema';
import type { Takeaway } from '../../activities/takeaways/schema';
import {
  DEFAULT_PROPOSITION_SETTINGS,
  type Proposition,
  type PropositionSettings,
} from '../../activities/propositions/schema';
import { DEFAULT_LESSON_SETTINGS, type LessonSettings } from '../../activities/lessons/schema';
import type { Participant } from './participants';

export type { ByParticipant } from '../../core/readers';
export type { Meta } from '../../core/meta';
export type { Participant } from './participants';
export {
  INITIATIVE_COLOURS,
  type Initiative,
  type InitiativeColour,
} from '../../activities/quadrant/schema';
export { CHECK_HANDS, type CheckHand, type RouteNote } from '../../activities/routemap/schema';
export type { Takeaway } from '../../activities/takeaways/schema';
export {
  PROPOSITION_STATES,
  RESULTS_VISIBILITIES,
  type Proposition,
} from '../../activities/propositions/schema';

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

/** The session's own fields of CONTROL `settings` (the door), beside the activities' fields. */
export type DoorSettings = {
  /** New joins beyond this many participants are refused (removed participants free a seat). */
  participantCap: number;
  /** "Deuren dicht": no new joins at all; participants already in keep working. */
  doorsClosed: boolean;
};

export type Settings = PropositionSettings & LessonSettings & DoorSettings;

export type LiveState = AgendaLive & RouteLive & { boardLocked: boolean };

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

/** In the stored field order (a backup's JSON lists them so). */
export const DEFAULT_SETTINGS: Settings = {
  resultsVisibility: DEFAULT_PROPOSITION_SETTINGS.resultsVisibility,
  facilitatorVotes: DEFAULT_PROPOSITION_SETTINGS.facilitatorVotes,
  dotBudget: DEFAULT_LESSON_SETTINGS.dotBudget,
  minGroupSize: DEFAULT_PROPOSITION_SETTINGS.minGroupSize,
  participantCap: LIMITS.defaultParticipantCap,
  doorsClosed: false,
};
