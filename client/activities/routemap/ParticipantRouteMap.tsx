import { useMemo } from 'react';
import { visitedPositions } from '../../../shared/activities/routemap/domain';
import { useMessages } from '../../i18n';
import { useControl } from '../../session/hooks';
import { Loading } from '../../ui/Loading';
import { CheckHands } from './CheckHands';
import { RoutePath } from './RoutePath';
import { RouteSteps } from './RouteSteps';
import { AddStepNote, StepNotesList } from './StepNotes';
import './routemap.css';

/** Every screen shows the group's current step and its prompts; participants add notes. */
export function ParticipantRouteMap() {
  const m = useMessages();
  const routeMap = useControl((state) => state.content?.routeMap);
  const current = useControl((state) => state.live.routeStepId);
  const walk = useControl((state) => state.routeWalk);
  const locked = useControl((state) => state.live.boardLocked);
  const visited = useMemo(() => new Set<string>(visitedPositions(walk)), [walk]);
  if (routeMap === undefined) return <Loading />;
  const step = routeMap.steps.find((candidate) => candidate.id === current);
  return (
    <div className="stack">
      <RouteSteps routeMap={routeMap} current={current} visited={visited} />
      <section className="stack stack--tight" aria-label={m.routemap.walk}>
        <h2 style={{ fontSize: 16 }}>{m.routemap.walk}</h2>
        <RoutePath walk={walk} routeMap={routeMap} current={current} />
      </section>
      {step === undefined ? null : (
        <section className="card stack" aria-labelledby="route-step-title">
          <p className="eyebrow">
            {m.routemap.currentStep} · {step.phase}
          </p>
          <h2 id="route-step-title" style={{ fontSize: 24 }}>
            {step.title}
          </h2>
          {step.intro === '' ? null : <p>{step.intro}</p>}
          <ul className="prompt-list">
            {step.prompts.map((prompt) => (
              <li key={prompt.id}>{prompt.text}</li>
            ))}
          </ul>
          {step.id === 'check' ? (
            <CheckHands
              routeMap={routeMap}
              repeatQuestion={routeMap.check.handsQuestion !== step.title}
            />
          ) : null}
          <h3 style={{ fontSize: 16 }}>{m.routemap.notes}</h3>
          <AddStepNote stepId={step.id} disabled={locked} />
          <StepNotesList stepId={step.id} />
        </section>
      )}
    </div>
  );
}
