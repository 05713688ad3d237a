import type * as Y from 'yjs';
import { object, oneOf, text, timestamp } from '../../core/decode';
import {
  type ParticipantId,
  type RouteNoteId,
  newRouteNoteId,
  routeNoteIdDecoder,
} from '../../core/ids';
import { LIMITS } from '../../core/protocol';
import { routeNotesSlice } from './schema';
import { ROUTE_STEP_IDS, type RouteStepId } from '../../template/types';
import { createEntry, deleteEntry } from '../../core/entries';
import { type ActionResult, decodeInput, transact } from '../../core/run';

const noteDecoder = object({
  id: routeNoteIdDecoder,
  stepId: oneOf(ROUTE_STEP_IDS),
  text: text({ max: LIMITS.routeNoteTextMaxLength }),
  at: timestamp,
});

/** The group's notes per route-map step ("what do we see here?"); returns the note's id. */
export function addRouteNote(
  board: Y.Doc,
  participantId: ParticipantId,
  note: { id?: RouteNoteId; stepId: RouteStepId; text: string; at: number },
): ActionResult<RouteNoteId> {
  const input = decodeInput(noteDecoder, { ...note, id: note.id ?? newRouteNoteId() });
  if (!input.ok) return input;
  const { id, stepId, text, at } = input.value;
  return transact(board, () =>
    createEntry(
      board,
      routeNotesSlice.root,
      participantId,
      id,
      { stepId, text, createdAt: at },
      LIMITS.maxRouteNotesPerParticipant,
    ),
  );
}

export function deleteRouteNote(
  board: Y.Doc,
  participantId: ParticipantId,
  noteId: RouteNoteId,
): ActionResult {
  return transact(board, () => deleteEntry(board, routeNotesSlice.root, participantId, noteId));
}
