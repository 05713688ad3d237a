/**
 * The BOARD document's small roots (everything but the notes, see initiativesStore.ts) as one
 * zustand store, read with shared's BOARD_READERS. Each root has its own observer and its own
 * slice: a dot being spent replaces the `dots` slice only, so components selecting takeaways do
 * not re-render.
 */
import type * as Y from 'yjs';
import { createStore } from 'zustand/vanilla';
import { BOARD_READERS } from '../../shared/session/schema/readBoard';
import { BOARD_ROOT } from '../../shared/core/layout';
import { boardRoot } from '../../shared/core/roots';
import type { BoardState } from '../../shared/session/schema/types';
import type { BoundStore } from './initiativesStore';

export type BoardSlices = Omit<BoardState, 'initiatives'>;

/** Each slice is the BOARD root of the same name. */
const SLICES = [
  'participants',
  'routeNotes',
  'checkHands',
  'dots',
  'recognitions',
  'takeaways',
  'readiness',
] as const satisfies readonly (keyof BoardSlices)[];

function readSlices(board: Y.Doc): BoardSlices {
  return {
    participants: BOARD_READERS.participants(board),
    routeNotes: BOARD_READERS.routeNotes(board),
    checkHands: BOARD_READERS.checkHands(board),
    dots: BOARD_READERS.dots(board),
    recognitions: BOARD_READERS.recognitions(board),
    takeaways: BOARD_READERS.takeaways(board),
    readiness: BOARD_READERS.readiness(board),
  };
}

export function bindBoardStore(board: Y.Doc): BoundStore<BoardSlices> {
  const store = createStore<BoardSlices>(() => readSlices(board));
  const unbinders = SLICES.map((slice) => {
    const root = boardRoot(board, BOARD_ROOT[slice]);
    const observer = () => store.setState({ [slice]: BOARD_READERS[slice](board) });
    root.observeDeep(observer);
    return () => root.unobserveDeep(observer);
  });
  return { store, destroy: () => unbinders.forEach((unbind) => unbind()) };
}
