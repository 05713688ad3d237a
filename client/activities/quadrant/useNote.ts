import { isExampleAuthor } from '../../../shared/activities/quadrant/examples';
import { useMessages } from '../../i18n';
import {
  useSession,
  useControl,
  useInitiative,
  useParticipantName,
  useRemoteDrag,
} from '../../session/hooks';

/** Everything one note shows, each part selected on its own so unrelated changes skip it. */
export function useNote(id: string) {
  const session = useSession();
  const note = useInitiative(id);
  const hidden = useControl((state) => state.moderation[id] === 'hidden');
  const remoteDrag = useRemoteDrag(id);
  const m = useMessages();
  const participantName = useParticipantName(note?.authorId ?? '');
  // The facilitator's pre-placed examples have no participant entry: say what they are.
  const authorName =
    note !== undefined && isExampleAuthor(note.authorId)
      ? m.quadrant.exampleAuthor
      : (participantName ?? '');
  const own = note !== undefined && note.authorId === session.participantId;
  return { note, hidden, remoteDrag, authorName, own };
}
