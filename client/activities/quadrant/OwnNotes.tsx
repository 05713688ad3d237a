import { memo, useId, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/core/protocol';
import { useMessages } from '../../i18n';
import { useInitiative, useSession } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { useQuadrantActions } from './useQuadrantActions';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { Icon } from '../../ui/Icon';
import type { InitiativeId } from '../../../shared/core/ids';

/** Add a note, and the list of one's own notes with edit and delete. */
export function OwnNotes({ locked }: { locked: boolean }) {
  const m = useMessages();
  const actions = useQuadrantActions();
  const [text, setText] = useState('');
  const inputId = useId();
  const ownIds = useOwnIds();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '' || locked) return;
    if (actions.add(trimmed)) setText('');
  };

  return (
    <div className="side-panel">
      <form className="card stack stack--tight" onSubmit={submit}>
        <label className="field__label" htmlFor={inputId}>
          {m.quadrant.addLabel}
        </label>
        <input
          id={inputId}
          className="input"
          value={text}
          maxLength={LIMITS.initiativeTextMaxLength}
          placeholder={m.quadrant.addPlaceholder}
          disabled={locked}
          onChange={(event) => setText(event.target.value)}
        />
        <Button type="submit" variant="primary" disabled={locked || text.trim() === ''}>
          {m.quadrant.add}
        </Button>
        <p className="field__hint">{m.quadrant.dragHint}</p>
      </form>
      <section className="stack stack--tight" aria-label={m.quadrant.yours}>
        <h2 style={{ fontSize: 16 }}>{m.quadrant.yours}</h2>
        {ownIds.length === 0 ? (
          <p className="muted">{m.quadrant.empty}</p>
        ) : (
          <ul className="own-notes" style={{ listStyle: 'none' }}>
            {ownIds.map((id) => (
              <OwnNoteRow key={id} id={id} locked={locked} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** Shallow-compared: a move of someone else's note does not re-render this list. */
function useOwnIds(): readonly InitiativeId[] {
  const session = useSession();
  return useStore(
    session.initiatives,
    useShallow((state) =>
      state.ids.filter((id) => state.byId[id]?.authorId === session.participantId),
    ),
  );
}

const OwnNoteRow = memo(function OwnNoteRow({ id, locked }: { id: InitiativeId; locked: boolean }) {
  const m = useMessages();
  const note = useInitiative(id);
  const actions = useQuadrantActions();
  const [draft, setDraft] = useState<string | null>(null);
  if (note === undefined) return null;

  if (draft !== null) {
    const save = (event: FormEvent) => {
      event.preventDefault();
      if (draft.trim() !== '' && actions.edit(id, draft.trim())) setDraft(null);
    };
    return (
      <li>
        <form className="own-note" onSubmit={save}>
          <input
            className="input"
            value={draft}
            aria-label={m.quadrant.editLabel(note.text)}
            maxLength={LIMITS.initiativeTextMaxLength}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setDraft(null);
            }}
          />
          <Button type="submit" size="small" variant="primary">
            {m.common.save}
          </Button>
        </form>
      </li>
    );
  }
  return (
    <li className={`own-note note-colour--${note.colour}`}>
      <span className="own-note__swatch" aria-hidden="true" />
      <span className="own-note__text">{note.text}</span>
      <Button
        size="small"
        variant="ghost"
        disabled={locked}
        aria-label={m.quadrant.editLabel(note.text)}
        onClick={() => setDraft(note.text)}
      >
        <Icon name="edit" />
      </Button>
      <Button
        size="small"
        variant="ghost"
        disabled={locked}
        aria-label={m.quadrant.deleteLabel(note.text)}
        onClick={() => actions.remove(id)}
      >
        <Icon name="trash" />
      </Button>
    </li>
  );
});
