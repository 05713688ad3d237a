import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { LIMITS, type Language, pagePath } from '../../../shared/core/protocol';
import { type FieldError, fieldError } from '../../../shared/core/errors';
import { templateFromJson } from '../../../shared/template/json';
import type { WorkshopTemplate } from '../../../shared/template/types';
import { navigate } from '../../app/router';
import { isLanguage, useI18n } from '../../i18n';
import { createSession } from '../../session/api';
import { saveFacilitatorKey } from '../../session/identity';
import { Button } from '../../ui/Button';

/** FileReader rather than Blob.text(): older Safari (still on some municipal laptops) lacks the latter. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

type TemplateChoice = { kind: 'builtIn' } | { kind: 'upload'; template: WorkshopTemplate | null };

function useCreateSession() {
  const { lang: uiLang } = useI18n();
  const [title, setTitle] = useState('');
  const [lang, setLang] = useState<Language>(uiLang);
  const [templateChoice, setTemplateChoice] = useState<TemplateChoice>({ kind: 'builtIn' });
  const [templateErrors, setTemplateErrors] = useState<FieldError[]>([]);
  const [includeExamples, setIncludeExamples] = useState(true);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  const readTemplateFile = async (file: File) => {
    let text: string;
    try {
      text = await readText(file);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : 'read failed';
      setTemplateErrors([fieldError(file.name, { code: 'unreadable-file', reason })]);
      setTemplateChoice({ kind: 'upload', template: null });
      return;
    }
    // templateFromJson: also accepts the UTF-8 BOM that Windows editors write.
    const result = templateFromJson(text);
    if (result.ok) {
      setTemplateErrors([]);
      setTemplateChoice({ kind: 'upload', template: result.value });
      setLang(result.value.lang);
      if (title.trim() === '') setTitle(result.value.title);
      return;
    }
    // A parse error has path '': name the file instead.
    setTemplateErrors(
      result.error.map((problem) =>
        problem.path === '' ? { ...problem, path: file.name } : problem,
      ),
    );
    setTemplateChoice({ kind: 'upload', template: null });
  };

  const canSubmit =
    !pending && (templateChoice.kind === 'builtIn' || templateChoice.template !== null);

  const submit = async () => {
    if (!canSubmit) return;
    setPending(true);
    setFailed(false);
    const template = templateChoice.kind === 'upload' ? templateChoice.template : null;
    const result = await createSession({
      title: title.trim(),
      lang,
      includeExamples,
      ...(template === null ? {} : { template }),
    });
    setPending(false);
    if (!result.ok) {
      setFailed(true);
      return;
    }
    // The key goes to localStorage, never into the address bar the projector shows.
    saveFacilitatorKey(result.value.code, result.value.facilitatorKey);
    navigate(pagePath('console', result.value.code));
  };

  return {
    title,
    setTitle,
    lang,
    setLang,
    templateChoice,
    setTemplateChoice,
    templateErrors,
    readTemplateFile,
    includeExamples,
    setIncludeExamples,
    pending,
    failed,
    canSubmit,
    submit,
  };
}

export default function CreateSessionForm() {
  const { m } = useI18n();
  const form = useCreateSession();
  const ids = { title: useId(), lang: useId(), file: useId(), errors: useId() };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file !== undefined) void form.readTemplateFile(file);
  };

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={ids.title}>
          {m.home.titleLabel}
        </label>
        <input
          id={ids.title}
          className="input"
          value={form.title}
          maxLength={LIMITS.sessionTitleMaxLength}
          placeholder={m.home.titlePlaceholder}
          onChange={(event) => form.setTitle(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.lang}>
          {m.home.languageLabel}
        </label>
        <select
          id={ids.lang}
          className="select"
          value={form.lang}
          onChange={(event) => {
            if (isLanguage(event.target.value)) form.setLang(event.target.value);
          }}
        >
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </div>
      <fieldset className="field" style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend className="field__label">{m.home.templateLabel}</legend>
        <div className="stack stack--tight">
          <label className="row">
            <input
              type="radio"
              name="template"
              checked={form.templateChoice.kind === 'builtIn'}
              onChange={() => form.setTemplateChoice({ kind: 'builtIn' })}
            />
            {m.home.templateBuiltIn}
          </label>
          <label className="row">
            <input
              type="radio"
              name="template"
              checked={form.templateChoice.kind === 'upload'}
              onChange={() => form.setTemplateChoice({ kind: 'upload', template: null })}
            />
            {m.home.templateUpload}
          </label>
          {form.templateChoice.kind === 'upload' ? (
            <input
              id={ids.file}
              type="file"
              accept="application/json,.json"
              aria-label={m.home.templateFileLabel}
              aria-describedby={form.templateErrors.length > 0 ? ids.errors : undefined}
              onChange={onFile}
            />
          ) : null}
          {form.templateErrors.length > 0 ? (
            <div id={ids.errors} className="notice notice--error" role="alert">
              <div>
                {m.home.templateInvalid}
                <ul style={{ paddingLeft: 20 }}>
                  {form.templateErrors.slice(0, 8).map((problem) => (
                    <li key={`${problem.path}:${problem.message}`}>
                      <code>{problem.path}</code>: {problem.message}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          ) : null}
        </div>
      </fieldset>
      <label className="row">
        <input
          type="checkbox"
          checked={form.includeExamples}
          onChange={(event) => form.setIncludeExamples(event.target.checked)}
        />
        {m.home.examplesLabel}
      </label>
      {form.failed ? (
        <div className="notice notice--error" role="alert">
          {m.home.createFailed}
        </div>
      ) : null}
      <Button type="submit" variant="primary" size="large" disabled={!form.canSubmit}>
        {form.pending ? m.home.creating : m.home.create}
      </Button>
    </form>
  );
}
