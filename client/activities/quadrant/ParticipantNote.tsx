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
  const { note, shown, hidden, pending, remoteDrag, authorName, own } = useNote(id);
  if (note === undefined) return null;
  // Hidden and waiting notes are shown only to their author, who sees why (and cannot move a
  // hidden one; a waiting one stays theirs to place).
  if (!shown && !own) return null;
  const status = statusOf(m, hidden, pending);
  const name = own
    ? m.quadrant.ownNoteLabel(note.text)
    : m.quadrant.noteLabel(note.text, authorName);
  const label = status === undefined ? name : `${name} · ${status}`;
  if (!own || locked || hidden) {
    return (
      <NoteCard
        note={note}
        authorName={authorName}
        own={false}
        hidden={hidden}
        remoteDrag={remoteDrag}
        movingLabel={remoteDrag === undefined ? undefined : m.quadrant.movingBy(remoteDrag.name)}
        statusLabel={status}
        role="img"
        aria-label={label}
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
  const status = statusOf(m, hidden, pending);
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
      statusLabel={status}
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

function statusOf(
  m: ReturnType<typeof useMessages>,
  hidden: boolean,
  pending: boolean,
): string | undefined {
  if (hidden) return m.participant.moderatedHidden;
  return pending ? m.participant.moderatedPending : undefined;
}
