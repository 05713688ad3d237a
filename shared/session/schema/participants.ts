/** A participant as stored in BOARD `participants`: common to every activity, written by the session. */
import type * as Y from 'yjs';
import { type Decoder, isSafeId, object, oneOf, text, timestamp } from '../../core/decode';
import { LIMITS, PERSPECTIVES, type Perspective } from '../../core/protocol';
import { BOARD_ROOT } from '../../core/layout';
import { boardRoot } from '../../core/roots';
import { type ByParticipant, toPlain } from '../../core/readers';

export type Participant = { name: string; perspective: Perspective | ''; joinedAt: number };

export const participantDecoder: Decoder<Participant> = object({
  name: text({ max: LIMITS.participantNameMaxLength }),
  perspective: oneOf([...PERSPECTIVES, ''] as const),
  joinedAt: timestamp,
});

export function readParticipants(board: Y.Doc): ByParticipant<Participant> {
  const participants: ByParticipant<Participant> = {};
  boardRoot(board, BOARD_ROOT.participants).forEach((value, participantId) => {
    if (!isSafeId(participantId)) return;
    const decoded = participantDecoder(toPlain(value), participantId);
    if (decoded.ok) participants[participantId] = decoded.value;
  });
  return participants;
}

export function readParticipant(board: Y.Doc, participantId: string): Participant | undefined {
  const value = boardRoot(board, BOARD_ROOT.participants).get(participantId);
  const decoded = participantDecoder(toPlain(value), participantId);
  return decoded.ok ? decoded.value : undefined;
}
