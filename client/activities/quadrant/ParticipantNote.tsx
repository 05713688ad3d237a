import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { useMessages } from '../../i18n';
import { NoteCard } from './NoteCard';
import { useNote } from './useNote';

/** A note on a participant's board: own notes are draggable, others' are read-only. */
export const ParticipantNote = memo(function ParticipantNote({
  id,
  locked,
}: {
  id: string;
  locked: boolean;
}) {
  const m = useMessages();
  const { note, hidden, pending, remoteDrag, authorName, own } = useNote(id);
  if (note === undefined) return null;
  // Hidden notes disappear for everyone but their author, who sees why.
  if (hidden && !own) return null;
  const label = m.quadrant.noteLabel(note.text, own ? m.common.you : authorName);
  if (!own || locked) {
    return (
      <NoteCard
        note={note}
        authorName={authorName}
        own={false}
        hidden={hidden}
        remoteDrag={remoteDrag}
        movingLabel={remoteDrag === undefined ? undefined : m.quadrant.movingBy(remoteDrag.name)}
        hiddenLabel={pending ? m.participant.moderatedPending : m.participant.moderatedHidden}
        role="img"
        aria-label={label}
      />
    );
  }
  return <DraggableNote id={id} label={label} />;
});

function DraggableNote({ id, label }: { id: string; label: string }) {
  const m = useMessages();
  const { note, hidden, pending, authorName } = useNote(id);
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id });
  if (note === undefined) return null;
  return (
    <NoteCard
      ref={setNodeRef}
      note={note}
      authorName={authorName}
      own
      hidden={hidden}
      remoteDrag={undefined}
      dragging={isDragging}
      hiddenLabel={pending ? m.participant.moderatedPending : m.participant.moderatedHidden}
      offset={transform === null ? null : { x: transform.x, y: transform.y }}
      {...attributes}
      {...listeners}
      aria-label={label}
    />
  );
}
