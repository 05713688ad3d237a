/**
 * Undo/redo of one participant's own edits: a Y.UndoManager whose scope is only that
 * participant's namespaces, and which tracks only local transactions, so undo never touches
 * someone else's note nor replays a remote change.
 */
import { ENTRY_ROOTS } from '../../shared/session/activities';
import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ACTION_ORIGIN } from '../../shared/core/run';
import { boardRoot, namespaceOf } from '../../shared/core/roots';

export type UndoState = { canUndo: boolean; canRedo: boolean };

export type UndoController = {
  state: StoreApi<UndoState>;
  undo: () => void;
  redo: () => void;
  destroy: () => void;
};

export function createUndoController(board: Y.Doc, participantId: string): UndoController {
  // Shared actions write with ACTION_ORIGIN; remote updates carry the provider as origin.
  const manager = new Y.UndoManager([], {
    doc: board,
    captureTimeout: 400,
    trackedOrigins: new Set<unknown>([ACTION_ORIGIN]),
  });
  const state = createStore<UndoState>(() => ({ canUndo: false, canRedo: false }));
  const refresh = () => state.setState({ canUndo: manager.canUndo(), canRedo: manager.canRedo() });

  // Undo covers the entry roots (a participant's own notes, route notes, takeaways).
  // The namespaces are created when the participant registers; they may arrive after we start
  // (first sync), so widen the scope whenever one appears.
  const widenScope = () => {
    for (const root of ENTRY_ROOTS) {
      const namespace = namespaceOf(board, root, participantId);
      if (namespace !== undefined) manager.addToScope(namespace);
    }
  };
  widenScope();
  const roots = ENTRY_ROOTS.map((root) => boardRoot(board, root));
  roots.forEach((root) => root.observe(widenScope));

  manager.on('stack-item-added', refresh);
  manager.on('stack-item-popped', refresh);
  manager.on('stack-cleared', refresh);

  return {
    state,
    undo: () => {
      manager.undo();
      refresh();
    },
    redo: () => {
      manager.redo();
      refresh();
    },
    destroy: () => {
      roots.forEach((root) => root.unobserve(widenScope));
      manager.destroy();
    },
  };
}
