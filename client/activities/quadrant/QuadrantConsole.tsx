import { memo } from 'react';
import { hideInitiative, unhideInitiative } from '../../../shared/activities/quadrant/moderation';
import { removeInitiative } from '../../../shared/activities/quadrant/initiatives';
import type { InitiativeId } from '../../../shared/core/ids';
import { useMessages } from '../../i18n';
import { useInitiativeIds, useSession } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useReportRefusal } from '../refusals';
import { useNote } from './useNote';
import './quadrant.console.css';

/**
 * The board's moderation list, on the console only: every note with its author, hide or show it
 * again, remove it. The projector never shows a hidden note; here it stays, marked, so it can
 * be brought back.
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
            <ModerationRow key={id} id={id} />
          ))}
        </ul>
      )}
    </section>
  );
}

const ModerationRow = memo(function ModerationRow({ id }: { id: InitiativeId }) {
  const m = useMessages();
  const session = useSession();
  const report = useReportRefusal();
  const { note, hidden, authorName } = useNote(id);
  if (note === undefined) return null;
  const control = session.docs.control;
  return (
    <li className={`moderation-row${hidden ? ' moderation-row--hidden' : ''}`}>
      <span className={`moderation-row__swatch note-colour--${note.colour}`} aria-hidden="true" />
      <span className="moderation-row__text">
        {note.text}
        <span className="moderation-row__author">
          {authorName}
          {hidden ? ` · ${m.quadrant.hidden}` : ''}
        </span>
      </span>
      <Button
        size="small"
        icon={<Icon name={hidden ? 'eye' : 'eyeOff'} />}
        onClick={() => report(hidden ? unhideInitiative(control, id) : hideInitiative(control, id))}
        aria-label={hidden ? m.quadrant.unhideLabel(note.text) : m.quadrant.hideLabel(note.text)}
      >
        {hidden ? m.quadrant.unhide : m.quadrant.hide}
      </Button>
      <Button
        size="small"
        variant="danger"
        icon={<Icon name="trash" />}
        aria-label={m.quadrant.removeLabel(note.text)}
        onClick={() => report(removeInitiative(session.docs.board, note.authorId, id))}
      >
        {m.common.delete}
      </Button>
    </li>
  );
});
