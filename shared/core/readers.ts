/**
 * Generic decode-on-read for the two documents: every activity's readers build on these, so junk
 * a misbehaving client wrote is skipped (BOARD) and damaged values read as their defaults
 * (CONTROL) the same way everywhere.
 */
import * as Y from 'yjs';
import { type Decoder, isSafeId } from './decode';
import { boardRoot, childMap, namespaceOf, plainEntries } from './roots';

/** participantId -> entries, as in the BOARD document. */
export type ByParticipant<T> = Record<string, T>;

export function toPlain(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.toJSON() : value;
}

/** Decodes each entry of one namespace map; undecodable entries are left out. */
export function readEntries<T>(namespace: Y.Map<unknown>, decoder: Decoder<T>): Record<string, T> {
  const entries: Record<string, T> = {};
  namespace.forEach((value, key) => {
    if (!isSafeId(key)) return;
    const decoded = decoder(toPlain(value), key);
    if (decoded.ok) entries[key] = decoded.value;
  });
  return entries;
}

/** Every participant's namespace of one BOARD root, each entry decoded. */
export function readNamespaces<T>(
  board: Y.Doc,
  root: string,
  decoder: Decoder<T>,
): ByParticipant<Record<string, T>> {
  const result: ByParticipant<Record<string, T>> = {};
  boardRoot(board, root).forEach((_value, participantId) => {
    const namespace = namespaceOf(board, root, participantId);
    if (namespace === undefined || !isSafeId(participantId)) return;
    result[participantId] = readEntries(namespace, decoder);
  });
  return result;
}

/** One nested-map entry of a participant's namespace (an initiative, a takeaway...). */
export function readEntry<T>(
  board: Y.Doc,
  root: string,
  participantId: string,
  entryId: string,
  decoder: Decoder<T>,
): T | undefined {
  const namespace = namespaceOf(board, root, participantId);
  const entry = namespace === undefined ? undefined : childMap(namespace, entryId);
  if (entry === undefined) return undefined;
  const decoded = decoder(entry.toJSON(), entryId);
  return decoded.ok ? decoded.value : undefined;
}

/** Decodes each field on its own so one damaged field does not reset its neighbours. */
export function readFields<T extends Record<string, unknown>>(
  map: Y.Map<unknown>,
  defaults: T,
  decode: (value: unknown) => T | undefined,
): T {
  const merged: Record<string, unknown> = { ...defaults, ...plainEntries(map) };
  const whole = decode(merged);
  if (whole !== undefined) return whole;
  const repaired: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(defaults)) {
    const candidate = decode({ ...defaults, [key]: merged[key] });
    if (candidate !== undefined) repaired[key] = merged[key];
  }
  return decode(repaired) ?? defaults;
}

/** readFields with a decoder: the fields of `map` that `decoder` knows, defaults where damaged. */
export function readDecodedFields<T extends Record<string, unknown>>(
  map: Y.Map<unknown>,
  defaults: T,
  decoder: Decoder<T>,
  path: string,
): T {
  return readFields(map, defaults, (value) => {
    const decoded = decoder(value, path);
    return decoded.ok ? decoded.value : undefined;
  });
}
