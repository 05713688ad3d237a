/**
 * The BOARD's shape as the relay enforces it on participants' writes (each activity's BoardSlice
 * declares its root's shape; session/activities.ts registers them). A participant may only create, at each depth of their own namespace, what the schema
 * has there: a Y.Map where the layout nests maps, a primitive of bounded size at a leaf. Nothing
 * else (no Y.Text, no Y.Array, no deeper nesting, no unknown fields), because everything a
 * participant can store costs every joiner download time and the server memory.
 */
import { LIMITS } from '../core/protocol';
import type { BoardShape, FieldLimits } from '../core/board-slice';
import { BOARD_ROOT_NAMES, BOARD_SLICES, type BoardRootName } from './activities';

/** What may sit at a path below a BOARD root: [root, participantId, ...keys]. */
export type BoardSlot =
  { kind: 'map' } | { kind: 'value'; maxStringLength: number } | { kind: 'none'; reason: string };

const SHORT = LIMITS.boardShortValueMaxLength;

const KNOWN_ROOTS: ReadonlySet<string> = new Set(BOARD_ROOT_NAMES);

function isKnownRoot(root: string): root is BoardRootName {
  return KNOWN_ROOTS.has(root);
}

/** The registered shape of a root, or undefined for a name no activity declared. */
export function boardShape(root: string): BoardShape | undefined {
  return isKnownRoot(root) ? BOARD_SLICES[root].shape : undefined;
}

/** Entries one participant may hold in `root`, when it is a root of entries (the actions enforce the same numbers). */
export function maxEntriesIn(root: string): number | undefined {
  const shape = boardShape(root);
  return shape?.kind === 'entries' ? shape.maxEntriesPerParticipant : undefined;
}

function field(fields: FieldLimits, key: string): BoardSlot {
  const max = Object.hasOwn(fields, key) ? fields[key] : undefined;
  return max === undefined
    ? { kind: 'none', reason: `unknown field "${key.slice(0, LIMITS.boardKeyMaxLength)}"` }
    : { kind: 'value', maxStringLength: max };
}

/**
 * The slot at `keys` below `root`; a null key is a position in a sequence (Y.Text, Y.Array),
 * which the BOARD never has.
 */
export function boardSlot(root: string, keys: readonly (string | null)[]): BoardSlot {
  const shape = boardShape(root);
  if (shape === undefined) return { kind: 'none', reason: `unknown board root "${root}"` };
  const named: string[] = [];
  for (const key of keys) {
    if (key === null) return { kind: 'none', reason: `a sequence (text or array) in "${root}"` };
    if (key.length > LIMITS.boardKeyMaxLength)
      return { kind: 'none', reason: `a key longer than ${LIMITS.boardKeyMaxLength} characters` };
    named.push(key);
  }
  const [, second, third] = named;
  if (named.length === 1) return { kind: 'map' };
  if (shape.kind === 'record' && named.length === 2 && second !== undefined)
    return field(shape.fields, second);
  if (shape.kind === 'entries') {
    if (named.length === 2) return { kind: 'map' };
    if (named.length === 3 && third !== undefined) return field(shape.fields, third);
  }
  if (shape.kind === 'values' && named.length === 2)
    return { kind: 'value', maxStringLength: SHORT };
  return { kind: 'none', reason: `nesting deeper than the schema in "${root}"` };
}

/** A leaf value the schema allows: a finite number, a boolean, null, or a bounded string. */
export function leafValueProblem(value: unknown, maxStringLength: number): string | null {
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'a non-finite number';
  if (typeof value === 'string')
    return value.length <= maxStringLength
      ? null
      : `a text of ${value.length} characters (at most ${maxStringLength})`;
  return 'a value that is not a string, number, boolean or null';
}
