import type * as Y from 'yjs';
import { ok } from '../../core/result';
import { recognitionsSlice } from './schema';
import { ensureNamespace } from '../../core/roots';
import { type ActionResult, decodeInput, transact } from '../../core/run';
import { type ParticipantId, type ReasonId, reasonIdDecoder } from '../../core/ids';

/**
 * Marks a reason ("why") or a barrier ("Wat knelt?") as recognised, or unmarks it.
 * Returns whether it is recognised afterwards.
 */
export function toggleRecognition(
  board: Y.Doc,
  participantId: ParticipantId,
  itemId: ReasonId,
): ActionResult<boolean> {
  const input = decodeInput(reasonIdDecoder, itemId, 'itemId');
  if (!input.ok) return input;
  return transact(board, () => {
    const recognitions = ensureNamespace(board, recognitionsSlice.root, participantId);
    const recognised = recognitions.get(input.value) === true;
    if (recognised) recognitions.delete(input.value);
    else recognitions.set(input.value, true);
    return ok(!recognised);
  });
}
