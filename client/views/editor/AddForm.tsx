import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ActionResult } from '../../../shared/core/run';
import type { ActionError } from '../../../shared/core/errors';
import { useEditorMessages } from '../../i18n/editor';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useDrafts } from './drafts';
import { errorText } from './errorText';

type AddFormProps = {
  /** The input's accessible name, unique on the page. */
  label: string;
  /** A shorter visible label where the surrounding card already names the place. */
  visibleLabel?: string;
  buttonLabel: string;
  maxLength?: number;
  add: (text: string) => ActionResult<unknown>;
  /** Extra inputs that belong to the new item (e.g. the agenda item's type). */
  children?: ReactNode;
};

/**
 * Adds an item from its first text. The input stays focused and empties after adding, so a
 * facilitator can type several prompts in a row; a refused text stays with its error.
 */
export function AddForm(props: AddFormProps) {
  const { label, visibleLabel, buttonLabel, maxLength, add, children } = props;
  const m = useEditorMessages();
  const drafts = useDrafts();
  const fieldId = useId();
  const ids = { input: useId(), error: useId() };
  const [text, setText] = useState('');
  const [error, setError] = useState<ActionError | null>(null);

  useEffect(() => () => drafts.mark(fieldId, false), [drafts, fieldId]);

  const change = (value: string) => {
    setText(value);
    drafts.mark(fieldId, value.trim() !== '');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = add(text);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    change('');
    drafts.saved(label);
  };

  return (
    <form className="add-form" onSubmit={submit} noValidate>
      <div className="field add-form__field">
        <label className="field__label" htmlFor={ids.input}>
          {visibleLabel ?? label}
        </label>
        <input
          id={ids.input}
          className="input"
          value={text}
          maxLength={maxLength}
          aria-label={visibleLabel === undefined ? undefined : label}
          aria-invalid={error !== null}
          aria-describedby={error === null ? undefined : ids.error}
          onChange={(event) => change(event.target.value)}
        />
        {error === null ? null : (
          <p className="field__error" id={ids.error} role="alert">
            {errorText(m, error)}
          </p>
        )}
      </div>
      {children}
      <Button type="submit" icon={<Icon name="plus" />} className="add-form__submit">
        {buttonLabel}
      </Button>
    </form>
  );
}
