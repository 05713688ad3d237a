import { useId, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/core/protocol';
import type { RouteStepId } from '../../../shared/template/types';
import { useMessages } from '../../i18n';
import { Button } from '../../ui/Button';
import { ModerationTag } from '../moderation/ModerationTag';
import { useAddRouteNote, useRouteNotes } from './useRouteMap';

export function StepNotesList({ stepId }: { stepId: RouteStepId }) {
  const m = useMessages();
  const notes = useRouteNotes(stepId);
  if (notes.length === 0) return <p className="muted">{m.routemap.noNotes}</p>;
  return (
    <ul className="route-notes" aria-label={m.routemap.notes}>
      {notes.map((note) => (
        <li key={note.id} className="route-note">
          {note.text}
          <ModerationTag visibility={note.visibility} />
          <span className="route-note__author">{note.authorName}</span>
        </li>
      ))}
    </ul>
  );
}

export function AddStepNote({ stepId, disabled }: { stepId: RouteStepId; disabled: boolean }) {
  const m = useMessages();
  const add = useAddRouteNote();
  const [text, setText] = useState('');
  const inputId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() !== '' && add(stepId, text.trim())) setText('');
  };
  return (
    <form className="row" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={inputId}>
        {m.routemap.notesLabel}
      </label>
      <input
        id={inputId}
        className="input spacer"
        style={{ width: 'auto' }}
        value={text}
        maxLength={LIMITS.routeNoteTextMaxLength}
        placeholder={m.routemap.notesPlaceholder}
        disabled={disabled}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit" variant="primary" disabled={disabled || text.trim() === ''}>
        {m.routemap.addNote}
      </Button>
    </form>
  );
}
