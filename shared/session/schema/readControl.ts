/**
 * The CONTROL document as one plain snapshot, read through each activity's slice. Missing or
 * damaged values read as their defaults, so nothing crashes on a document that has not synced
 * yet; `isInitialized` and `readContentOrNull` tell a screen to wait instead.
 */
import type * as Y from 'yjs';
import { LIMITS } from '../../core/protocol';
import { CONTROL_ROOT } from '../../core/layout';
import { controlRoot } from '../../core/roots';
import { readDecodedFields } from '../../core/readers';
import { readMeta } from '../../core/meta';
import { TEMPLATE_FORMAT_VERSION, type WorkshopTemplate } from '../../template/types';
import { readContent } from '../../activities/content/schema';
import { DEFAULT_AGENDA_LIVE } from '../../activities/agenda/schema';
import { DEFAULT_QUADRANT_LIVE } from '../../activities/quadrant/schema';
import { readModeration } from '../../activities/moderation/schema';
import { DEFAULT_ROUTE_LIVE, readRouteWalk } from '../../activities/routemap/schema';
import { readPropositions, readResults } from '../../activities/propositions/schema';
import { liveDecoder, settingsDecoder } from './decoders';
import { DEFAULT_SETTINGS, type ControlState, type LiveState, type Settings } from './types';

export { readMeta, isInitialized } from '../../core/meta';
export { readContent, readContentOrNull, readContentPart } from '../../activities/content/schema';
export { readAgendaLive } from '../../activities/agenda/schema';
export { isBoardLocked } from '../../activities/quadrant/schema';
export { readModeration } from '../../activities/moderation/schema';
export { readRouteLive, readRouteWalk } from '../../activities/routemap/schema';
export {
  readProposition,
  readPropositions,
  readPropositionSettings,
  readResult,
  readResults,
} from '../../activities/propositions/schema';

/** In the stored field order, as liveDecoder. */
const DEFAULT_LIVE: LiveState = {
  agendaItemId: DEFAULT_AGENDA_LIVE.agendaItemId,
  routeStepId: DEFAULT_ROUTE_LIVE.routeStepId,
  boardLocked: DEFAULT_QUADRANT_LIVE.boardLocked,
  timer: DEFAULT_AGENDA_LIVE.timer,
  checkRound: DEFAULT_ROUTE_LIVE.checkRound,
  checkPollOpen: DEFAULT_ROUTE_LIVE.checkPollOpen,
};

export function readSettings(control: Y.Doc): Settings {
  return readDecodedFields(
    controlRoot(control, CONTROL_ROOT.settings),
    DEFAULT_SETTINGS,
    settingsDecoder,
    'settings',
  );
}

export function readLive(control: Y.Doc): LiveState {
  return readDecodedFields(
    controlRoot(control, CONTROL_ROOT.live),
    DEFAULT_LIVE,
    liveDecoder,
    'live',
  );
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
