/**
 * Schema-shaped validation of a participant's write to the BOARD, before it is applied: every
 * new struct must be what shared/session/board-shape.ts allows at its path (maps where the layout
 * nests maps, bounded primitives at the leaves), and the entries per participant stay within the
 * counts the client's actions also enforce. The facilitator is not held to the shape (moderation,
 * examples); the session budget bounds what they write.
 */
import * as Y from 'yjs';
import { boardSlot, leafValueProblem, maxEntriesIn } from '../../shared/session/board-shape';
import type { DecodedUpdate } from './protocol';
import type { StructPath, UpdatePaths } from './struct-paths';

type UpdateStruct = DecodedUpdate['structs'][number];

export type ShapeVerdict =
  { allowed: true } | { allowed: false; code: 'schema' | 'entry-count'; reason: string };

function contentProblem(item: Y.Item, path: StructPath): string | null {
  const slot = boardSlot(path.root, path.keys);
  if (slot.kind === 'none') return slot.reason;
  const content: unknown = item.content;
  // Deleted before it reached the relay (an offline edit overwritten offline): no content left.
  if (content instanceof Y.ContentDeleted) return null;
  if (slot.kind === 'map') {
    return content instanceof Y.ContentType && content.type instanceof Y.Map
      ? null
      : `"${path.root}" expects a map at depth ${path.keys.length}`;
  }
  if (!(content instanceof Y.ContentAny))
    return `"${path.root}" expects a plain value at depth ${path.keys.length}`;
  for (const value of content.arr) {
    const problem = leafValueProblem(value, slot.maxStringLength);
    if (problem !== null) return `${problem} in "${path.root}"`;
  }
  return null;
}

/** Distinct new entry keys per entry root, for the per-participant counts. */
function newEntryKeys(item: Y.Item, path: StructPath, into: Map<string, Set<string>>): void {
  const entryKey = path.keys[1];
  if (path.keys.length !== 2 || maxEntriesIn(path.root) === undefined) return;
  if (typeof entryKey !== 'string') return;
  if (!(item.content instanceof Y.ContentType)) return;
  const keys = into.get(path.root) ?? new Set<string>();
  keys.add(entryKey);
  into.set(path.root, keys);
}

function countProblem(
  doc: Y.Doc,
  participantId: string,
  added: Map<string, Set<string>>,
): string | null {
  for (const [root, keys] of added) {
    const max = maxEntriesIn(root);
    if (max === undefined) continue;
    const namespace = doc.getMap<unknown>(root).get(participantId);
    const existing = namespace instanceof Y.Map ? namespace : null;
    let count = existing?.size ?? 0;
    for (const key of keys) if (existing === null || !existing.has(key)) count += 1;
    if (count > max) return `at most ${max} entries per participant in "${root}"`;
  }
  return null;
}

export function checkParticipantBoardWrite(
  doc: Y.Doc,
  newStructs: readonly UpdateStruct[],
  paths: UpdatePaths,
  participantId: string,
): ShapeVerdict {
  const added = new Map<string, Set<string>>();
  for (const struct of newStructs) {
    if (!(struct instanceof Y.Item)) continue;
    const path = paths.pathOf(struct);
    const problem = path === null ? 'a struct it cannot place' : contentProblem(struct, path);
    if (problem !== null) return { allowed: false, code: 'schema', reason: problem };
    if (path === null) continue;
    newEntryKeys(struct, path, added);
  }
  const problem = countProblem(doc, participantId, added);
  return problem === null
    ? { allowed: true }
    : { allowed: false, code: 'entry-count', reason: problem };
}
