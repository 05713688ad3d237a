import type * as Y from 'yjs';
import { object, oneOf, text, timestamp, withDefault } from '../../core/decode';
import {
  type InitiativeId,
  type ParticipantId,
  initiativeIdDecoder,
  newInitiativeId,
} from '../../core/ids';
import { LIMITS } from '../../core/protocol';
import { initiativesSlice, INITIATIVE_COLOURS, position, type InitiativeColour } from './schema';
import { createEntry, deleteEntry, updateEntry } from '../../core/entries';
import { type ActionResult, decodeInput, transact } from '../../core/run';

const newInitiativeDecoder = object({
  id: initiativeIdDecoder,
  text: text({ max: LIMITS.initiativeTextMaxLength }),
  colour: withDefault(oneOf(INITIATIVE_COLOURS), 'yellow'),
  x: position,
  y: position,
  at: timestamp,
});

export type NewInitiative = {
  id?: InitiativeId;
  text: string;
  colour?: InitiativeColour;
  x: number;
  y: number;
  at: number;
};

/** Places a new note on the quadrant board; returns its id. */
export function addInitiative(
  board: Y.Doc,
  participantId: ParticipantId,
  initiative: NewInitiative,
): ActionResult<InitiativeId> {
  const input = decodeInput(newInitiativeDecoder, {
    ...initiative,
    id: initiative.id ?? newInitiativeId(),
  });
  if (!input.ok) return input;
  const { id, text, colour, x, y, at } = input.value;
  return transact(board, () =>
    createEntry(
      board,
      initiativesSlice.root,
      participantId,
      id,
      { text, colour, x, y, createdAt: at, updatedAt: at },
      LIMITS.maxInitiativesPerParticipant,
    ),
  );
}

const moveDecoder = object({ x: position, y: position, at: timestamp });

/** x: individual -1 ... collective +1; y: professionals -1 ... residents +1. Clamp while dragging (domain/quadrant.ts). */
export function moveInitiative(
  board: Y.Doc,
  participantId: ParticipantId,
  initiativeId: InitiativeId,
  move: { x: number; y: number; at: number },
): ActionResult {
  const input = decodeInput(moveDecoder, move);
  if (!input.ok) return input;
  const { x, y, at } = input.value;
  return transact(board, () =>
    updateEntry(board, initiativesSlice.root, participantId, initiativeId, {
      x,
      y,
      updatedAt: at,
    }),
  );
}

const editDecoder = object({
  text: withDefault(text({ max: LIMITS.initiativeTextMaxLength }), undefined),
  colour: withDefault(oneOf(INITIATIVE_COLOURS), undefined),
  at: timestamp,
});

export function editInitiative(
  board: Y.Doc,
  participantId: ParticipantId,
  initiativeId: InitiativeId,
  edit: { text?: string; colour?: InitiativeColour; at: number },
): ActionResult {
  const input = decodeInput(editDecoder, edit);
  if (!input.ok) return input;
  const { text, colour, at } = input.value;
  return transact(board, () =>
    updateEntry(board, initiativesSlice.root, participantId, initiativeId, {
      text,
      colour,
      updatedAt: at,
    }),
  );
}

/** The author deletes their own note. */
export function deleteInitiative(
  board: Y.Doc,
  participantId: ParticipantId,
  initiativeId: InitiativeId,
): ActionResult {
  return transact(board, () =>
    deleteEntry(board, initiativesSlice.root, participantId, initiativeId),
  );
}

/**
 * The facilitator removes someone's note for good (moderation). Same write as deleteInitiative;
 * a separate name because the relay allows it only with the facilitator key.
 */
export function removeInitiative(
  board: Y.Doc,
  authorId: ParticipantId,
  initiativeId: InitiativeId,
): ActionResult {
  return deleteInitiative(board, authorId, initiativeId);
}
