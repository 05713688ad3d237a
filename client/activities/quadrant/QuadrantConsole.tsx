import { memo } from 'react';
import type { InitiativeId } from '../../../shared/core/ids';
import { useMessages } from '../../i18n';
import { useInitiativeIds } from '../../session/hooks';
import { ModerationRow } from '../moderation/ModerationRow';
import { useNote } from './useNote';
import './quadrant.console.css';

/**
 * The board's moderation list, on the console only: every note with its author; approve it when
 * it waits, hide it or show it again, remove it. The projector never shows a hidden or waiting
 * note; here it stays, marked, so it can be brought back.
 */
export function QuadrantConsole() {
  const m = useMessages();
  const ids = useInitiativeIds();
  return (
    <section className="stack stack--tight" aria-labelledby="quadrant-moderation-title">
      <h2 id="quadrant-moderation-title" className="console-part__title">
        {m.quadrant.moderationTitle}
      </h2>
      {ids.length === 0 ? (
        <p className="muted">{m.quadrant.emptyPresenter}</p>
      ) : (
        <ul className="moderation-list">
          {ids.map((id) => (
            <NoteRow key={id} id={id} />
          ))}
        </ul>
      )}
    </section>
  );
}

const NoteRow = memo(function NoteRow({ id }: { id: InitiativeId }) {
  const { note, authorName } = useNote(id);
  if (note === undefined) return null;
  return (
    <ModerationRow
      text={note.text}
      authorName={authorName}
      refTo={{ root: 'initiatives', authorId: note.authorId, entryId: id }}
      swatch={
        <span className={`moderation-row__swatch note-colour--${note.colour}`} aria-hidden="true" />
      }
    />
  );
});
