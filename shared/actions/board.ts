import type * as Y from 'yjs';
import { boolean } from '../decode';
import { ok } from '../result';
import { CONTROL_ROOT } from '../schema/layout';
import { controlRoot } from '../schema/roots';
import { type ActionResult, decodeInput, transact } from './run';

/** While locked, the relay drops participants' changes to initiatives (e.g. while discussing them). */
export function lockBoard(control: Y.Doc, locked: boolean): ActionResult {
  const input = decodeInput(boolean, locked, 'locked');
  if (!input.ok) return input;
  return transact(control, () => {
    controlRoot(control, CONTROL_ROOT.live).set('boardLocked', input.value);
    return ok(undefined);
  });
}
