import type * as Y from 'yjs';
import { boolean } from '../../core/decode';
import { ok } from '../../core/result';
import { CONTROL_ROOT } from '../../core/layout';
import { controlRoot } from '../../core/roots';
import { type ActionResult, decodeInput, transact } from '../../core/run';

/** While locked, the relay drops participants' changes to initiatives (e.g. while discussing them). */
export function lockBoard(control: Y.Doc, locked: boolean): ActionResult {
  const input = decodeInput(boolean, locked, 'locked');
  if (!input.ok) return input;
  return transact(control, () => {
    controlRoot(control, CONTROL_ROOT.live).set('boardLocked', input.value);
    return ok(undefined);
  });
}
