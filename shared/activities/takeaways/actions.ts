import type * as Y from 'yjs';
import { object, text, timestamp } from '../../core/decode';
import {
  type ParticipantId,
  type TakeawayId,
  newTakeawayId,
  takeawayIdDecoder,
} from '../../core/ids';
import { LIMITS } from '../../core/protocol';
import { takeawaysSlice } from './schema';
import { createEntry, deleteEntry, updateEntry } from '../../core/entries';
import { type ActionResult, decodeInput, transact } from '../../core/run';

const takeawayText = text({ max: LIMITS.takeawayTextMaxLength });
const newTakeawayDecoder = object({ id: takeawayIdDecoder, text: takeawayText, at: timestamp });
const editTakeawayDecoder = object({ text: takeawayText, at: timestamp });

/** What a participant takes home (answer to the template's takeawayQuestion); returns its id. */
export function addTakeaway(
  board: Y.Doc,
  participantId: ParticipantId,
  takeaway: { id?: TakeawayId; text: string; at: number },
): ActionResult<TakeawayId> {
  const input = decodeInput(newTakeawayDecoder, {
    ...takeaway,
    id: takeaway.id ?? newTakeawayId(),
  });
  if (!input.ok) return input;
  const { id, text, at } = input.value;
  return transact(board, () =>
    createEntry(
      board,
      takeawaysSlice.root,
      participantId,
      id,
      { text, createdAt: at, updatedAt: at },
      LIMITS.maxTakeawaysPerParticipant,
    ),
  );
}

export function editTakeaway(
  board: Y.Doc,
  participantId: ParticipantId,
  takeawayId: TakeawayId,
  edit: { text: string; at: number },
): ActionResult {
  const input = decodeInput(editTakeawayDecoder, edit);
  if (!input.ok) return input;
  return transact(board, () =>
    updateEntry(board, takeawaysSlice.root, participantId, takeawayId, {
      text: input.value.text,
      updatedAt: input.value.at,
    }),
  );
}

export function deleteTakeaway(
  board: Y.Doc,
  participantId: ParticipantId,
  takeawayId: TakeawayId,
): ActionResult {
  return transact(board, () => deleteEntry(board, takeawaysSlice.root, participantId, takeawayId));
}
