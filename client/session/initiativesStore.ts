/**
 * The quadrant board's notes as a zustand store bound to the BOARD document.
 * Built for 500 notes and bursts of remote moves: each Yjs transaction updates only the notes it
 * touched (a new object for those, the same object for every other), and the id list changes only
 * when a note is added or removed. Components select one note by id, so one note moving
 * re-renders one note.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { boardRoot, childMap } from '../../shared/core/roots';
import { readInitiative, readInitiatives } from '../../shared/session/schema/readBoard';
import type { Initiative } from '../../shared/session/schema/types';
import {
  type InitiativeId,
  type ParticipantId,
  isInitiativeId,
  isParticipantId,
} from '../../shared/core/ids';

export type InitiativeView = Initiative & { id: InitiativeId; authorId: ParticipantId };

export type InitiativesState = {
  /** Sorted by creation time so stacking order is stable (newer notes on top). */
  ids: readonly InitiativeId[];
  byId: Readonly<Record<string, InitiativeView>>;
};

/** One note through shared's reader: only the touched note is decoded, never the whole board. */
function decodeInitiative(board: Y.Doc, authorId: string, id: string): InitiativeView | null {
  // Keys are written by participants: one that is not an id is junk, like a note that does not decode.
  if (!isParticipantId(authorId) || !isInitiativeId(id)) return null;
  const initiative = readInitiative(board, authorId, id);
  // A note that does not decode (junk a client wrote into its own namespace) is not shown.
  return initiative === undefined ? null : { ...initiative, id, authorId };
}

function readAll(board: Y.Doc): Record<string, InitiativeView> {
  const byId: Record<string, InitiativeView> = {};
  for (const [authorId, notes] of Object.entries(readInitiatives(board))) {
    if (!isParticipantId(authorId)) continue;
    for (const [id, initiative] of Object.entries(notes))
      if (isInitiativeId(id)) byId[id] = { ...initiative, id, authorId };
  }
  return byId;
}

function sortedIds(byId: Readonly<Record<string, InitiativeView>>): InitiativeId[] {
  return Object.values(byId)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .map((note) => note.id);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

type Touched = {
  namespaces: Set<string>;
  /** noteId -> authorId */
  notes: Map<string, string>;
};

/** Sorts each Yjs event into "a whole namespace changed" or "one note changed". */
function collectTouched(
  root: Y.Map<unknown>,
  events: Y.YEvent<Y.AbstractType<unknown>>[],
): Touched {
  const touched: Touched = { namespaces: new Set(), notes: new Map() };
  for (const event of events) {
    const path = event.path;
    if (path.length === 0) {
      if (event instanceof Y.YMapEvent)
        for (const key of event.keysChanged) touched.namespaces.add(key);
      continue;
    }
    const authorId = path[0];
    if (typeof authorId !== 'string') continue;
    if (path.length === 1) {
      touched.namespaces.add(authorId);
      continue;
    }
    const noteId = path[1];
    const namespace = childMap(root, authorId);
    const note =
      typeof noteId === 'string' && namespace !== undefined
        ? childMap(namespace, noteId)
        : undefined;
    if (typeof noteId === 'string' && note !== undefined) touched.notes.set(noteId, authorId);
  }
  return touched;
}

function applyTouched(
  board: Y.Doc,
  root: Y.Map<unknown>,
  previous: Readonly<Record<string, InitiativeView>>,
  touched: Touched,
): Record<string, InitiativeView> {
  // The common case, a move or an edit of existing notes: one shallow copy, no rebuild.
  const decodedNotes = [...touched.notes].map(([id, authorId]) => ({
    id,
    view: decodeInitiative(board, authorId, id),
  }));
  if (touched.namespaces.size === 0 && decodedNotes.every(({ view }) => view !== null)) {
    const next: Record<string, InitiativeView> = { ...previous };
    for (const { id, view } of decodedNotes) if (view !== null) next[id] = view;
    return next;
  }
  // Rebuilt namespaces start empty; every other note is carried over by reference.
  const next = new Map<string, InitiativeView>();
  for (const [id, note] of Object.entries(previous)) {
    if (!touched.namespaces.has(note.authorId)) next.set(id, note);
  }
  for (const authorId of touched.namespaces) {
    childMap(root, authorId)?.forEach((entry, id) => {
      if (!(entry instanceof Y.Map)) return;
      const existing = previous[id];
      const view = decodeInitiative(board, authorId, id);
      if (view === null) return;
      // Keep the old object when nothing changed, so its component does not re-render.
      next.set(id, existing !== undefined && sameNote(existing, view) ? existing : view);
    });
  }
  for (const [id, authorId] of touched.notes) {
    if (touched.namespaces.has(authorId)) continue;
    const view = decodeInitiative(board, authorId, id);
    if (view === null) next.delete(id);
    else next.set(id, view);
  }
  return Object.fromEntries(next);
}

function sameNote(a: InitiativeView, b: InitiativeView): boolean {
  return (
    a.text === b.text &&
    a.x === b.x &&
    a.y === b.y &&
    a.colour === b.colour &&
    a.updatedAt === b.updatedAt &&
    a.createdAt === b.createdAt &&
    a.authorId === b.authorId
  );
}

export type BoundStore<T> = { store: StoreApi<T>; destroy: () => void };

export function bindInitiativesStore(board: Y.Doc): BoundStore<InitiativesState> {
  const root = boardRoot(board, BOARD_ROOT.initiatives);
  const initial = readAll(board);
  const store = createStore<InitiativesState>(() => ({ byId: initial, ids: sortedIds(initial) }));

  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const state = store.getState();
    const touched = collectTouched(root, events);
    const byId = applyTouched(board, root, state.byId, touched);
    // A move (the common case) changes no ids: skip the sort.
    const onlyEdits =
      touched.namespaces.size === 0 &&
      [...touched.notes.keys()].every((id) => id in state.byId && id in byId);
    const ids = onlyEdits ? state.ids : sortedIds(byId);
    store.setState({ byId, ids: sameIds(ids, state.ids) ? state.ids : ids });
  };
  root.observeDeep(observer);
  return { store, destroy: () => root.unobserveDeep(observer) };
}
