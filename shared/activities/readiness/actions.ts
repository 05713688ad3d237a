import type * as Y from 'yjs';
import { boolean, object, timestamp } from '../../core/decode';
import { readinessSlice } from './schema';
import { ensureNamespace } from '../../core/roots';
import { type ActionResult, decodeInput, done, transact } from '../../core/run';
import { type AgendaItemId, type ParticipantId, agendaItemIdDecoder } from '../../core/ids';

const readyDecoder = object({ agendaItemId: agendaItemIdDecoder, ready: boolean, at: timestamp });

/** A participant says "I'm done" with an agenda item (or takes it back). */
export function markReady(
  board: Y.Doc,
  participantId: ParticipantId,
  agendaItemId: AgendaItemId,
  ready: boolean,
  at: number,
): ActionResult {
  const input = decodeInput(readyDecoder, { agendaItemId, ready, at });
  if (!input.ok) return input;
  return transact(board, () => {
    const readiness = ensureNamespace(board, readinessSlice.root, participantId);
    if (input.value.ready) readiness.set(input.value.agendaItemId, input.value.at);
    else readiness.delete(input.value.agendaItemId);
    return done;
  });
}
