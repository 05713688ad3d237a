import { useId, type KeyboardEvent } from 'react';
import { useEditorMessages } from '../../i18n/editor';
import { errorText } from './errorText';
import { useFieldDraft, type CommitText } from './useFieldDraft';

type EditableFieldProps = {
  /** The control's accessible name; unique on the page ("Titel, onderdeel 3"). */
  label: string;
  /** A shorter text to show when the card around the field already says which item it is. */
  visibleLabel?: string;
  stored: string;
  commit: CommitText;
  kind?: 'line' | 'text' | 'number';
  /** Height of a text box in lines. */
  rows?: number;
  maxLength?: number;
  hint?: string;
  /** Hides the label visually (it stays the control's name), for rows of similar fields. */
  quietLabel?: boolean;
  className?: string;
};

/**
 * A labelled input that saves itself: on blur, on Enter (Ctrl+Enter in a text box, where
 * Enter is a new line); Esc puts the saved value back. Errors sit under the field and are
 * tied to it with aria-describedby, so a screen reader reads them with the field.
 */
export function EditableField(props: EditableFieldProps) {
  const { label, visibleLabel, stored, commit, kind = 'line', maxLength, hint, quietLabel } = props;
  const rows = props.rows ?? 3;
  const m = useEditorMessages();
  const field = useFieldDraft(stored, commit, label);
  const ids = { input: useId(), hint: useId(), error: useId() };
  const describedBy = [
    hint === undefined ? null : ids.hint,
    field.error === null ? null : ids.error,
  ]
    .filter((id) => id !== null)
    .join(' ');

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      field.revert();
      return;
    }
    const submits = kind === 'text' ? event.ctrlKey || event.metaKey : true;
    if (event.key === 'Enter' && submits) {
      event.preventDefault();
      field.save();
    }
  };
  const shared = {
    id: ids.input,
    value: field.value,
    maxLength,
    'aria-invalid': field.error !== null,
    'aria-label': visibleLabel === undefined ? undefined : label,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
    onBlur: () => field.save(),
    onKeyDown,
  };

  return (
    <div className={['field', 'edit-field', props.className].filter(Boolean).join(' ')}>
      <label
        className={quietLabel === true ? 'visually-hidden' : 'field__label'}
        htmlFor={ids.input}
      >
        {visibleLabel ?? label}
      </label>
      {kind === 'text' ? (
        <textarea
          {...shared}
          className="textarea"
          rows={rows}
          onChange={(event) => field.change(event.target.value)}
        />
      ) : (
        <input
          {...shared}
          className="input"
          type={kind === 'number' ? 'number' : 'text'}
          inputMode={kind === 'number' ? 'numeric' : undefined}
          onChange={(event) => field.change(event.target.value)}
        />
      )}
      {hint === undefined ? null : (
        <p className="field__hint" id={ids.hint}>
          {hint}
        </p>
      )}
      {field.error === null ? null : (
        <p className="field__error" id={ids.error} role="alert">
          <span className="edit-field__unsaved">{m.notSaved}</span> {errorText(m, field.error)}
        </p>
      )}
    </div>
  );
}

/** Number fields hand shared the number; an empty or garbled field becomes NaN, which it refuses. */
export function parseWholeNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}
