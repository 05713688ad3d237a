/** A takeaway as stored in the BOARD: one nested map each, in the author's namespace. */
import type * as Y from 'yjs';
import { type Decoder, object, text, timestamp } from '../../core/decode';
import { LIMITS } from '../../core/protocol';
import { entriesSlice } from '../../core/board-slice';
import { readEntry } from '../../core/readers';
import type { ParticipantId, TakeawayId } from '../../core/ids';

export type Takeaway = { text: string; createdAt: number; updatedAt: number };

export const takeawayDecoder: Decoder<Takeaway> = object({
  text: text({ max: LIMITS.takeawayTextMaxLength }),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** BOARD `takeaways`: pid -> takeawayId -> { text, createdAt, updatedAt }. */
export const takeawaysSlice = entriesSlice(
  'takeaways',
  {
    text: LIMITS.takeawayTextMaxLength,
    createdAt: LIMITS.boardShortValueMaxLength,
    updatedAt: LIMITS.boardShortValueMaxLength,
  },
  LIMITS.maxTakeawaysPerParticipant,
  takeawayDecoder,
);

export function readTakeaway(
  board: Y.Doc,
  participantId: ParticipantId,
  takeawayId: TakeawayId,
): Takeaway | undefined {
  return readEntry(board, takeawaysSlice.root, participantId, takeawayId, takeawayDecoder);
}
