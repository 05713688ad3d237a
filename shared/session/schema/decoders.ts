/**
 * Decoders for every stored value. Readers use them to skip junk a misbehaving client may have
 * written into its own namespace; backup restore uses them to refuse a damaged file.
 */
import { LANGUAGES, LIMITS, PERSPECTIVES } from '../../core/protocol';
import {
  type Decoder,
  arrayOf,
  boolean,
  id,
  integerIn,
  isRecord,
  literal,
  nullable,
  numberIn,
  object,
  oneOf,
  text,
  timestamp,
  withDefault,
  recordOf,
} from '../../core/decode';
import {
  PERSPECTIVE_GROUPS,
  type ChoiceCounts,
  type PublishedResult,
} from '../../activities/propositions/tally';
import { ok, err } from '../../core/result';
import { fieldError } from '../../core/errors';
import { ROUTE_DECISIONS, ROUTE_POSITIONS } from '../../activities/routemap/domain';
import type { RouteWalkEntry } from '../../activities/routemap/domain';
import { ROUTE_STEP_IDS } from '../../template/types';
import { choicesDecoder } from '../../template/validate';
import type { TimerState } from '../../core/layout';
import {
  CHECK_HANDS,
  INITIATIVE_COLOURS,
  PROPOSITION_STATES,
  RESULTS_VISIBILITIES,
  type CheckHand,
  type Initiative,
  type LiveState,
  type Meta,
  type Participant,
  type Proposition,
  type RouteNote,
  type Settings,
  type Takeaway,
} from './types';

export const MAX_DOT_BUDGET = 20;
/** More CHECK rounds than this in one workshop means a stuck button, not a discussion. */
export const MAX_CHECK_ROUND = 10_000;

/** A timer longer than a day is a typo, not a workshop. */
export const MAX_TIMER_MS = 24 * 60 * 60 * 1000;

export const position = numberIn(-1, 1);

export const participantDecoder: Decoder<Participant> = object({
  name: text({ max: LIMITS.participantNameMaxLength }),
  perspective: oneOf([...PERSPECTIVES, ''] as const),
  joinedAt: timestamp,
});

export const initiativeDecoder: Decoder<Initiative> = object({
  text: text({ max: LIMITS.initiativeTextMaxLength }),
  colour: oneOf(INITIATIVE_COLOURS),
  x: position,
  y: position,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const routeNoteDecoder: Decoder<RouteNote> = object({
  stepId: oneOf(ROUTE_STEP_IDS),
  text: text({ max: LIMITS.routeNoteTextMaxLength }),
  createdAt: timestamp,
});

export const takeawayDecoder: Decoder<Takeaway> = object({
  text: text({ max: LIMITS.takeawayTextMaxLength }),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const checkHandDecoder: Decoder<CheckHand> = oneOf(CHECK_HANDS);
export const dotCountDecoder: Decoder<number> = integerIn(0, MAX_DOT_BUDGET);
export const recognitionDecoder: Decoder<true> = (value, path) =>
  value === true ? ok(true) : err([fieldError(path, { code: 'not-expected', expected: 'true' })]);
export const readinessDecoder: Decoder<number> = timestamp;

export const metaDecoder: Decoder<Meta> = object({
  title: text({ max: LIMITS.sessionTitleMaxLength }),
  lang: oneOf(LANGUAGES),
  createdAt: timestamp,
  schemaVersion: integerIn(1, 1000),
});

export const participantCapDecoder: Decoder<number> = integerIn(
  LIMITS.minParticipantCap,
  LIMITS.maxParticipantCap,
);

export const settingsDecoder: Decoder<Settings> = object({
  resultsVisibility: oneOf(RESULTS_VISIBILITIES),
  facilitatorVotes: boolean,
  dotBudget: integerIn(0, MAX_DOT_BUDGET),
  // Older documents and backups have no threshold yet: they get the default.
  minGroupSize: withDefault(
    integerIn(LIMITS.minGroupSizeFloor, LIMITS.minGroupSizeCeiling),
    LIMITS.defaultMinGroupSize,
  ),
  // Defaults: sessions and backups from before these settings existed still decode.
  participantCap: withDefault(participantCapDecoder, LIMITS.defaultParticipantCap),
  doorsClosed: withDefault(boolean, false),
});

export const timerDecoder: Decoder<TimerState> = (value, path) => {
  if (!isRecord(value)) return err([fieldError(path, { code: 'not-an-object' })]);
  if (value.state === 'running') {
    return object({
      state: literal('running'),
      agendaItemId: id,
      endsAt: timestamp,
      durationMs: integerIn(0, MAX_TIMER_MS),
    })(value, path);
  }
  if (value.state === 'paused') {
    return object({
      state: literal('paused'),
      agendaItemId: id,
      remainingMs: integerIn(0, MAX_TIMER_MS),
      durationMs: integerIn(0, MAX_TIMER_MS),
    })(value, path);
  }
  return err([fieldError(`${path}.state`, { code: 'not-one-of', allowed: ['running', 'paused'] })]);
};

export const liveDecoder: Decoder<LiveState> = object({
  agendaItemId: (value, path) => (value === '' ? ok('') : id(value, path)),
  routeStepId: oneOf(ROUTE_POSITIONS),
  boardLocked: boolean,
  timer: nullable(timerDecoder),
  checkRound: integerIn(0, MAX_CHECK_ROUND),
  checkPollOpen: boolean,
});

export const propositionFieldsDecoder = object({
  text: text({ max: LIMITS.propositionTextMaxLength }),
  state: oneOf(PROPOSITION_STATES),
  choices: choicesDecoder,
  order: integerIn(0, 1_000_000),
});

export const propositionDecoder: Decoder<Proposition> = object({
  id,
  text: text({ max: LIMITS.propositionTextMaxLength }),
  state: oneOf(PROPOSITION_STATES),
  choices: choicesDecoder,
  order: integerIn(0, 1_000_000),
});

export const routeWalkEntryDecoder: Decoder<RouteWalkEntry> = object({
  from: nullable(oneOf(ROUTE_POSITIONS)),
  to: oneOf(ROUTE_POSITIONS),
  decision: oneOf([...ROUTE_DECISIONS, 'jump'] as const),
  at: timestamp,
  checkRound: nullable(integerIn(0, MAX_CHECK_ROUND)),
});

export const routeWalkDecoder = arrayOf(routeWalkEntryDecoder);
export const moderationMarkDecoder: Decoder<'hidden'> = oneOf(['hidden'] as const);

const MAX_VOTERS = 1_000_000;
const choiceCountsDecoder: Decoder<ChoiceCounts> = recordOf(integerIn(0, MAX_VOTERS));
const visibleResultDecoder = object({
  voters: integerIn(0, MAX_VOTERS),
  counts: choiceCountsDecoder,
  groups: object({
    resident: withDefault(choiceCountsDecoder, undefined),
    professional: withDefault(choiceCountsDecoder, undefined),
    municipality: withDefault(choiceCountsDecoder, undefined),
    other: withDefault(choiceCountsDecoder, undefined),
    unstated: withDefault(choiceCountsDecoder, undefined),
  }),
  suppressed: arrayOf(oneOf(PERSPECTIVE_GROUPS)),
});

/** One entry of CONTROL `results` (see domain/tally.ts PublishedResult). */
export const publishedResultDecoder: Decoder<PublishedResult> = (value, path) => {
  if (!isRecord(value)) return err([fieldError(path, { code: 'not-an-object' })]);
  if (value.visible !== true) {
    const voters = integerIn(0, MAX_VOTERS)(value.voters, `${path}.voters`);
    return voters.ok ? ok({ voters: voters.value, visible: false }) : voters;
  }
  const decoded = visibleResultDecoder(value, path);
  if (!decoded.ok) return decoded;
  const groups: Partial<Record<(typeof PERSPECTIVE_GROUPS)[number], ChoiceCounts>> = {};
  for (const group of PERSPECTIVE_GROUPS) {
    const counts = decoded.value.groups[group];
    if (counts !== undefined) groups[group] = counts;
  }
  return ok({ ...decoded.value, visible: true, groups });
};
