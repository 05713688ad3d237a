/**
 * Typed access to the documents' roots and to a participant's namespace in a BOARD root. The only
 * place (with layout.ts) that knows how the documents are nested.
 */
import * as Y from 'yjs';
import { CONTROL_ROOT, type ControlRootName } from './layout';

export function boardRoot(board: Y.Doc, root: string): Y.Map<unknown> {
  return board.getMap<unknown>(root);
}

export function controlRoot(
  control: Y.Doc,
  root: Exclude<ControlRootName, 'routeWalk'>,
): Y.Map<unknown> {
  return control.getMap<unknown>(root);
}

export function routeWalkArray(control: Y.Doc): Y.Array<unknown> {
  return control.getArray<unknown>(CONTROL_ROOT.routeWalk);
}

/** A nested map, or undefined when absent or (someone wrote junk) not a map. */
export function childMap(parent: Y.Map<unknown>, key: string): Y.Map<unknown> | undefined {
  const child = parent.get(key);
  // instanceof narrows to a Y.Map of untyped values; they stay unknown until a decoder reads them.
  return child instanceof Y.Map ? (child as Y.Map<unknown>) : undefined;
}

/** A participant's namespace in a BOARD root, if it exists. */
export function namespaceOf(
  board: Y.Doc,
  root: string,
  participantId: string,
): Y.Map<unknown> | undefined {
  return childMap(boardRoot(board, root), participantId);
}

/**
 * Creates the namespace when missing. registerParticipant creates every namespace up front so
 * that two tabs of one participant never race to create the same map (the later one would win
 * and the other tab's first entry would be lost).
 */
export function ensureNamespace(board: Y.Doc, root: string, participantId: string): Y.Map<unknown> {
  const existing = namespaceOf(board, root, participantId);
  if (existing !== undefined) return existing;
  const created = new Y.Map<unknown>();
  boardRoot(board, root).set(participantId, created);
  return created;
}

/** Turns a Y.Map into a plain object of unknown values (for decoding). */
export function plainEntries(map: Y.Map<unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  map.forEach((value, key) => {
    if (key === '__proto__') return;
    plain[key] = value instanceof Y.AbstractType ? value.toJSON() : value;
  });
  return plain;
}
