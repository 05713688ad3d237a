/**
 * Plain JSON view of the CONTROL document (see core/layout.ts for the Yjs side), assembled from
 * the activities' slices of its roots and fields.
 */
import { LIMITS } from '../../core/protocol';
import type { Meta } from '../../core/meta';
import type { SessionContent } from '../../template/types';
import type { RouteWalkEntry } from '../../activities/routemap/domain';
import type { PublishedResult } from '../../activities/propositions/tally';
import type { AgendaLive } from '../../activities/agenda/schema';
import type { RouteLive } from '../../activities/routemap/schema';
import {
  DEFAULT_PROPOSITION_SETTINGS,
  type Proposition,
  type PropositionSettings,
} from '../../activities/propositions/schema';
import { DEFAULT_LESSON_SETTINGS, type LessonSettings } from '../../activities/lessons/schema';
import {
  DEFAULT_MODERATION_SETTINGS,
  type ModerationMark,
  type ModerationSettings,
} from '../../activities/moderation/schema';

/** The session's own fields of CONTROL `settings` (the door), beside the activities' fields. */
export type DoorSettings = {
  /** New joins beyond this many participants are refused (removed participants free a seat). */
  participantCap: number;
  /** "Deuren dicht": no new joins at all; participants already in keep working. */
  doorsClosed: boolean;
};

export type Settings = PropositionSettings & LessonSettings & DoorSettings & ModerationSettings;

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
  /** moderationKey (root/author/entry) -> mark; see activities/moderation. */
  moderation: Record<string, ModerationMark>;
};

/** In the stored field order (a backup's JSON lists them so). */
export const DEFAULT_SETTINGS: Settings = {
  resultsVisibility: DEFAULT_PROPOSITION_SETTINGS.resultsVisibility,
  facilitatorVotes: DEFAULT_PROPOSITION_SETTINGS.facilitatorVotes,
  dotBudget: DEFAULT_LESSON_SETTINGS.dotBudget,
  minGroupSize: DEFAULT_PROPOSITION_SETTINGS.minGroupSize,
  participantCap: LIMITS.defaultParticipantCap,
  doorsClosed: false,
  premoderation: DEFAULT_MODERATION_SETTINGS.premoderation,
};
