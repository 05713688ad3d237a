import { useId } from 'react';
import { LIMITS } from '../../../shared/core/protocol';
import { useEditorMessages } from '../../i18n/editor';
import { EditableField } from './EditableField';
import { useSessionEditor } from './useSessionEditor';

/** Title and settings. Checkbox and radios save on change: there is nothing half-typed. */
export function SessionEditor() {
  const m = useEditorMessages();
  const editor = useSessionEditor();
  const ids = { votes: useId(), visibility: useId() };
  const visibility = editor.settings.resultsVisibility;
  return (
    <div className="editor-grid">
      <EditableField
        className="editor-grid__wide"
        label={m.session.name}
        stored={editor.title}
        maxLength={LIMITS.sessionTitleMaxLength}
        commit={editor.setTitle}
      />
      <EditableField
        className="edit-field--short"
        label={m.session.dotBudget}
        kind="number"
        stored={String(editor.settings.dotBudget)}
        hint={m.session.dotBudgetHint}
        commit={editor.setDotBudget}
      />
      <EditableField
        className="edit-field--short"
        label={m.session.minGroupSize}
        kind="number"
        stored={String(editor.settings.minGroupSize)}
        hint={m.session.minGroupSizeHint}
        commit={editor.setMinGroupSize}
      />
      <div className="field">
        <span className="field__label" aria-hidden="true">
          &nbsp;
        </span>
        <label className="check-row" htmlFor={ids.votes}>
          <input
            id={ids.votes}
            type="checkbox"
            checked={editor.settings.facilitatorVotes}
            onChange={(event) => editor.update({ facilitatorVotes: event.target.checked })}
          />
          <span>{m.session.facilitatorVotes}</span>
        </label>
      </div>
      <fieldset className="field editor-grid__wide plain-fieldset">
        <legend className="field__label">{m.session.resultsVisibility}</legend>
        <div className="choice-row">
          <label className="choice-chip">
            <input
              type="radio"
              name={ids.visibility}
              checked={visibility === 'onReveal'}
              onChange={() => editor.update({ resultsVisibility: 'onReveal' })}
            />
            <span>{m.session.resultsOnReveal}</span>
          </label>
          <label className="choice-chip">
            <input
              type="radio"
              name={ids.visibility}
              checked={visibility === 'live'}
              onChange={() => editor.update({ resultsVisibility: 'live' })}
            />
            <span>{m.session.resultsLive}</span>
          </label>
        </div>
      </fieldset>
    </div>
  );
}
