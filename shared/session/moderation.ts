/**
 * Moderation over the session's texts: every root of entries in the registry (initiatives, route
 * notes, takeaways) is moderated the same way, so a new activity whose participants write texts
 * is moderated by being registered. The pure rules are in activities/moderation.
 */
import type * as Y from 'yjs';
import { ok, err } from '../core/result';
import { actionError } from '../core/errors';
import { CONTROL_ROOT } from '../core/layout';
import { controlRoot } from '../core/roots';
import { deleteEntry } from '../core/entries';
import { type ActionResult, transact } from '../core/run';
import { readNamespaces } from '../core/readers';
import { type TextRef, moderationKey } from '../activities/moderation/schema';
import { clearTextMark } from '../activities/moderation/actions';
import { keepEntries, visibilityOf } from '../activities/moderation/domain';
import { ENTRY_ROOTS, type BoardState } from './activities';
import type { SessionSnapshot } from './export/snapshot';

export { approveText, hideText } from '../activities/moderation/actions';
export { visibilityOf, type Visibility } from '../activities/moderation/domain';
export { moderationKey, type TextRef } from '../activities/moderation/schema';

export function isModeratedRoot(root: string): boolean {
  return ENTRY_ROOTS.some((entryRoot) => entryRoot === root);
}

/**
 * Removes a text for good: deleted from the BOARD (nothing of it stays for anyone) and its mark
 * forgotten. The facilitator's write; the relay lets the facilitator write anywhere.
 */
export function removeText(control: Y.Doc, board: Y.Doc, ref: TextRef): ActionResult {
  if (!isModeratedRoot(ref.root))
    return err(actionError('invalid-input', `"${ref.root}" holds no texts`, 'root'));
  const removed = transact(board, () => deleteEntry(board, ref.root, ref.authorId, ref.entryId));
  if (!removed.ok) return removed;
  return clearTextMark(control, ref);
}

/**
 * Turns pre-moderation on or off. Turning it on approves every text already written, so nothing
 * the room has seen disappears into the queue; only texts written from now on wait.
 */
export function setPremoderation(control: Y.Doc, board: Y.Doc, on: boolean): ActionResult {
  return transact(control, () => {
    if (on) {
      const moderation = controlRoot(control, CONTROL_ROOT.moderation);
      for (const root of ENTRY_ROOTS) {
        for (const [authorId, entries] of Object.entries(readNamespaces(board, root, okDecoder))) {
          for (const entryId of Object.keys(entries)) {
            const key = moderationKey({ root, authorId, entryId });
            if (!moderation.has(key)) moderation.set(key, 'approved');
          }
        }
      }
    }
    controlRoot(control, CONTROL_ROOT.settings).set('premoderation', on);
    return ok(undefined);
  });
}

/** Every entry counts as written, whatever its fields: approval is about its existence. */
const okDecoder = (value: unknown) => ok(value);

/**
 * The snapshot as the room may see it: hidden and waiting texts left out. The report, the CSV
 * files and the printable report read this; the backup keeps everything (with the marks), so a
 * restored session is moderated as it was.
 */
export function visibleSnapshot(snapshot: SessionSnapshot): SessionSnapshot {
  const { moderation, settings } = snapshot.control;
  const board: Record<string, unknown> = { ...snapshot.board };
  for (const root of ENTRY_ROOTS) {
    const entries: Readonly<Record<string, Readonly<Record<string, unknown>>>> =
      snapshot.board[root];
    board[root] = keepEntries(
      entries,
      (authorId, entryId) =>
        visibilityOf(moderation, settings.premoderation, { root, authorId, entryId }) === 'visible',
    );
  }
  // Safe: a copy of the board with some entries of each root of entries left out.
  return { control: snapshot.control, board: board as BoardState };
}
