/**
 * The decoders of the whole session, assembled from the activities' slices. Readers use them to
 * skip junk a misbehaving client may have written into its own namespace; backup restore uses
 * them to refuse a damaged file.
 */
import { LIMITS } from '../../core/protocol';
import { type Decoder, boolean, integerIn, object, withDefault } from '../../core/decode';
import { AGENDA_LIVE_FIELDS } from '../../activities/agenda/schema';
import { QUADRANT_LIVE_FIELDS } from '../../activities/quadrant/schema';
import { ROUTE_LIVE_FIELDS } from '../../activities/routemap/schema';
import { PROPOSITION_SETTINGS_FIELDS } from '../../activities/propositions/schema';
import { LESSON_SETTINGS_FIELDS } from '../../activities/lessons/schema';
import { MODERATION_SETTINGS_FIELDS } from '../../activities/moderation/schema';
import type { LiveState, Settings } from './types';

export { participantDecoder } from './participants';
export { metaDecoder } from '../../core/meta';
export { MAX_TIMER_MS, timerDecoder } from '../../activities/agenda/schema';
export { position, initiativeDecoder } from '../../activities/quadrant/schema';
export { moderationMarkDecoder } from '../../activities/moderation/schema';
export {
  MAX_CHECK_ROUND,
  checkHandDecoder,
  routeNoteDecoder,
  routeWalkDecoder,
  routeWalkEntryDecoder,
} from '../../activities/routemap/schema';
export { MAX_DOT_BUDGET, dotCountDecoder } from '../../activities/lessons/schema';
export { takeawayDecoder } from '../../activities/takeaways/schema';
export { recognitionDecoder } from '../../activities/reasons/schema';
export { readinessDecoder } from '../../activities/readiness/schema';
export {
  propositionDecoder,
  propositionFieldsDecoder,
  publishedResultDecoder,
} from '../../activities/propositions/schema';

export const participantCapDecoder: Decoder<number> = integerIn(
  LIMITS.minParticipantCap,
  LIMITS.maxParticipantCap,
);

/** The session's own fields of `settings`, with the activities' fields in the stored order. */
export const settingsDecoder: Decoder<Settings> = object({
  resultsVisibility: PROPOSITION_SETTINGS_FIELDS.resultsVisibility,
  facilitatorVotes: PROPOSITION_SETTINGS_FIELDS.facilitatorVotes,
  dotBudget: LESSON_SETTINGS_FIELDS.dotBudget,
  minGroupSize: PROPOSITION_SETTINGS_FIELDS.minGroupSize,
  // Defaults: sessions and backups from before these settings existed still decode.
  participantCap: withDefault(participantCapDecoder, LIMITS.defaultParticipantCap),
  doorsClosed: withDefault(boolean, false),
  premoderation: MODERATION_SETTINGS_FIELDS.premoderation,
});

/** Every activity's fields of `live`, in the stored order. */
export const liveDecoder: Decoder<LiveState> = object({
  agendaItemId: AGENDA_LIVE_FIELDS.agendaItemId,
  routeStepId: ROUTE_LIVE_FIELDS.routeStepId,
  boardLocked: QUADRANT_LIVE_FIELDS.boardLocked,
  timer: AGENDA_LIVE_FIELDS.timer,
  checkRound: ROUTE_LIVE_FIELDS.checkRound,
  checkPollOpen: ROUTE_LIVE_FIELDS.checkPollOpen,
});
