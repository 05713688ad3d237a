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

export function readBoard(board: Y.Doc): BoardState {
  return {
    participants: readParticipants(board),
    initiatives: readInitiatives(board),
    routeNotes: readNamespaces(board, BOARD_ROOT.routeNotes, routeNoteDecoder),
    checkHands: readNamespaces(board, BOARD_ROOT.checkHands, checkHandDecoder),
    dots: readNamespaces(board, BOARD_ROOT.dots, dotCountDecoder),
    recognitions: readNamespaces(board, BOARD_ROOT.recognitions, recognitionDecoder),
    takeaways: readNamespaces(board, BOARD_ROOT.takeaways, takeawayDecoder),
    readiness: readNamespaces(board, BOARD_ROOT.readiness, readinessDecoder),
  };
}
