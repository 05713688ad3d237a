import { useId, useMemo } from 'react';
import { visitedPositions } from '../../../shared/activities/routemap/domain';
import { useMessages } from '../../i18n';
import { useControl } from '../../session/hooks';
import { Loading } from '../../ui/Loading';
import { CheckBranches, PresenterHands } from './CheckHands';
import { RoutePath } from './RoutePath';
import { RouteSteps } from './RouteSteps';
import { StepNotesList } from './StepNotes';
import './routemap.stage.css';

/** The route map for the room: the step, its prompts and notes, the CHECK's hands, the walk. */
export function PresenterRouteMap() {
  const m = useMessages();
  const routeMap = useControl((state) => state.content?.routeMap);
  const current = useControl((state) => state.live.routeStepId);
  const walk = useControl((state) => state.routeWalk);
  const visited = useMemo(() => new Set<string>(visitedPositions(walk)), [walk]);
  const titleId = useId();
  if (routeMap === undefined) return <Loading />;
  const step = routeMap.steps.find((candidate) => candidate.id === current);

  return (
    <div className="presenter-route">
      <RouteSteps routeMap={routeMap} current={current} visited={visited} />
      <div className="presenter-route__body">
        <section className="stack" aria-labelledby={titleId}>
          {step === undefined ? (
            <p className="empty">✓</p>
          ) : (
            <>
              <p className="eyebrow">{step.phase}</p>
              <h2 id={titleId} className="presenter-route__title">
                {step.title}
              </h2>
              <ul className="prompt-list presenter-prompts">
                {step.prompts.map((prompt) => (
                  <li key={prompt.id}>{prompt.text}</li>
                ))}
              </ul>
              {step.id === 'check' ? <CheckBranches routeMap={routeMap} /> : null}
              <h3>{m.routemap.notes}</h3>
              <StepNotesList stepId={step.id} />
            </>
          )}
        </section>
        <aside className="stack">
          <h3>{m.routemap.walk}</h3>
          <RoutePath walk={walk} routeMap={routeMap} current={current} />
          {current === 'check' ? <PresenterHands routeMap={routeMap} /> : null}
        </aside>
      </div>
    </div>
  );
}
