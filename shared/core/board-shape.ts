/**
 * The BOARD's shape as the relay enforces it on participants' writes (layout.ts is the map this
 * follows). A participant may only create, at each depth of their own namespace, what the schema
 * has there: a Y.Map where the layout nests maps, a primitive of bounded size at a leaf. Nothing
 * else (no Y.Text, no Y.Array, no deeper nesting, no unknown fields), because everything a
 * participant can store costs every joiner download time and the server memory.
 */
import { LIMITS } from './protocol';
import { BOARD_ROOT, type BoardRootName } from './layout';

/** What may sit at a path below a BOARD root: [root, participantId, ...keys]. */
export type BoardSlot =
  { kind: 'map' } | { kind: 'value'; maxStringLength: number } | { kind: 'none'; reason: string };

type EntryRoot = 'initiatives' | 'routeNotes' | 'takeaways';

const SHORT = LIMITS.boardShortValueMaxLength;

/** Fields of one entry (nested map) per entry root, with their longest string. */
const ENTRY_FIELDS: Record<EntryRoot, Readonly<Record<string, number>>> = {
  initiatives: {
    text: LIMITS.initiativeTextMaxLength,
    colour: SHORT,
    x: SHORT,
    y: SHORT,
    createdAt: SHORT,
    updatedAt: SHORT,
  },
  routeNotes: { stepId: SHORT, text: LIMITS.routeNoteTextMaxLength, createdAt: SHORT },
  takeaways: { text: LIMITS.takeawayTextMaxLength, createdAt: SHORT, updatedAt: SHORT },
};

const PARTICIPANT_FIELDS: Readonly<Record<string, number>> = {
  name: LIMITS.participantNameMaxLength,
  perspective: SHORT,
  joinedAt: SHORT,
};

/** Entries one participant may hold per entry root (the actions enforce the same numbers). */
export const ENTRY_LIMITS: Readonly<Record<EntryRoot, number>> = {
  initiatives: LIMITS.maxInitiativesPerParticipant,
  routeNotes: LIMITS.maxRouteNotesPerParticipant,
  takeaways: LIMITS.maxTakeawaysPerParticipant,
};

export function isEntryRoot(root: string): root is EntryRoot {
  return (
    root === BOARD_ROOT.initiatives ||
    root === BOARD_ROOT.routeNotes ||
    root === BOARD_ROOT.takeaways
  );
}

const KNOWN_ROOTS: ReadonlySet<string> = new Set<BoardRootName>(Object.values(BOARD_ROOT));

function field(fields: Readonly<Record<string, number>>, key: string): BoardSlot {
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
  if (!KNOWN_ROOTS.has(root)) return { kind: 'none', reason: `unknown board root "${root}"` };
  const named: string[] = [];
  for (const key of keys) {
    if (key === null) return { kind: 'none', reason: `a sequence (text or array) in "${root}"` };
    if (key.length > LIMITS.boardKeyMaxLength)
      return { kind: 'none', reason: `a key longer than ${LIMITS.boardKeyMaxLength} characters` };
    named.push(key);
  }
  const [, second, third] = named;
  if (named.length === 1) return { kind: 'map' };
  if (root === BOARD_ROOT.participants && named.length === 2 && second !== undefined)
    return field(PARTICIPANT_FIELDS, second);
  if (isEntryRoot(root)) {
    if (named.length === 2) return { kind: 'map' };
    if (named.length === 3 && third !== undefined) return field(ENTRY_FIELDS[root], third);
  } else if (root !== BOARD_ROOT.participants && named.length === 2) {
    return { kind: 'value', maxStringLength: SHORT };
  }
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
