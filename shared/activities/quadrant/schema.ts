/**
 * The quadrant's stored values: initiatives in the BOARD (one nested map each, in the author's
 * namespace) and the board lock in CONTROL.
 */
import type * as Y from 'yjs';
import { type Decoder, boolean, numberIn, object, oneOf, text, timestamp } from '../../core/decode';
import { LIMITS } from '../../core/protocol';
import { CONTROL_ROOT } from '../../core/layout';
import { entriesSlice } from '../../core/board-slice';
import { controlRoot } from '../../core/roots';
import { type InitiativeId, type ParticipantId } from '../../core/ids';
import { type ByParticipant, readEntry } from '../../core/readers';

export const INITIATIVE_COLOURS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const;
export type InitiativeColour = (typeof INITIATIVE_COLOURS)[number];

export type Initiative = {
  text: string;
  colour: InitiativeColour;
  x: number;
  y: number;
  createdAt: number;
  updatedAt: number;
};

export const position = numberIn(-1, 1);

export const initiativeDecoder: Decoder<Initiative> = object({
  text: text({ max: LIMITS.initiativeTextMaxLength }),
  colour: oneOf(INITIATIVE_COLOURS),
  x: position,
  y: position,
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** CONTROL live.boardLocked: while true the relay drops participants' initiative changes. */
export const QUADRANT_LIVE_FIELDS = { boardLocked: boolean };
export const DEFAULT_QUADRANT_LIVE = { boardLocked: false };

const SHORT = LIMITS.boardShortValueMaxLength;

/** BOARD `initiatives`: pid -> initiativeId -> { text, colour, x, y, createdAt, updatedAt }. */
export const initiativesSlice = entriesSlice(
  'initiatives',
  {
    text: LIMITS.initiativeTextMaxLength,
    colour: SHORT,
    x: SHORT,
    y: SHORT,
    createdAt: SHORT,
    updatedAt: SHORT,
  },
  LIMITS.maxInitiativesPerParticipant,
  initiativeDecoder,
);

export function readInitiatives(board: Y.Doc): ByParticipant<Record<string, Initiative>> {
  return initiativesSlice.read(board);
}

export function readInitiative(
  board: Y.Doc,
  participantId: ParticipantId,
  initiativeId: InitiativeId,
): Initiative | undefined {
  return readEntry(board, initiativesSlice.root, participantId, initiativeId, initiativeDecoder);
}

/** A damaged value reads as unlocked, as every live field reads as its default. */
export function isBoardLocked(control: Y.Doc): boolean {
  const decoded = boolean(controlRoot(control, CONTROL_ROOT.live).get('boardLocked'), 'live');
  return decoded.ok ? decoded.value : DEFAULT_QUADRANT_LIVE.boardLocked;
}
