import { useId, useState, type FormEvent } from 'react';
import { normalizeSessionCode, pagePath } from '../../../shared/core/protocol';
import { navigate } from '../../app/router';
import { useMessages } from '../../i18n';
import { Button } from '../../ui/Button';

export function JoinByCodeForm() {
  const m = useMessages();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = normalizeSessionCode(value);
    if (code === null) {
      setInvalid(true);
      return;
    }
    navigate(pagePath('join', code));
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {m.home.codeLabel}
        </label>
        <input
          id={inputId}
          className="input code-input"
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setInvalid(false);
          }}
          placeholder={m.home.codePlaceholder}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
        />
        {invalid ? (
          <span id={errorId} className="field__error" role="alert">
            {m.home.codeInvalid}
          </span>
        ) : null}
      </div>
      <Button type="submit" variant="primary" size="large">
        {m.home.join}
      </Button>
    </form>
  );
}
