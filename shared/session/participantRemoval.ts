/**
 * What the facilitator's "remove" does to the BOARD (the server runs these after checking the
 * facilitator key; ballots in CONTROL are withdrawn separately, see
 * server/sessions/withdraw-votes.ts). Each runs in one transaction, so every peer sees one change.
 */
import type * as Y from 'yjs';
import { BOARD_ROOT, BOARD_ROOT_NAMES, BOARD_SLICES, ENTRY_ROOTS } from './activities';
import { id as idDecoder } from '../core/decode';
import { ok } from '../core/result';
import { FACILITATOR_NAMESPACE } from '../core/layout';
import { boardRoot, namespaceOf } from '../core/roots';
import { type ActionResult, decodeInput, transact } from '../core/run';
import type { ParticipantId } from '../core/ids';

/** Roots whose values count towards something the room sees: dots, hands, marks, "done". */
const COUNTED_ROOTS = BOARD_ROOT_NAMES.filter((root) => BOARD_SLICES[root].shape.kind === 'values');

/** Empties a namespace but keeps the map itself (see ensureNamespace: tabs must not race to create it). */
function clearNamespace(namespace: Y.Map<unknown> | undefined): number {
  if (namespace === undefined) return 0;
  const keys = [...namespace.keys()];
  for (const key of keys) namespace.delete(key);
  return keys.length;
}

/**
 * Deletes every text one participant wrote (initiatives, route notes, takeaways) at once: the
 * answer to one identity pasting thousands of notes. Answers how many entries were removed.
 */
export function removeParticipantTexts(
  board: Y.Doc,
  participantId: ParticipantId,
): ActionResult<number> {
  const input = decodeInput(idDecoder, participantId, 'participantId');
  if (!input.ok) return input;
  return transact(board, () => {
    let removed = 0;
    for (const root of ENTRY_ROOTS)
      removed += clearNamespace(namespaceOf(board, root, input.value));
    return ok(removed);
  });
}

/**
 * Takes a removed participant off the board: their name leaves the participant list (and the
 * cap's count) and their dots, hands, recognitions and "done" marks leave every count. Their texts
 * stay unless removeParticipantTexts runs too (the facilitator chooses). The facilitator's own
 * namespace is not a participant and is never removed.
 */
export function removeParticipantRecord(board: Y.Doc, participantId: ParticipantId): ActionResult {
  const input = decodeInput(idDecoder, participantId, 'participantId');
  if (!input.ok) return input;
  if (input.value === FACILITATOR_NAMESPACE) return ok(undefined);
  return transact(board, () => {
    boardRoot(board, BOARD_ROOT.participants).delete(input.value);
    for (const root of COUNTED_ROOTS) clearNamespace(namespaceOf(board, root, input.value));
    return ok(undefined);
  });
}
