/**
 * The facilitator's moderation: hide, show again, approve (pre-moderation). Each is one CONTROL
 * transaction, so every screen changes at once. Removing a text for good deletes it from the
 * BOARD (session/moderation.ts), which keeps nothing of it.
 */
import type * as Y from 'yjs';
import { id, object, text } from '../../core/decode';
import { ok } from '../../core/result';
import { CONTROL_ROOT } from '../../core/layout';
import { controlRoot } from '../../core/roots';
import { type ActionResult, decodeInput, transact } from '../../core/run';
import { type ModerationMark, type TextRef, moderationKey } from './schema';

const textRefDecoder = object({
  root: text({ min: 1, max: 32 }),
  authorId: id,
  entryId: id,
});

function mark(control: Y.Doc, ref: TextRef, value: ModerationMark | null): ActionResult {
  const input = decodeInput(textRefDecoder, ref, 'text');
  if (!input.ok) return input;
  return transact(control, () => {
    const moderation = controlRoot(control, CONTROL_ROOT.moderation);
    const key = moderationKey(input.value);
    if (value === null) moderation.delete(key);
    else moderation.set(key, value);
    // A bare-id mark from an older session would keep hiding it after "show".
    if (value !== 'hidden') moderation.delete(input.value.entryId);
    return ok(undefined);
  });
}

/** Takes a text off the projector, the report and other participants' screens. */
export function hideText(control: Y.Doc, ref: TextRef): ActionResult {
  return mark(control, ref, 'hidden');
}

/** Lets a text be seen: approves it (pre-moderation), or shows a hidden one again. */
export function approveText(control: Y.Doc, ref: TextRef): ActionResult {
  return mark(control, ref, 'approved');
}

/** Forgets a text's mark (after it was removed from the BOARD). */
export function clearTextMark(control: Y.Doc, ref: TextRef): ActionResult {
  return mark(control, ref, null);
}
