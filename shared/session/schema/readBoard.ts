/** The BOARD document as one plain snapshot, read through each activity's slice. */
import type * as Y from 'yjs';
import type { ByParticipant } from '../../core/readers';
import {
  BOARD_ROOT_NAMES,
  BOARD_SLICES,
  type BoardRootName,
  type BoardState,
  type BoardValues,
} from '../activities';

export { readParticipants, readParticipant } from './participants';
export { readInitiatives, readInitiative } from '../../activities/quadrant/schema';
export { readTakeaway } from '../../activities/takeaways/schema';
export { readDots } from '../../activities/lessons/schema';

/**
 * One reader per slice of BoardState (each slice is the BOARD root of the same name), so the
 * client's store re-reads only the root that changed and the snapshot reads them all.
 */
export function readBoardRoot<Root extends BoardRootName>(
  board: Y.Doc,
  root: Root,
): ByParticipant<BoardValues[Root]> {
  return BOARD_SLICES[root].read(board);
}

export function readBoard(board: Y.Doc): BoardState {
  const state: Record<string, unknown> = {};
  for (const root of BOARD_ROOT_NAMES) state[root] = readBoardRoot(board, root);
  // Safe: the loop read every registered root with its own slice.
  return state as BoardState;
}
