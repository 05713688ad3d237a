import { useId, useState } from 'react';
import { LIMITS } from '../../../shared/core/protocol';
import {
  AGENDA_ITEM_KINDS,
  type AgendaItem,
  type AgendaItemKind,
} from '../../../shared/template/types';
import { useEditorMessages } from '../../i18n/editor';
import { AddForm } from './AddForm';
import { EditableField } from './EditableField';
import { EditCardHeader } from './EditCardHeader';
import { useAgendaEditor } from './useAgendaEditor';

function isKind(value: string): value is AgendaItemKind {
  return (AGENDA_ITEM_KINDS as readonly string[]).includes(value);
}

/** The programme: one card per item, then a form for a new one. */
export function AgendaEditor() {
  const m = useEditorMessages();
  const editor = useAgendaEditor();
  const [newKind, setNewKind] = useState<AgendaItemKind>('exchange');
  const kindId = useId();
  return (
    <div className="stack">
      <ol className="edit-list">
        {editor.items.map((item, index) => (
          <AgendaItemCard
            key={item.id}
            item={item}
            index={index}
            count={editor.items.length}
            current={item.id === editor.currentId}
            editor={editor}
          />
        ))}
      </ol>
      <AddForm
        label={m.agenda.addTitle}
        buttonLabel={m.agenda.add}
        maxLength={LIMITS.templateTextMaxLength}
        add={(title) => editor.add(title, newKind)}
      >
        <div className="field">
          <label className="field__label" htmlFor={kindId}>
            {m.agenda.addKind}
          </label>
          <KindSelect id={kindId} value={newKind} onChange={setNewKind} />
        </div>
      </AddForm>
    </div>
  );
}

type CardProps = {
  item: AgendaItem;
  index: number;
  count: number;
  current: boolean;
  editor: ReturnType<typeof useAgendaEditor>;
};

function AgendaItemCard({ item, index, count, current, editor }: CardProps) {
  const m = useEditorMessages();
  const kindId = useId();
  const name = item.title === '' ? m.agenda.item(index + 1) : item.title;
  return (
    <li className="edit-card">
      <EditCardHeader
        name={name}
        index={index}
        count={count}
        move={(delta) => editor.move(item.id, delta)}
        remove={() => editor.remove(item.id)}
      >
        {current ? <span className="badge badge--live">{m.agenda.current}</span> : null}
      </EditCardHeader>
      <div className="editor-grid editor-grid--agenda">
        <EditableField
          className="editor-grid__wide"
          label={m.agenda.fieldOf(m.agenda.itemTitle, index + 1)}
          visibleLabel={m.agenda.itemTitle}
          stored={item.title}
          maxLength={LIMITS.templateTextMaxLength}
          commit={(title) => editor.edit(item.id, { title })}
        />
        <EditableField
          label={m.agenda.fieldOf(m.agenda.duration, index + 1)}
          visibleLabel={m.agenda.duration}
          kind="number"
          stored={String(item.durationMinutes)}
          commit={(text) => editor.setDuration(item.id, text)}
        />
        <div className="field">
          <label className="field__label" htmlFor={kindId}>
            {m.agenda.kind}
            <span className="visually-hidden">, {m.agenda.item(index + 1)}</span>
          </label>
          <KindSelect
            id={kindId}
            value={item.kind}
            onChange={(kind) => editor.edit(item.id, { kind })}
          />
        </div>
        <EditableField
          className="editor-grid__full"
          label={m.agenda.fieldOf(m.agenda.description, index + 1)}
          visibleLabel={m.agenda.description}
          kind="text"
          stored={item.description}
          maxLength={LIMITS.templateTextMaxLength}
          commit={(description) => editor.edit(item.id, { description })}
        />
      </div>
    </li>
  );
}

function KindSelect(props: {
  id: string;
  value: AgendaItemKind;
  onChange: (kind: AgendaItemKind) => void;
}) {
  const m = useEditorMessages();
  return (
    <select
      id={props.id}
      className="select"
      value={props.value}
      onChange={(event) => {
        if (isKind(event.target.value)) props.onChange(event.target.value);
      }}
    >
      {AGENDA_ITEM_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {m.agenda.kinds[kind]}
        </option>
      ))}
    </select>
  );
}
