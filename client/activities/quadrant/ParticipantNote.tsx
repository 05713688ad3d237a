import { useDraggable } from '@dnd-kit/core';
import { memo, useRef, type MouseEvent, type PointerEvent } from 'react';
import type { InitiativeId } from '../../../shared/core/ids';
import { useMessages } from '../../i18n';
import { DRAG_THRESHOLD_PX } from './geometry';
import { NoteCard } from './NoteCard';
import { useNote } from './useNote';

/** A note on a participant's board: own notes are draggable, others' are read-only. */
export const ParticipantNote = memo(function ParticipantNote({
  id,
  locked,
  picked,
  onPick,
}: {
  id: InitiativeId;
  locked: boolean;
  picked: boolean;
  onPick: (id: InitiativeId) => void;
}) {
  const m = useMessages();
  const { note, hidden, pending, remoteDrag, authorName, own } = useNote(id);
  if (note === undefined) return null;
  // Hidden notes disappear for everyone but their author, who sees why (and cannot move them).
  if (hidden && !own) return null;
  const label = own
    ? m.quadrant.ownNoteLabel(note.text)
    : m.quadrant.noteLabel(note.text, authorName);
  if (!own || locked || hidden) {
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
        aria-label={hidden ? `${label} · ${m.participant.moderatedHidden}` : label}
      />
    );
  }
  return <DraggableNote id={id} label={label} picked={picked} onPick={onPick} />;
});

function DraggableNote({
  id,
  label,
  picked,
  onPick,
}: {
  id: InitiativeId;
  label: string;
  picked: boolean;
  onPick: (id: InitiativeId) => void;
}) {
  const m = useMessages();
  const { note, hidden, pending, authorName } = useNote(id);
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id });
  const pressedAt = useRef<{ x: number; y: number } | null>(null);
  if (note === undefined) return null;
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    pressedAt.current = { x: event.clientX, y: event.clientY };
    listeners?.onPointerDown?.(event);
  };
  // A tap picks the note up; the click that ends a drag (the note moved with the pointer) does not.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    event.stopPropagation();
    const from = pressedAt.current;
    const travelled =
      from === null ? 0 : Math.hypot(event.clientX - from.x, event.clientY - from.y);
    if (travelled <= DRAG_THRESHOLD_PX) onPick(id);
  };
  return (
    <NoteCard
      ref={setNodeRef}
      note={note}
      authorName={authorName}
      showAuthor={false}
      own
      hidden={hidden}
      remoteDrag={undefined}
      dragging={isDragging}
      hiddenLabel={pending ? m.participant.moderatedPending : m.participant.moderatedHidden}
      offset={transform === null ? null : { x: transform.x, y: transform.y }}
      className={picked ? 'note--picked' : undefined}
      {...attributes}
      {...listeners}
      onPointerDown={onPointerDown}
      onClick={onClick}
      aria-pressed={picked}
      aria-label={label}
    />
  );
}
