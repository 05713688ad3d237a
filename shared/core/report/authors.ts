/**
 * Who wrote an entry, as every export names them: the report and the CSV files must agree, and a
 * removed participant's words still need a name.
 */
import { FACILITATOR_NAMESPACE } from '../layout';
import type { Perspective } from '../protocol';
import type { ReportLabels } from './labels';

export type Author = { participantId: string; name: string; perspective: Perspective | '' };

/** The part of a snapshot that names authors (BOARD `participants`). */
export type WithParticipants = {
  board: {
    participants: Readonly<Record<string, { name: string; perspective: Perspective | '' }>>;
  };
};

export function authorOf(
  snapshot: WithParticipants,
  participantId: string,
  labels: Pick<ReportLabels, 'facilitator' | 'unknownAuthor'>,
): Author {
  const participant = snapshot.board.participants[participantId];
  if (participant !== undefined)
    return { participantId, name: participant.name, perspective: participant.perspective };
  const name = participantId === FACILITATOR_NAMESPACE ? labels.facilitator : labels.unknownAuthor;
  return { participantId, name, perspective: '' };
}

export function perspectiveName(author: Author, labels: ReportLabels): string {
  return labels.perspectives[author.perspective === '' ? 'unstated' : author.perspective];
}

/** Oldest first, ties by id, so exports are stable between runs. */
export function byCreation<T extends { createdAt: number; id: string }>(a: T, b: T): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
