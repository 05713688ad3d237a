import type * as Y from 'yjs';
import { integerIn, nullable, object, oneOf } from '../../core/decode';
import { checkHandsSlice, CHECK_HANDS, MAX_CHECK_ROUND, type CheckHand } from './schema';
import { ensureNamespace } from '../../core/roots';
import { type ParticipantId } from '../../core/ids';
import { type ActionResult, decodeInput, done, transact } from '../../core/run';

const handDecoder = object({
  checkRound: integerIn(0, MAX_CHECK_ROUND),
  hand: nullable(oneOf(CHECK_HANDS)),
});

/**
 * A participant's show of hands at the CHECK ("are there fitting provisions?") for the current
 * round (CONTROL live.checkRound); null takes the hand down.
 */
export function setCheckHand(
  board: Y.Doc,
  participantId: ParticipantId,
  checkRound: number,
  hand: CheckHand | null,
): ActionResult {
  const input = decodeInput(handDecoder, { checkRound, hand });
  if (!input.ok) return input;
  return transact(board, () => {
    const hands = ensureNamespace(board, checkHandsSlice.root, participantId);
    const key = String(input.value.checkRound);
    if (input.value.hand === null) hands.delete(key);
    else hands.set(key, input.value.hand);
    return done;
  });
}
