/**
 * The BOARD document's small roots (everything but the notes, see initiativesStore.ts) as one
 * zustand store, read through shared's BOARD slices. Each root has its own observer and its own
 * slice: a dot being spent replaces the `dots` slice only, so components selecting takeaways do
 * not re-render.
 */
import type * as Y from 'yjs';
import { createStore } from 'zustand/vanilla';
import { BOARD_ROOT_NAMES, type BoardRootName } from '../../shared/session/activities';
import { readBoard, readBoardRoot } from '../../shared/session/schema/readBoard';
import { boardRoot } from '../../shared/core/roots';
import type { BoardState } from '../../shared/session/schema/types';
import type { BoundStore } from './initiativesStore';

/** The notes have their own store, one entry per note (initiativesStore.ts). */
type SmallRoot = Exclude<BoardRootName, 'initiatives'>;
export type BoardSlices = Omit<BoardState, 'initiatives'>;

/** Each slice is the BOARD root of the same name: every registered root but the notes. */
const SLICES = BOARD_ROOT_NAMES.filter((root): root is SmallRoot => root !== 'initiatives');

function readSlices(board: Y.Doc): BoardSlices {
  // Once, when the store is made; every later change re-reads only its own root.
  const { initiatives: _notes, ...small } = readBoard(board);
  return small;
}

export function bindBoardStore(board: Y.Doc): BoundStore<BoardSlices> {
  const store = createStore<BoardSlices>(() => readSlices(board));
  const unbinders = SLICES.map((slice) => {
    const root = boardRoot(board, slice);
    const observer = () => store.setState({ [slice]: readBoardRoot(board, slice) });
    root.observeDeep(observer);
    return () => root.unobserveDeep(observer);
  });
  return { store, destroy: () => unbinders.forEach((unbind) => unbind()) };
}
