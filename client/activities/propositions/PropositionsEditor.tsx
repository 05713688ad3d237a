import { LIMITS } from '../../../shared/core/protocol';
import type { Proposition } from '../../../shared/activities/propositions/schema';
import { useMessages } from '../../i18n';
import { useEditorMessages } from '../../i18n/editor';
import { AddForm } from '../../views/editor/AddForm';
import { EditableField } from '../../views/editor/EditableField';
import { EditCardHeader } from '../../views/editor/EditCardHeader';
import { ItemControls } from '../../views/editor/ItemControls';
import { usePropositionsEditor } from './usePropositionsEditor';

/** Maximum length of a choice label (shared's choice decoder). */
const CHOICE_LABEL_MAX = 60;

/** The propositions: text, choices, order; a form for a new one. */
export function PropositionsEditor() {
  const m = useEditorMessages();
  const editor = usePropositionsEditor();
  return (
    <div className="stack">
      {editor.propositions.length === 0 ? (
        <p className="empty">{m.propositions.empty}</p>
      ) : (
        <ol className="edit-list">
          {editor.propositions.map((proposition, index) => (
            <PropositionCard
              key={proposition.id}
              proposition={proposition}
              index={index}
              count={editor.propositions.length}
              editor={editor}
            />
          ))}
        </ol>
      )}
      <AddForm
        label={m.propositions.addText}
        buttonLabel={m.propositions.add}
        maxLength={LIMITS.propositionTextMaxLength}
        add={editor.add}
      />
    </div>
  );
}

type CardProps = {
  proposition: Proposition;
  index: number;
  count: number;
  editor: ReturnType<typeof usePropositionsEditor>;
};

function PropositionCard({ proposition, index, count, editor }: CardProps) {
  const m = useEditorMessages();
  const app = useMessages();
  const votes = editor.voteCount(proposition.id);
  const name = m.propositions.item(index + 1);
  return (
    <li className="edit-card">
      <EditCardHeader
        name={name}
        index={index}
        count={count}
        move={(delta) => editor.move(proposition.id, delta)}
        remove={() => editor.remove(proposition.id)}
      >
        <span className={`badge badge--${proposition.state}`}>
          {app.propositions.state[proposition.state]}
        </span>
        <span className="muted">{app.propositions.votes(votes)}</span>
      </EditCardHeader>
      <EditableField
        label={m.propositions.textOf(index + 1)}
        visibleLabel={m.propositions.text}
        kind="text"
        stored={proposition.text}
        maxLength={LIMITS.propositionTextMaxLength}
        commit={(text) => editor.editText(proposition.id, text)}
      />
      <ChoicesEditor
        proposition={proposition}
        position={index + 1}
        locked={votes > 0}
        editor={editor}
      />
    </li>
  );
}

type ChoicesProps = Omit<CardProps, 'index' | 'count'> & { position: number; locked: boolean };

/** Choices are edited like a text list; once anyone voted they are fixed (votes name them). */
function ChoicesEditor({ proposition, position, locked, editor }: ChoicesProps) {
  const m = useEditorMessages();
  const app = useMessages();
  const { choices } = proposition;
  if (locked) {
    return (
      <div className="field">
        <span className="field__label">{m.propositions.choices}</span>
        <ul className="choice-row" aria-label={m.propositions.choicesOf(position)}>
          {choices.map((choice) => (
            <li key={choice.id} className="badge badge--choice">
              {choice.label}
            </li>
          ))}
        </ul>
        <p className="field__hint">{m.propositions.choicesLocked}</p>
      </div>
    );
  }
  return (
    <fieldset className="field plain-fieldset">
      <legend className="field__label">
        {m.propositions.choices}
        <span className="visually-hidden"> ({m.propositions.item(position)})</span>
      </legend>
      <ol className="text-list__items">
        {choices.map((choice, index) => (
          <li key={choice.id} className="text-list__item">
            <EditableField
              label={m.propositions.choice(position, index + 1)}
              quietLabel
              stored={choice.label}
              maxLength={CHOICE_LABEL_MAX}
              commit={(label) => editor.editChoice(proposition.id, choice.id, label)}
            />
            <ItemControls
              name={choice.label}
              index={index}
              count={choices.length}
              move={(delta) => editor.moveChoice(proposition.id, choice.id, delta)}
              remove={() => editor.removeChoice(proposition.id, choice.id)}
            />
          </li>
        ))}
      </ol>
      <AddForm
        label={m.propositions.newChoiceOf(position)}
        buttonLabel={app.common.add}
        maxLength={CHOICE_LABEL_MAX}
        add={(label) => editor.addChoice(proposition.id, label)}
      />
    </fieldset>
  );
}
