import { memo, useState } from 'react';
import { approveText, hideText, removeText } from '../../../shared/session/moderation';
import { useVisibility } from '../moderation/useVisibility';
import { useMessages } from '../../i18n';
import { useControl, useInitiative, useInitiativeIds, useSession } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { BoardBackdrop } from './BoardBackdrop';
import { NoteCard } from './NoteCard';
import { useNote } from './useNote';
import { Icon } from '../../ui/Icon';
import './quadrant.stage.css';
import { useReportRefusal } from '../refusals';
import type { InitiativeId } from '../../../shared/core/ids';

/** The whole board, large, for the projector; click a note to moderate it. */
export function PresenterQuadrant() {
  const m = useMessages();
  const model = useControl((state) => state.content?.quadrant);
  const ids = useInitiativeIds();
  const [selected, setSelected] = useState<InitiativeId | null>(null);
  if (model === undefined) return <Loading />;
  return (
    <div className="presenter-board">
      <div className="board board--presenter" role="group" aria-label={m.quadrant.boardLabel}>
        <BoardBackdrop model={model} />
        <div className="board__notes">
          {ids.map((id) => (
            <PresenterNote key={id} id={id} selected={selected === id} onSelect={setSelected} />
          ))}
        </div>
        {ids.length === 0 ? <p className="board__empty">{m.quadrant.emptyPresenter}</p> : null}
      </div>
      {selected === null ? null : <ModerationBar id={selected} onDone={() => setSelected(null)} />}
    </div>
  );
}

const PresenterNote = memo(function PresenterNote({
  id,
  selected,
  onSelect,
}: {
  id: InitiativeId;
  selected: boolean;
  onSelect: (id: InitiativeId | null) => void;
}) {
  const m = useMessages();
  const { note, hidden, remoteDrag, authorName } = useNote(id);
  if (note === undefined) return null;
  return (
    <NoteCard
      note={note}
      authorName={authorName}
      own={false}
      hidden={hidden}
      remoteDrag={remoteDrag}
      movingLabel={remoteDrag === undefined ? undefined : m.quadrant.movingBy(remoteDrag.name)}
      hiddenLabel={m.quadrant.hidden}
      className={selected ? 'note--selected' : undefined}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={m.quadrant.noteLabel(note.text, authorName)}
      onClick={() => onSelect(selected ? null : id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect(selected ? null : id);
        }
      }}
    />
  );
});

function ModerationBar({ id, onDone }: { id: InitiativeId; onDone: () => void }) {
  const m = useMessages();
  const session = useSession();
  const report = useReportRefusal();
  const note = useInitiative(id);
  const ref = { root: 'initiatives', authorId: note?.authorId ?? '', entryId: id };
  const hidden = useVisibility(ref) !== 'visible';
  if (note === undefined) return null;
  const { control, board } = session.docs;
  return (
    <div className="moderation-bar" role="region" aria-label={note.text}>
      <strong className="spacer">“{note.text}”</strong>
      <Button
        icon={<Icon name={hidden ? 'eye' : 'eyeOff'} />}
        onClick={() => report(hidden ? approveText(control, ref) : hideText(control, ref))}
        aria-label={hidden ? m.quadrant.unhideLabel(note.text) : m.quadrant.hideLabel(note.text)}
      >
        {hidden ? m.quadrant.unhideLabel(note.text) : m.quadrant.hideLabel(note.text)}
      </Button>
      <Button
        variant="danger"
        icon={<Icon name="trash" />}
        aria-label={m.quadrant.removeLabel(note.text)}
        onClick={() => {
          if (report(removeText(control, board, ref))) onDone();
        }}
      >
        {m.common.delete}
      </Button>
      <Button variant="ghost" onClick={onDone}>
        {m.common.close}
      </Button>
    </div>
  );
}
