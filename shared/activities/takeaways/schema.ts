/** A takeaway as stored in the BOARD: one nested map each, in the author's namespace. */
import type * as Y from 'yjs';
import { type Decoder, object, text, timestamp } from '../../core/decode';
import { LIMITS } from '../../core/protocol';
import { BOARD_ROOT } from '../../core/layout';
import { readEntry } from '../../core/readers';
import type { ParticipantId, TakeawayId } from '../../core/ids';

export type Takeaway = { text: string; createdAt: number; updatedAt: number };

export const takeawayDecoder: Decoder<Takeaway> = object({
  text: text({ max: LIMITS.takeawayTextMaxLength }),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export function readTakeaway(
  board: Y.Doc,
  participantId: ParticipantId,
  takeawayId: TakeawayId,
): Takeaway | undefined {
  return readEntry(board, BOARD_ROOT.takeaways, participantId, takeawayId, takeawayDecoder);
}
