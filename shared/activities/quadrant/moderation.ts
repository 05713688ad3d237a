import type * as Y from 'yjs';
import { type InitiativeId, initiativeIdDecoder } from '../../core/ids';
import { ok } from '../../core/result';
import { CONTROL_ROOT } from '../../core/layout';
import { controlRoot } from '../../core/roots';
import { type ActionResult, decodeInput, transact } from '../../core/run';

export { removeInitiative } from './initiatives';

/** Hides an initiative from the projector and the report; the author's words stay theirs. */
export function hideInitiative(control: Y.Doc, initiativeId: InitiativeId): ActionResult {
  const input = decodeInput(initiativeIdDecoder, initiativeId, 'initiativeId');
  if (!input.ok) return input;
  return transact(control, () => {
    controlRoot(control, CONTROL_ROOT.moderation).set(input.value, 'hidden');
    return ok(undefined);
  });
}

export function unhideInitiative(control: Y.Doc, initiativeId: InitiativeId): ActionResult {
  const input = decodeInput(initiativeIdDecoder, initiativeId, 'initiativeId');
  if (!input.ok) return input;
  return transact(control, () => {
    controlRoot(control, CONTROL_ROOT.moderation).delete(input.value);
    return ok(undefined);
  });
}
