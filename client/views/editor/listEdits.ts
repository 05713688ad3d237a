/**
 * Edits of the lists inside the workshop content (agenda items, prompts, lessons). A content
 * part is one JSON value in the document, so every edit reads the part as it is now and writes
 * it back whole: editing item 3 never writes back a stale copy of item 5 that changed since the
 * screen rendered.
 */
import type * as Y from 'yjs';
import { editContent } from '../../../shared/activities/content/actions';
import type { ActionResult } from '../../../shared/core/run';
import { readContentPart } from '../../../shared/activities/content/schema';
import type { ContentKey, SessionContent } from '../../../shared/template/types';

export function updateContent<K extends ContentKey>(
  control: Y.Doc,
  key: K,
  change: (part: SessionContent[K]) => SessionContent[K],
): ActionResult {
  return editContent(control, key, change(readContentPart(control, key)));
}

/** One step up (-1) or down (+1); a move past either end leaves the list as it is. */
export function moveBy<T extends { id: string }>(
  items: readonly T[],
  id: string,
  delta: number,
): T[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + delta;
  const moving = items[from];
  if (moving === undefined || to < 0 || to >= items.length) return [...items];
  const rest = items.filter((item) => item.id !== id);
  rest.splice(to, 0, moving);
  return rest;
}

export function patchById<T extends { id: string }>(
  items: readonly T[],
  id: string,
  patch: NoInfer<Partial<Omit<T, 'id'>>>,
): T[] {
  return items.map((item) => (item.id === id ? { ...item, ...patch } : item));
}

export function withoutId<T extends { id: string }>(items: readonly T[], id: string): T[] {
  return items.filter((item) => item.id !== id);
}
