/**
 * Readers for the CONTROL document. Missing or damaged values read as their defaults (content:
 * empty texts, see template/empty.ts), so nothing crashes on a document that has not synced yet;
 * `isInitialized` and `readContentOrNull` tell a screen to wait instead.
 */
import type * as Y from 'yjs';
import {
  type Decoder,
  integerIn,
  isSafeId,
  object,
  oneOf,
  text,
  timestamp,
} from '../../core/decode';
import { LANGUAGES, LIMITS } from '../../core/protocol';
import { emptyContent } from '../../template/empty';
import { CONTENT_DECODERS } from '../../template/validate';
import {
  CONTENT_KEYS,
  TEMPLATE_FORMAT_VERSION,
  type ContentKey,
  type SessionContent,
  type WorkshopTemplate,
} from '../../template/types';
import type { RouteWalkEntry } from '../../activities/routemap/domain';
import { EMPTY_RESULT, type PublishedResult } from '../../activities/propositions/tally';
import { CONTROL_ROOT, SCHEMA_VERSION } from '../../core/layout';
import { childMap, controlRoot, plainEntries, routeWalkArray } from '../../core/roots';
import {
  liveDecoder,
  moderationMarkDecoder,
  propositionFieldsDecoder,
  publishedResultDecoder,
  routeWalkEntryDecoder,
  settingsDecoder,
} from './decoders';
import {
  DEFAULT_SETTINGS,
  type ControlState,
  type LiveState,
  type Meta,
  type Proposition,
  type Settings,
} from './types';

const DEFAULT_LIVE: LiveState = {
  agendaItemId: '',
  routeStepId: 'explore',
  boardLocked: false,
  timer: null,
  checkRound: 0,
  checkPollOpen: false,
};

/** Decodes each field on its own so one damaged field does not reset its neighbours. */
function readFields<T extends Record<string, unknown>>(
  map: Y.Map<unknown>,
  defaults: T,
  decode: (value: unknown) => T | undefined,
): T {
  const merged: Record<string, unknown> = { ...defaults, ...plainEntries(map) };
  const whole = decode(merged);
  if (whole !== undefined) return whole;
  const repaired: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(defaults)) {
    const candidate = decode({ ...defaults, [key]: merged[key] });
    if (candidate !== undefined) repaired[key] = merged[key];
  }
  return decode(repaired) ?? defaults;
}

/** As metaDecoder, but an empty title reads fine: it is the default before the first sync. */
const metaReadDecoder: Decoder<Meta> = object({
  title: text({ min: 0, max: LIMITS.sessionTitleMaxLength }),
  lang: oneOf(LANGUAGES),
  createdAt: timestamp,
  schemaVersion: integerIn(1, 1000),
});

export function readMeta(control: Y.Doc): Meta {
  const defaults: Meta = {
    title: '',
    lang: 'nl',
    createdAt: 0,
    schemaVersion: SCHEMA_VERSION,
  };
  return readFields(controlRoot(control, CONTROL_ROOT.meta), defaults, (value) => {
    const decoded = metaReadDecoder(value, 'meta');
    return decoded.ok ? decoded.value : undefined;
  });
}

/** True once initializeSession (or a restore) has run on this document. */
export function isInitialized(control: Y.Doc): boolean {
  return controlRoot(control, CONTROL_ROOT.meta).has('schemaVersion');
}

export function readSettings(control: Y.Doc): Settings {
  return readFields(controlRoot(control, CONTROL_ROOT.settings), DEFAULT_SETTINGS, (value) => {
    const decoded = settingsDecoder(value, 'settings');
    return decoded.ok ? decoded.value : undefined;
  });
}

export function readLive(control: Y.Doc): LiveState {
  return readFields(controlRoot(control, CONTROL_ROOT.live), DEFAULT_LIVE, (value) => {
    const decoded = liveDecoder(value, 'live');
    return decoded.ok ? decoded.value : undefined;
  });
}

export function isBoardLocked(control: Y.Doc): boolean {
  return readLive(control).boardLocked;
}

/** One part of the workshop texts; an empty part when missing or damaged. */
export function readContentPart<K extends ContentKey>(control: Y.Doc, key: K): SessionContent[K] {
  const decoded = CONTENT_DECODERS[key](controlRoot(control, CONTROL_ROOT.content).get(key), key);
  if (decoded.ok) return decoded.value;
  const fallback: SessionContent = emptyContent();
  return fallback[key];
}

export function readContent(control: Y.Doc): SessionContent {
  return readContentOrNull(control) ?? mergeWithEmpty(control);
}

function mergeWithEmpty(control: Y.Doc): SessionContent {
  const content: Partial<Record<ContentKey, unknown>> = {};
  for (const key of CONTENT_KEYS) content[key] = readContentPart(control, key);
  // Safe: every ContentKey was filled by readContentPart with its own part's type.
  return content as SessionContent;
}

/** All parts or null: a half-synced document would show a half-empty screen. */
export function readContentOrNull(control: Y.Doc): SessionContent | null {
  const map = controlRoot(control, CONTROL_ROOT.content);
  const content: Partial<Record<ContentKey, unknown>> = {};
  for (const key of CONTENT_KEYS) {
    const decoded = CONTENT_DECODERS[key](map.get(key), key);
    if (!decoded.ok) return null;
    content[key] = decoded.value;
  }
  // Safe: every ContentKey was decoded above by its own part's decoder.
  return content as SessionContent;
}

export function readProposition(control: Y.Doc, propositionId: string): Proposition | undefined {
  const entry = childMap(controlRoot(control, CONTROL_ROOT.propositions), propositionId);
  if (entry === undefined || !isSafeId(propositionId)) return undefined;
  const decoded = propositionFieldsDecoder(entry.toJSON(), propositionId);
  return decoded.ok ? { id: propositionId, ...decoded.value } : undefined;
}

export function readPropositions(control: Y.Doc): Proposition[] {
  const propositions: Proposition[] = [];
  controlRoot(control, CONTROL_ROOT.propositions).forEach((_value, propositionId) => {
    const proposition = readProposition(control, propositionId);
    if (proposition !== undefined) propositions.push(proposition);
  });
  return propositions.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What the server published for one proposition; no votes yet (or damaged) reads as none. */
export function readResult(control: Y.Doc, propositionId: string): PublishedResult {
  const decoded = publishedResultDecoder(
    controlRoot(control, CONTROL_ROOT.results).get(propositionId),
    propositionId,
  );
  return decoded.ok ? decoded.value : EMPTY_RESULT;
}

export function readResults(control: Y.Doc): Record<string, PublishedResult> {
  const all: Record<string, PublishedResult> = {};
  controlRoot(control, CONTROL_ROOT.results).forEach((_value, propositionId) => {
    if (isSafeId(propositionId)) all[propositionId] = readResult(control, propositionId);
  });
  return all;
}

export function readRouteWalk(control: Y.Doc): RouteWalkEntry[] {
  const walk: RouteWalkEntry[] = [];
  routeWalkArray(control).forEach((value, index) => {
    const decoded = routeWalkEntryDecoder(value, `routeWalk[${index}]`);
    if (decoded.ok) walk.push(decoded.value);
  });
  return walk;
}

export function readModeration(control: Y.Doc): Record<string, 'hidden'> {
  const moderation: Record<string, 'hidden'> = {};
  controlRoot(control, CONTROL_ROOT.moderation).forEach((value, initiativeId) => {
    if (isSafeId(initiativeId) && moderationMarkDecoder(value, initiativeId).ok)
      moderation[initiativeId] = 'hidden';
  });
  return moderation;
}

export function isInitiativeHidden(control: Y.Doc, initiativeId: string): boolean {
  return controlRoot(control, CONTROL_ROOT.moderation).get(initiativeId) === 'hidden';
}

export function readControl(control: Y.Doc): ControlState {
  return {
    meta: readMeta(control),
    settings: readSettings(control),
    live: readLive(control),
    content: readContent(control),
    propositions: readPropositions(control),
    results: readResults(control),
    routeWalk: readRouteWalk(control),
    moderation: readModeration(control),
  };
}

/** The session's current texts as a template, to save and reuse ("save as template"). */
export function readTemplate(control: Y.Doc): WorkshopTemplate {
  const meta = readMeta(control);
  return {
    formatVersion: TEMPLATE_FORMAT_VERSION,
    lang: meta.lang,
    title: meta.title.slice(0, LIMITS.sessionTitleMaxLength),
    ...readContent(control),
    propositions: readPropositions(control).map((proposition) => ({
      id: proposition.id,
      text: proposition.text,
      choices: proposition.choices,
    })),
  };
}
