import type { ActionResult } from '../../../shared/core/run';
import { LIMITS } from '../../../shared/core/protocol';
import type { TextItem } from '../../../shared/template/types';
import { AddForm } from './AddForm';
import { EditableField } from './EditableField';
import { ItemControls } from './ItemControls';
import { moveBy, patchById, withoutId } from './listEdits';

export type TextListLabels = {
  item: (position: number) => string;
  add: string;
  addLabel: string;
  /** Shown instead of addLabel where the card already says which list this is. */
  addVisibleLabel?: string;
  empty: string;
};

type TextListEditorProps<Id extends string> = {
  items: readonly TextItem<Id>[];
  /** Applies a change to the list as the document holds it now, through a shared action. */
  update: (change: (items: TextItem<Id>[]) => TextItem<Id>[]) => ActionResult;
  /** The id of an added text: branded for lists participants act on (lessons). */
  newItemId: () => Id;
  labels: TextListLabels;
  /** Long texts (lessons, prompts) get a two-line box; Ctrl+Enter saves there. */
  multiline?: boolean;
};

/** A list of short texts (prompts, lessons): edit in place, reorder, remove, add. */
export function TextListEditor<Id extends string>({
  items,
  update,
  newItemId,
  labels,
  multiline,
}: TextListEditorProps<Id>) {
  return (
    <div className="text-list">
      {items.length === 0 ? (
        <p className="muted">{labels.empty}</p>
      ) : (
        <ol className="text-list__items">
          {items.map((item, index) => (
            <li key={item.id} className="text-list__item">
              <EditableField
                label={labels.item(index + 1)}
                quietLabel
                kind={multiline === true ? 'text' : 'line'}
                rows={2}
                stored={item.text}
                maxLength={LIMITS.templateTextMaxLength}
                commit={(text) => update((current) => patchById(current, item.id, { text }))}
              />
              <ItemControls
                name={item.text === '' ? labels.item(index + 1) : item.text}
                index={index}
                count={items.length}
                move={(delta) => update((current) => moveBy(current, item.id, delta))}
                remove={() => update((current) => withoutId(current, item.id))}
              />
            </li>
          ))}
        </ol>
      )}
      <AddForm
        label={labels.addLabel}
        visibleLabel={labels.addVisibleLabel}
        buttonLabel={labels.add}
        maxLength={LIMITS.templateTextMaxLength}
        add={(text) => update((current) => [...current, { id: newItemId(), text }])}
      />
    </div>
  );
}
