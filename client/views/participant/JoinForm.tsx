import { useId, useState, type FormEvent } from 'react';
import {
  formatSessionCode,
  LIMITS,
  PERSPECTIVES,
  type Perspective,
} from '../../../shared/core/protocol';
import { useMessages } from '../../i18n';
import { loadProfile } from '../../session/identity';
import { Button } from '../../ui/Button';
import type { JoinFailure } from './useJoin';

type JoinFormProps = {
  code: string;
  title: string;
  submitting: boolean;
  failure: JoinFailure | null;
  onJoin: (name: string, perspective: Perspective | null) => void;
};

export function JoinForm({ code, title, submitting, failure, onJoin }: JoinFormProps) {
  const m = useMessages();
  const failureText: Record<JoinFailure, string> = {
    'doors-closed': m.join.doorsClosed,
    'session-full': m.join.sessionFull,
    'join-rate': m.join.joinRate,
    failed: m.join.failed,
    'malformed-answer': m.join.malformedAnswer,
  };
  const profile = loadProfile();
  const [name, setName] = useState(profile.name);
  const [perspective, setPerspective] = useState<Perspective | null>(profile.perspective);
  const [showError, setShowError] = useState(false);
  const ids = { name: useId(), error: useId() };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setShowError(true);
      return;
    }
    onJoin(name.trim(), perspective);
  };

  return (
    <main className="join">
      <form className="card stack" onSubmit={submit} noValidate>
        <div>
          <p className="eyebrow">{formatSessionCode(code)}</p>
          <h1>{title === '' ? m.join.title : title}</h1>
          <p className="join__code">{m.join.title}</p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.name}>
            {m.join.nameLabel}
          </label>
          <input
            id={ids.name}
            className="input"
            value={name}
            autoComplete="given-name"
            maxLength={LIMITS.participantNameMaxLength}
            placeholder={m.join.namePlaceholder}
            aria-invalid={showError}
            aria-describedby={showError ? ids.error : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setShowError(false);
            }}
          />
          {showError ? (
            <span id={ids.error} className="field__error" role="alert">
              {m.join.nameRequired}
            </span>
          ) : null}
        </div>
        <fieldset className="field" style={{ border: 'none', padding: 0, margin: 0 }}>
          <legend className="field__label" style={{ marginBottom: 8 }}>
            {m.join.perspectiveLabel}
          </legend>
          <div className="choice-row">
            {PERSPECTIVES.map((option) => (
              <label key={option} className="choice-chip">
                <input
                  type="radio"
                  name="perspective"
                  value={option}
                  checked={perspective === option}
                  onChange={() => setPerspective(option)}
                  onClick={() => {
                    // A second click on the chosen chip clears it: the perspective is optional.
                    if (perspective === option) setPerspective(null);
                  }}
                />
                <span>{m.perspectives[option]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {failure === null ? null : (
          <p className="notice notice--error" role="alert">
            {failureText[failure]}
          </p>
        )}
        <Button type="submit" variant="primary" size="large" disabled={submitting}>
          {submitting ? m.join.joining : m.join.submit}
        </Button>
      </form>
    </main>
  );
}
