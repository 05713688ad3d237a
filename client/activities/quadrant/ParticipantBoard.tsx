import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
} from '@dnd-kit/core';
import { useMemo, useRef } from 'react';
import type { QuadrantModel } from '../../../shared/template/types';
import { useMessages } from '../../i18n';
import { useInitiativeIds, useSession } from '../../session/hooks';
import type { Session } from '../../session/session';
import { BoardBackdrop } from './BoardBackdrop';
import { describePlace } from './describePlace';
import { DRAG_THRESHOLD_PX, moveBy } from './geometry';
import { ParticipantNote } from './ParticipantNote';
import { useQuadrantActions } from './useQuadrantActions';
import { useTapToPlace } from './useTapToPlace';

function noteText(session: Session, id: string | number): string {
  return session.initiatives.getState().byId[String(id)]?.text ?? '';
}

/** Awareness updates while dragging, at most every 50 ms: enough to look live, cheap on the wire. */
function useDragBroadcast(session: Session) {
  const last = useRef(0);
  return (initiativeId: string, x: number, y: number, force = false) => {
    const now = performance.now();
    if (!force && now - last.current < 50) return;
    last.current = now;
    session.awareness.setLocalStateField('dragging', { initiativeId, x, y });
  };
}

export function ParticipantBoard({ model, locked }: { model: QuadrantModel; locked: boolean }) {
  const m = useMessages();
  const session = useSession();
  const ids = useInitiativeIds();
  const actions = useQuadrantActions();
  const boardRef = useRef<HTMLDivElement>(null);
  const broadcast = useDragBroadcast(session);
  const tap = useTapToPlace(boardRef, locked);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: DRAG_THRESHOLD_PX } }),
    useSensor(KeyboardSensor),
  );

  const target = (event: DragMoveEvent | DragEndEvent) => {
    const note = session.initiatives.getState().byId[String(event.active.id)];
    const rect = boardRef.current?.getBoundingClientRect();
    if (note === undefined || rect === undefined) return null;
    return { id: note.id, ...moveBy(note, event.delta, rect) };
  };

  // dnd-kit's announcements get no pointer delta, so the latest computed place is kept here.
  const lastPlace = useRef<{ x: number; y: number } | null>(null);
  const announcements = useMemo<Announcements>(() => {
    const at = () => {
      const place = lastPlace.current;
      return place === null ? '' : describePlace(m, place.x, place.y);
    };
    return {
      onDragStart: ({ active }) => m.quadrant.announce.start(noteText(session, active.id)),
      onDragMove: ({ active }) => m.quadrant.announce.over(noteText(session, active.id), at()),
      onDragOver: () => undefined,
      onDragEnd: ({ active }) => m.quadrant.announce.drop(noteText(session, active.id), at()),
      onDragCancel: ({ active }) => m.quadrant.announce.cancel(noteText(session, active.id)),
    };
  }, [m, session]);

  const clearDrag = () => session.awareness.setLocalStateField('dragging', null);

  return (
    <DndContext
      sensors={sensors}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: m.quadrant.dragHint },
      }}
      onDragStart={() => {
        lastPlace.current = null;
        tap.cancel();
      }}
      onDragMove={(event) => {
        const place = target(event);
        lastPlace.current = place;
        if (place !== null) broadcast(place.id, place.x, place.y);
      }}
      onDragEnd={(event) => {
        const place = target(event);
        lastPlace.current = place;
        clearDrag();
        if (place !== null) actions.move(place.id, place.x, place.y);
      }}
      onDragCancel={clearDrag}
    >
      {/* A tap on the board places the note in hand; keyboard users move notes with dnd-kit. */}
      <div
        ref={boardRef}
        className={tap.picked === null ? 'board' : 'board board--placing'}
        role="group"
        aria-label={m.quadrant.boardLabel}
        onClick={(event) => tap.placeAt({ x: event.clientX, y: event.clientY })}
      >
        <BoardBackdrop model={model} />
        <div className="board__notes">
          {ids.map((id) => (
            <ParticipantNote
              key={id}
              id={id}
              locked={locked}
              picked={tap.picked === id}
              onPick={tap.toggle}
            />
          ))}
        </div>
        {tap.picked === null ? null : (
          <p className="board__placing-hint" aria-hidden="true">
            {m.quadrant.placeHint}
          </p>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {tap.announcement}
      </p>
    </DndContext>
  );
}
