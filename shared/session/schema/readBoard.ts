/** The BOARD document as one plain snapshot, read through each activity's slice. */
import type * as Y from 'yjs';
import { BOARD_ROOT } from '../../core/layout';
import { readNamespaces } from '../../core/readers';
import { readInitiatives } from '../../activities/quadrant/schema';
import { checkHandDecoder, routeNoteDecoder } from '../../activities/routemap/schema';
import { dotCountDecoder } from '../../activities/lessons/schema';
import { recognitionDecoder } from '../../activities/reasons/schema';
import { takeawayDecoder } from '../../activities/takeaways/schema';
import { readinessDecoder } from '../../activities/readiness/schema';
import { readParticipants } from './participants';
import type { BoardState } from './types';

export { readParticipants, readParticipant } from './participants';
export { readInitiatives, readInitiative } from '../../activities/quadrant/schema';
export { readTakeaway } from '../../activities/takeaways/schema';
export { readDots } from '../../activities/lessons/schema';

/**
 * One reader per slice of BoardState (each slice is the BOARD root of the same name), so the
 * client's store re-reads only the root that changed and the snapshot reads them all.
 */
export const BOARD_READERS: { [K in keyof BoardState]: (board: Y.Doc) => BoardState[K] } = {
  participants: readParticipants,
  initiatives: readInitiatives,
  routeNotes: (board) => readNamespaces(board, BOARD_ROOT.routeNotes, routeNoteDecoder),
  checkHands: (board) => readNamespaces(board, BOARD_ROOT.checkHands, checkHandDecoder),
  dots: (board) => readNamespaces(board, BOARD_ROOT.dots, dotCountDecoder),
  recognitions: (board) => readNamespaces(board, BOARD_ROOT.recognitions, recognitionDecoder),
  takeaways: (board) => readNamespaces(board, BOARD_ROOT.takeaways, takeawayDecoder),
  readiness: (board) => readNamespaces(board, BOARD_ROOT.readiness, readinessDecoder),
};

export function readBoard(board: Y.Doc): BoardState {
  return {
    participants: BOARD_READERS.participants(board),
    initiatives: BOARD_READERS.initiatives(board),
    routeNotes: BOARD_READERS.routeNotes(board),
    checkHands: BOARD_READERS.checkHands(board),
    dots: BOARD_READERS.dots(board),
    recognitions: BOARD_READERS.recognitions(board),
    takeaways: BOARD_READERS.takeaways(board),
    readiness: BOARD_READERS.readiness(board),
  };
}
