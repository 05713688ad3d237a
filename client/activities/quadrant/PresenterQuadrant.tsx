import { memo, useRef } from 'react';
import type { InitiativeId } from '../../../shared/core/ids';
import { useMessages } from '../../i18n';
import { useControl, useInitiativeIds } from '../../session/hooks';
import { Loading } from '../../ui/Loading';
import { BoardBackdrop } from './BoardBackdrop';
import { NoteCard } from './NoteCard';
import type { Offset } from './nudge';
import { useNote } from './useNote';
import { useNudgedNotes } from './useNudgedNotes';
import './quadrant.stage.css';

/**
 * The whole board for the room: as wide as the screen, notes nudged apart so none covers another
 * or an axis label. A hidden or waiting note is not drawn at all: the console moderates, the
 * room never reads what was hidden or is not approved yet.
 */
export function PresenterQuadrant() {
  const m = useMessages();
  const model = useControl((state) => state.content?.quadrant);
  const ids = useInitiativeIds();
  const boardRef = useRef<HTMLDivElement>(null);
  const offsets = useNudgedNotes(boardRef);
  if (model === undefined) return <Loading />;
  return (
    <div
      ref={boardRef}
      className="board board--presenter"
      role="group"
      aria-label={m.quadrant.boardLabel}
    >
      <BoardBackdrop model={model} />
      <div className="board__notes">
        {ids.map((id) => (
          <PresenterNote key={id} id={id} offset={offsets.get(id)} />
        ))}
      </div>
      {ids.length === 0 ? <p className="board__empty">{m.quadrant.emptyPresenter}</p> : null}
    </div>
  );
}

const PresenterNote = memo(function PresenterNote({
  id,
  offset,
}: {
  id: InitiativeId;
  offset: Offset | undefined;
}) {
  const m = useMessages();
  const { note, shown, remoteDrag, authorName } = useNote(id);
  if (note === undefined || !shown) return null;
  return (
    <NoteCard
      note={note}
      authorName={authorName}
      own={false}
      hidden={false}
      remoteDrag={remoteDrag}
      movingLabel={remoteDrag === undefined ? undefined : m.quadrant.movingBy(remoteDrag.name)}
      // A note being dragged follows the hand exactly; the others make room around it.
      offset={remoteDrag === undefined ? (offset ?? null) : null}
      data-note-id={id}
      role="img"
      aria-label={m.quadrant.noteLabel(note.text, authorName)}
    />
  );
});
