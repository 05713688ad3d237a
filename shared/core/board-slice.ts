/**
 * A slice of the BOARD document: one root, declared by the activity that owns it
 * (shared/activities/<kind>/schema.ts) and assembled with the others in shared/session/board.ts.
 * The declaration is everything the rest of the system needs to know about the root: how to read
 * it (client stores, snapshot, exports), how to decode it from a backup, and what the relay lets a
 * participant write below their own namespace in it.
 *
 * Every BOARD root is `Y.Map<participantId, ...>`; the shape says what one namespace holds:
 *   record   pid -> Y.Map { field: value }             (a participant's own fields)
 *   entries  pid -> Y.Map<entryId, Y.Map { field }>    (initiatives, notes, takeaways)
 *   values   pid -> Y.Map<key, short value>            (dots, hands, recognitions, readiness)
 */
import type * as Y from 'yjs';
import { type Decoder, recordOf } from './decode';
import { type ByParticipant, readNamespaces } from './readers';

/** Field name -> longest string the relay accepts there (numbers and booleans always fit). */
export type FieldLimits = Readonly<Record<string, number>>;

export type BoardShape =
  | { kind: 'record'; fields: FieldLimits }
  | { kind: 'entries'; fields: FieldLimits; maxEntriesPerParticipant: number }
  | { kind: 'values' };

export type BoardSlice<T> = {
  /** The root's name in the BOARD document; unique across the activities. */
  root: string;
  shape: BoardShape;
  /** Every participant's part of the root, decoded; junk a client wrote is left out. */
  read: (board: Y.Doc) => ByParticipant<T>;
  /** The root as a backup's JSON holds it (the output of `read`, serialised). */
  decoder: Decoder<ByParticipant<T>>;
  /**
   * 'writing': participants' writes here stop while the facilitator has locked writing (texts,
   * dots, marks); 'never': a lock leaves it alone (names, a CHECK hand in an open poll, "done").
   */
  lock: 'writing' | 'never';
};

/** A root of nested entries (one Y.Map each) per participant. */
export function entriesSlice<T>(
  root: string,
  fields: FieldLimits,
  maxEntriesPerParticipant: number,
  entryDecoder: Decoder<T>,
): BoardSlice<Record<string, T>> {
  return {
    root,
    shape: { kind: 'entries', fields, maxEntriesPerParticipant },
    read: (board) => readNamespaces(board, root, entryDecoder),
    decoder: recordOf(recordOf(entryDecoder)),
    // Every root of entries holds participants' texts: a lock stops them all.
    lock: 'writing',
  };
}

/** A root of short values (a count, a hand, a mark) per participant and key. */
export function valuesSlice<T>(
  root: string,
  valueDecoder: Decoder<T>,
  lock: 'writing' | 'never',
): BoardSlice<Record<string, T>> {
  return {
    root,
    shape: { kind: 'values' },
    read: (board) => readNamespaces(board, root, valueDecoder),
    decoder: recordOf(recordOf(valueDecoder)),
    lock,
  };
}
