import { isExampleAuthor } from '../../../shared/activities/quadrant/examples';
import { useMessages } from '../../i18n';
import { useVisibility } from '../moderation/useVisibility';
import { useSession, useInitiative, useParticipantName, useRemoteDrag } from '../../session/hooks';

/** Everything one note shows, each part selected on its own so unrelated changes skip it. */
export function useNote(id: string) {
  const session = useSession();
  const note = useInitiative(id);
  const visibility = useVisibility({
    root: 'initiatives',
    authorId: note?.authorId ?? '',
    entryId: id,
  });
  // Hidden or waiting for approval: only its author (and the console's list) shows it.
  const shown = visibility === 'visible';
  const hidden = visibility === 'hidden';
  const pending = visibility === 'pending';
  const remoteDrag = useRemoteDrag(id);
  const m = useMessages();
  const participantName = useParticipantName(note?.authorId ?? '');
  // The facilitator's pre-placed examples have no participant entry: say what they are.
  const authorName =
    note !== undefined && isExampleAuthor(note.authorId)
      ? m.quadrant.exampleAuthor
      : (participantName ?? '');
  const own = note !== undefined && note.authorId === session.participantId;
  return { note, shown, hidden, pending, remoteDrag, authorName, own };
}
