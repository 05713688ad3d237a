import { LIMITS } from '../../../shared/core/protocol';
import { newId } from '../../../shared/core/ids';
import type { RouteMap, RouteStep, TextItem } from '../../../shared/template/types';
import type { ActionResult } from '../../../shared/core/run';
import { useEditorMessages } from '../../i18n/editor';
import { EditableField } from '../../views/editor/EditableField';
import { patchById } from '../../views/editor/listEdits';
import { TextListEditor } from '../../views/editor/TextListEditor';
import { useContentPart } from '../../views/editor/useContentEditor';

type UpdateRouteMap = (change: (current: RouteMap) => RouteMap) => ActionResult;

/**
 * The route map's texts: the steps and their flow are the method (shared/activities/routemap/domain.ts),
 * so steps are not added or removed here; their words and prompts are the facilitator's.
 */
export function RouteMapEditor() {
  const m = useEditorMessages();
  const { part: routeMap, update } = useContentPart('routeMap');
  if (routeMap === null) return null;
  return (
    <div className="stack">
      <div className="editor-grid">
        <EditableField
          label={m.routemap.mapTitle}
          stored={routeMap.title}
          maxLength={LIMITS.templateTextMaxLength}
          commit={(title) => update((current) => ({ ...current, title }))}
        />
        <EditableField
          label={m.routemap.handsQuestion}
          stored={routeMap.check.handsQuestion}
          maxLength={LIMITS.templateTextMaxLength}
          commit={(handsQuestion) =>
            update((current) => ({ ...current, check: { ...current.check, handsQuestion } }))
          }
        />
        <EditableField
          className="editor-grid__full"
          label={m.routemap.mapIntro}
          kind="text"
          stored={routeMap.intro}
          maxLength={LIMITS.templateTextMaxLength}
          commit={(intro) => update((current) => ({ ...current, intro }))}
        />
      </div>
      <ol className="edit-list">
        {routeMap.steps.map((step) => (
          <StepCard key={step.id} step={step} update={update} />
        ))}
      </ol>
    </div>
  );
}

function StepCard({ step, update }: { step: RouteStep; update: UpdateRouteMap }) {
  const m = useEditorMessages();
  const name = `${step.phase}: ${step.title}`;
  const editStep = (patch: Partial<Omit<RouteStep, 'id'>>) =>
    update((current) => ({ ...current, steps: patchById(current.steps, step.id, patch) }));
  const updatePrompts = (change: (prompts: TextItem[]) => TextItem[]) =>
    update((current) => ({
      ...current,
      steps: current.steps.map((candidate) =>
        candidate.id === step.id ? { ...candidate, prompts: change(candidate.prompts) } : candidate,
      ),
    }));
  const field = (label: string) => `${label} (${name})`;
  return (
    <li className="edit-card">
      <div className="edit-card__header">
        <h3 className="edit-card__title">{name}</h3>
      </div>
      <div className="editor-grid editor-grid--step">
        <EditableField
          label={field(m.routemap.phase)}
          visibleLabel={m.routemap.phase}
          stored={step.phase}
          maxLength={LIMITS.templateTextMaxLength}
          commit={(phase) => editStep({ phase })}
        />
        <EditableField
          label={field(m.routemap.stepTitle)}
          visibleLabel={m.routemap.stepTitle}
          stored={step.title}
          maxLength={LIMITS.templateTextMaxLength}
          commit={(title) => editStep({ title })}
        />
        <EditableField
          className="editor-grid__full"
          label={field(m.routemap.stepIntro)}
          visibleLabel={m.routemap.stepIntro}
          kind="text"
          stored={step.intro}
          maxLength={LIMITS.templateTextMaxLength}
          commit={(intro) => editStep({ intro })}
        />
      </div>
      <div className="field">
        <h4 className="field__label">{m.routemap.prompts}</h4>
        <TextListEditor
          items={step.prompts}
          update={updatePrompts}
          newItemId={newId}
          multiline
          labels={{
            item: (position) => field(m.routemap.prompt(position)),
            add: m.routemap.addPrompt,
            addLabel: field(m.routemap.newPrompt),
            addVisibleLabel: m.routemap.newPrompt,
            empty: m.routemap.noPrompts,
          }}
        />
      </div>
    </li>
  );
}
