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
  const authorName = useParticipantName(note?.authorId ?? '') ?? '';
  const own = note !== undefined && note.authorId === session.participantId;
  return { note, hidden, remoteDrag, authorName, own };
}
