/**
 * Entries that live as one nested map per entry in a participant's namespace (initiatives, route
 * notes, takeaways). Nested maps, not JSON values, so a move and a text edit made at the same
 * time on two devices both survive (Yjs merges per field).
 */
import * as Y from 'yjs';
import { actionError } from './errors';
import { err, ok } from './result';
import { childMap, ensureNamespace, namespaceOf } from './roots';
import { type ActionResult, notFound } from './run';

/** Answers the new entry's id, with the brand it was given (InitiativeId, TakeawayId...). */
export function createEntry<I extends string>(
  board: Y.Doc,
  root: string,
  participantId: string,
  entryId: I,
  fields: Record<string, unknown>,
  maxEntries: number,
): ActionResult<I> {
  const namespace = ensureNamespace(board, root, participantId);
  if (namespace.has(entryId))
    return err(actionError('duplicate-id', `An entry with id ${entryId} exists`, 'id'));
  if (namespace.size >= maxEntries) {
    return err(actionError('limit-reached', `At most ${maxEntries} per participant`));
  }
  const entry = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) entry.set(key, value);
  namespace.set(entryId, entry);
  return ok(entryId);
}

export function updateEntry(
  board: Y.Doc,
  root: string,
  participantId: string,
  entryId: string,
  fields: Record<string, unknown>,
): ActionResult {
  const namespace = namespaceOf(board, root, participantId);
  const entry = namespace === undefined ? undefined : childMap(namespace, entryId);
  if (entry === undefined) return err(notFound('Entry', 'id'));
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) entry.set(key, value);
  }
  return ok(undefined);
}

export function deleteEntry(
  board: Y.Doc,
  root: string,
  participantId: string,
  entryId: string,
): ActionResult {
  const namespace = namespaceOf(board, root, participantId);
  if (namespace === undefined || !namespace.has(entryId)) return err(notFound('Entry', 'id'));
  namespace.delete(entryId);
  return ok(undefined);
}
