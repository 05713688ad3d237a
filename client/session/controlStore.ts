/**
 * The CONTROL document (facilitator state, content, propositions, published results) as a zustand store,
 * one slice per root, each replaced only when its own root changes. `meta` and `content` stay
 * null until the relay (or IndexedDB) delivered them: views show a loading state rather than
 * texts that are not the session's.
 */
import type * as Y from 'yjs';
import { createStore } from 'zustand/vanilla';
import { CONTROL_ROOT, type ControlRootName } from '../../shared/core/layout';
import {
  isInitialized,
  readContentOrNull,
  readLive,
  readMeta,
  readModeration,
  readPropositions,
  readResults,
  readRouteWalk,
  readSettings,
} from '../../shared/session/schema/readControl';
import { controlRoot, routeWalkArray } from '../../shared/core/roots';
import type { ControlState, Meta } from '../../shared/session/schema/types';
import type { SessionContent } from '../../shared/template/types';
import type { BoundStore } from './initiativesStore';

export type ControlSlices = Omit<ControlState, 'meta' | 'content'> & {
  meta: Meta | null;
  content: SessionContent | null;
};

/** null until initializeSession's writes have arrived (the title alone may still be empty). */
function readMetaOrNull(control: Y.Doc): Meta | null {
  return isInitialized(control) ? readMeta(control) : null;
}

type Readers = { [K in keyof ControlSlices]: (control: Y.Doc) => ControlSlices[K] };

const READERS: Readers = {
  meta: readMetaOrNull,
  settings: readSettings,
  live: readLive,
  content: readContentOrNull,
  propositions: readPropositions,
  results: readResults,
  routeWalk: readRouteWalk,
  moderation: readModeration,
};

const SLICE_ROOTS: { [K in keyof ControlSlices]: ControlRootName } = {
  meta: CONTROL_ROOT.meta,
  settings: CONTROL_ROOT.settings,
  live: CONTROL_ROOT.live,
  content: CONTROL_ROOT.content,
  propositions: CONTROL_ROOT.propositions,
  results: CONTROL_ROOT.results,
  routeWalk: CONTROL_ROOT.routeWalk,
  moderation: CONTROL_ROOT.moderation,
};

const SLICES = Object.keys(SLICE_ROOTS) as (keyof ControlSlices)[];

function readAll(control: Y.Doc): ControlSlices {
  return {
    meta: READERS.meta(control),
    settings: READERS.settings(control),
    live: READERS.live(control),
    content: READERS.content(control),
    propositions: READERS.propositions(control),
    results: READERS.results(control),
    routeWalk: READERS.routeWalk(control),
    moderation: READERS.moderation(control),
  };
}

function observeRoot(control: Y.Doc, root: ControlRootName, observer: () => void): () => void {
  if (root === CONTROL_ROOT.routeWalk) {
    const walk = routeWalkArray(control);
    walk.observeDeep(observer);
    return () => walk.unobserveDeep(observer);
  }
  const map = controlRoot(control, root);
  map.observeDeep(observer);
  return () => map.unobserveDeep(observer);
}

export function bindControlStore(control: Y.Doc): BoundStore<ControlSlices> {
  const store = createStore<ControlSlices>(() => readAll(control));
  const unbinders = SLICES.map((slice) => {
    const observer = () => store.setState({ [slice]: READERS[slice](control) });
    return observeRoot(control, SLICE_ROOTS[slice], observer);
  });
  return { store, destroy: () => unbinders.forEach((unbind) => unbind()) };
}
