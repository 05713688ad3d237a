/** A participant as stored in BOARD `participants`: common to every activity, written by the session. */
import type * as Y from 'yjs';
import {
  type Decoder,
  isSafeId,
  object,
  oneOf,
  recordOf,
  text,
  timestamp,
} from '../../core/decode';
import { LIMITS, PERSPECTIVES, type Perspective } from '../../core/protocol';
import type { BoardSlice } from '../../core/board-slice';
import { boardRoot } from '../../core/roots';
import { type ByParticipant, toPlain } from '../../core/readers';

export type Participant = { name: string; perspective: Perspective | ''; joinedAt: number };

export const participantDecoder: Decoder<Participant> = object({
  name: text({ max: LIMITS.participantNameMaxLength }),
  perspective: oneOf([...PERSPECTIVES, ''] as const),
  joinedAt: timestamp,
});

const ROOT = 'participants';

export function readParticipants(board: Y.Doc): ByParticipant<Participant> {
  const participants: ByParticipant<Participant> = {};
  boardRoot(board, ROOT).forEach((value, participantId) => {
    if (!isSafeId(participantId)) return;
    const decoded = participantDecoder(toPlain(value), participantId);
    if (decoded.ok) participants[participantId] = decoded.value;
  });
  return participants;
}

export function readParticipant(board: Y.Doc, participantId: string): Participant | undefined {
  const value = boardRoot(board, ROOT).get(participantId);
  const decoded = participantDecoder(toPlain(value), participantId);
  return decoded.ok ? decoded.value : undefined;
}

/** BOARD `participants`: pid -> { name, perspective, joinedAt }, written at join by the session. */
export const participantsSlice: BoardSlice<Participant> = {
  root: ROOT,
  shape: {
    kind: 'record',
    fields: {
      name: LIMITS.participantNameMaxLength,
      perspective: LIMITS.boardShortValueMaxLength,
      joinedAt: LIMITS.boardShortValueMaxLength,
    },
  },
  read: readParticipants,
  decoder: recordOf(participantDecoder),
  lock: 'never',
};
