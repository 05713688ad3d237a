import type * as Y from 'yjs';
import { id as idDecoder, object, oneOf, text, timestamp } from '../../core/decode';
import { newId } from '../../core/ids';
import { LIMITS } from '../../core/protocol';
import { BOARD_ROOT } from '../../core/layout';
import { ROUTE_STEP_IDS, type RouteStepId } from '../../template/types';
import { createEntry, deleteEntry } from '../../core/entries';
import { type ActionResult, decodeInput, transact } from '../../core/run';

const noteDecoder = object({
  id: idDecoder,
  stepId: oneOf(ROUTE_STEP_IDS),
  text: text({ max: LIMITS.routeNoteTextMaxLength }),
  at: timestamp,
});

/** The group's notes per route-map step ("what do we see here?"); returns the note's id. */
export function addRouteNote(
  board: Y.Doc,
  participantId: string,
  note: { id?: string; stepId: RouteStepId; text: string; at: number },
): ActionResult<string> {
  const input = decodeInput(noteDecoder, { ...note, id: note.id ?? newId() });
  if (!input.ok) return input;
  const { id, stepId, text, at } = input.value;
  return transact(board, () =>
    createEntry(
      board,
      BOARD_ROOT.routeNotes,
      participantId,
      id,
      { stepId, text, createdAt: at },
      LIMITS.maxRouteNotesPerParticipant,
    ),
  );
}

export function deleteRouteNote(board: Y.Doc, participantId: string, noteId: string): ActionResult {
  return transact(board, () => deleteEntry(board, BOARD_ROOT.routeNotes, participantId, noteId));
}
