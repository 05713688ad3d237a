/**
 * The propositions' stored values in CONTROL: each proposition (one nested map), what the server
 * published about its ballots (`results`), and the propositions' fields of `settings`.
 */
import type * as Y from 'yjs';
import {
  type Decoder,
  arrayOf,
  boolean,
  integerIn,
  isRecord,
  isSafeId,
  object,
  oneOf,
  recordOf,
  text,
  withDefault,
} from '../../core/decode';
import { ok, err } from '../../core/result';
import { LIMITS } from '../../core/protocol';
import {
  CONTROL_ROOT,
  type Choice,
  type PropositionState,
  type ResultsVisibility,
} from '../../core/layout';
import { childMap, controlRoot } from '../../core/roots';
import { readDecodedFields } from '../../core/readers';
import { choicesDecoder } from '../../template/validate';
import { EMPTY_RESULT, PERSPECTIVE_GROUPS, type ChoiceCounts, type PublishedResult } from './tally';
import { fieldError } from '../../core/errors';
import { type PropositionId, isPropositionId, propositionIdDecoder } from '../../core/ids';

export const PROPOSITION_STATES: readonly PropositionState[] = [
  'draft',
  'open',
  'closed',
  'revealed',
];
export const RESULTS_VISIBILITIES: readonly ResultsVisibility[] = ['onReveal', 'live'];

export type Proposition = {
  id: PropositionId;
  text: string;
  state: PropositionState;
  choices: Choice[];
  order: number;
};

export const propositionFieldsDecoder = object({
  text: text({ max: LIMITS.propositionTextMaxLength }),
  state: oneOf(PROPOSITION_STATES),
  choices: choicesDecoder,
  order: integerIn(0, 1_000_000),
});

export const propositionDecoder: Decoder<Proposition> = object({
  id: propositionIdDecoder,
  text: text({ max: LIMITS.propositionTextMaxLength }),
  state: oneOf(PROPOSITION_STATES),
  choices: choicesDecoder,
  order: integerIn(0, 1_000_000),
});

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

/** One entry of CONTROL `results` (see tally.ts PublishedResult). */
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

/** The propositions' fields of CONTROL `settings`. */
export type PropositionSettings = {
  resultsVisibility: ResultsVisibility;
  facilitatorVotes: boolean;
  /** Perspective groups with fewer voters are not shown on their own (LIMITS.defaultMinGroupSize). */
  minGroupSize: number;
};

export const PROPOSITION_SETTINGS_FIELDS = {
  resultsVisibility: oneOf(RESULTS_VISIBILITIES),
  facilitatorVotes: boolean,
  // Older documents and backups have no threshold yet: they get the default.
  minGroupSize: withDefault(
    integerIn(LIMITS.minGroupSizeFloor, LIMITS.minGroupSizeCeiling),
    LIMITS.defaultMinGroupSize,
  ),
};

export const DEFAULT_PROPOSITION_SETTINGS: PropositionSettings = {
  resultsVisibility: 'onReveal',
  facilitatorVotes: false,
  minGroupSize: LIMITS.defaultMinGroupSize,
};

const propositionSettingsDecoder: Decoder<PropositionSettings> = object(
  PROPOSITION_SETTINGS_FIELDS,
);

export function readPropositionSettings(control: Y.Doc): PropositionSettings {
  return readDecodedFields(
    controlRoot(control, CONTROL_ROOT.settings),
    DEFAULT_PROPOSITION_SETTINGS,
    propositionSettingsDecoder,
    'settings',
  );
}

export function readProposition(
  control: Y.Doc,
  propositionId: PropositionId,
): Proposition | undefined {
  const entry = childMap(controlRoot(control, CONTROL_ROOT.propositions), propositionId);
  if (entry === undefined || !isSafeId(propositionId)) return undefined;
  const decoded = propositionFieldsDecoder(entry.toJSON(), propositionId);
  return decoded.ok ? { id: propositionId, ...decoded.value } : undefined;
}

export function readPropositions(control: Y.Doc): Proposition[] {
  const propositions: Proposition[] = [];
  controlRoot(control, CONTROL_ROOT.propositions).forEach((_value, key) => {
    const proposition = isPropositionId(key) ? readProposition(control, key) : undefined;
    if (proposition !== undefined) propositions.push(proposition);
  });
  return propositions.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What the server published for one proposition; no votes yet (or damaged) reads as none. */
export function readResult(control: Y.Doc, propositionId: PropositionId): PublishedResult {
  const decoded = publishedResultDecoder(
    controlRoot(control, CONTROL_ROOT.results).get(propositionId),
    propositionId,
  );
  return decoded.ok ? decoded.value : EMPTY_RESULT;
}

export function readResults(control: Y.Doc): Record<string, PublishedResult> {
  const all: Record<string, PublishedResult> = {};
  controlRoot(control, CONTROL_ROOT.results).forEach((_value, propositionId) => {
    if (isPropositionId(propositionId)) all[propositionId] = readResult(control, propositionId);
  });
  return all;
}
