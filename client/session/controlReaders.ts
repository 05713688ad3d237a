/**
 * Readers for the CONTROL roots a participant's screen needs.
 *
 * Why not shared/schema/readControl.ts: that module imports the built-in templates (both
 * languages) as a fallback for missing content, and any static import of it puts ~15 KB gzip of
 * template text into the participant's first load, over the 160 KB budget. These readers use the
 * same shared decoders and defaults; the client shows a loading state instead of a fallback.
 */
import type * as Y from 'yjs';
import { isSafeId, type Decoder } from '../../shared/decode';
import type { RouteWalkEntry } from '../../shared/domain/routemap';
import {
  liveDecoder,
  moderationMarkDecoder,
  propositionFieldsDecoder,
  routeWalkEntryDecoder,
  settingsDecoder,
} from '../../shared/schema/decoders';
import { CONTROL_ROOT } from '../../shared/schema/layout';
import { childMap, controlRoot, routeWalkArray } from '../../shared/schema/roots';
import {
  DEFAULT_SETTINGS,
  type LiveState,
  type Proposition,
  type Settings,
} from '../../shared/schema/types';

const DEFAULT_LIVE: LiveState = {
  agendaItemId: '',
  routeStepId: 'explore',
  boardLocked: false,
  timer: null,
  checkRound: 0,
  checkPollOpen: false,
};

/** Decodes a root with its defaults filled in; a damaged root reads as the defaults. */
function decodeWithDefaults<T extends object>(
  map: Y.Map<unknown>,
  defaults: T,
  decoder: Decoder<T>,
): T {
  const decoded = decoder({ ...defaults, ...map.toJSON() }, '');
  return decoded.ok ? decoded.value : defaults;
}

export function readSettings(control: Y.Doc): Settings {
  return decodeWithDefaults(
    controlRoot(control, CONTROL_ROOT.settings),
    DEFAULT_SETTINGS,
    settingsDecoder,
  );
}

export function readLive(control: Y.Doc): LiveState {
  return decodeWithDefaults(controlRoot(control, CONTROL_ROOT.live), DEFAULT_LIVE, liveDecoder);
}

export function readPropositions(control: Y.Doc): Proposition[] {
  const propositions: Proposition[] = [];
  const root = controlRoot(control, CONTROL_ROOT.propositions);
  root.forEach((_value, propositionId) => {
    const entry = childMap(root, propositionId);
    if (entry === undefined || !isSafeId(propositionId)) return;
    const decoded = propositionFieldsDecoder(entry.toJSON(), propositionId);
    if (decoded.ok) propositions.push({ id: propositionId, ...decoded.value });
  });
  return propositions.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** propositionId -> participantId -> choiceId. */
export function readAllVotes(control: Y.Doc): Record<string, Record<string, string>> {
  const all: Record<string, Record<string, string>> = {};
  const root = controlRoot(control, CONTROL_ROOT.votes);
  root.forEach((_value, propositionId) => {
    const ballot = childMap(root, propositionId);
    if (ballot === undefined || !isSafeId(propositionId)) return;
    const votes: Record<string, string> = {};
    ballot.forEach((choiceId, participantId) => {
      if (isSafeId(participantId) && isSafeId(choiceId)) votes[participantId] = choiceId;
    });
    all[propositionId] = votes;
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
