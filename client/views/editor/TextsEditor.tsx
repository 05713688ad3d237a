import { LIMITS } from '../../../shared/core/protocol';
import { newLessonId } from '../../../shared/core/ids';
import { useEditorMessages } from '../../i18n/editor';
import { EditableField } from './EditableField';
import { TextListEditor } from './TextListEditor';
import { useContentPart } from './useContentEditor';

/** The welcome text, the lessons people dot, and the takeaway question. */
export function TextsEditor() {
  const m = useEditorMessages();
  const intro = useContentPart('intro');
  const takeaway = useContentPart('takeawayQuestion');
  const lessons = useContentPart('lessons');
  return (
    <div className="stack">
      <EditableField
        label={m.texts.intro}
        kind="text"
        stored={intro.part ?? ''}
        maxLength={LIMITS.templateTextMaxLength}
        commit={(text) => intro.update(() => text)}
      />
      <EditableField
        label={m.texts.takeawayQuestion}
        stored={takeaway.part ?? ''}
        maxLength={LIMITS.templateTextMaxLength}
        commit={(text) => takeaway.update(() => text)}
      />
      <div className="field">
        <h3 className="field__label">{m.texts.lessons}</h3>
        <TextListEditor
          items={lessons.part ?? []}
          update={lessons.update}
          newItemId={newLessonId}
          multiline
          labels={{
            item: m.texts.lesson,
            add: m.texts.addLesson,
            addLabel: m.texts.newLesson,
            empty: '',
          }}
        />
      </div>
    </div>
  );
}
