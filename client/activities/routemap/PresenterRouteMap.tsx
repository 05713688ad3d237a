import { useMemo } from 'react';
import {
  advanceRoute,
  closeCheckPoll,
  loopBack,
  openCheckPoll,
  setRouteStep,
} from '../../../shared/activities/routemap/actions';
import {
  decisionsAt,
  nextStep,
  visitedPositions,
  type RouteDecision,
} from '../../../shared/activities/routemap/domain';
import { useMessages, type Messages } from '../../i18n';
import { useControl, useSession } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { CheckBranches, PresenterHands } from './CheckHands';
import { RoutePath } from './RoutePath';
import { RouteSteps } from './RouteSteps';
import { StepNotesList } from './StepNotes';
import { Icon } from '../../ui/Icon';
import './routemap.stage.css';
import { useReportRefusal } from '../refusals';

function decisionLabel(m: Messages, decision: RouteDecision, nextLabel: string): string {
  switch (decision) {
    case 'fits':
      return m.routemap.decideYes;
    case 'noFit':
      return m.routemap.decideNo;
    case 'notEffective':
      return m.routemap.loopBack;
    case 'continue':
    case 'effective':
      return m.routemap.goToStep(nextLabel);
  }
}

/** The route map on the projector: the step, its prompts and notes, the CHECK and the walk. */
export function PresenterRouteMap() {
  const m = useMessages();
  const control = useSession().docs.control;
  const report = useReportRefusal();
  const routeMap = useControl((state) => state.content?.routeMap);
  const current = useControl((state) => state.live.routeStepId);
  const pollOpen = useControl((state) => state.live.checkPollOpen);
  const walk = useControl((state) => state.routeWalk);
  const visited = useMemo(() => new Set<string>(visitedPositions(walk)), [walk]);
  if (routeMap === undefined) return <Loading />;
  const step = routeMap.steps.find((candidate) => candidate.id === current);
  const decisions = decisionsAt(current);
  const now = () => Date.now();

  return (
    <div className="presenter-route">
      <RouteSteps routeMap={routeMap} current={current} visited={visited} />
      <div className="presenter-route__body">
        <section className="stack" aria-labelledby="presenter-step-title">
          {step === undefined ? (
            <p className="empty">✓</p>
          ) : (
            <>
              <p className="eyebrow">{step.phase}</p>
              <h2 id="presenter-step-title" className="presenter-route__title">
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
          <div className="stack stack--tight" role="group" aria-label={m.presenter.controls}>
            {current === 'check' ? (
              <Button
                size="large"
                icon={<Icon name="hand" />}
                onClick={() => report(pollOpen ? closeCheckPoll(control) : openCheckPoll(control))}
              >
                {pollOpen ? m.routemap.closeHands : m.routemap.openHands}
              </Button>
            ) : null}
            {decisions.map((decision) => {
              const target = routeMap.steps.find(
                (candidate) => candidate.id === nextStep(current, decision),
              );
              return (
                <Button
                  key={decision}
                  size="large"
                  variant={decision === 'notEffective' ? 'secondary' : 'primary'}
                  onClick={() =>
                    report(
                      decision === 'notEffective'
                        ? loopBack(control, now())
                        : advanceRoute(control, decision, now()),
                    )
                  }
                >
                  {decisionLabel(m, decision, target?.phase ?? '✓')}
                </Button>
              );
            })}
            {current === 'done' ? (
              <Button size="large" onClick={() => report(setRouteStep(control, 'explore', now()))}>
                {m.routemap.loopBack}
              </Button>
            ) : null}
          </div>
        </aside>
      </div>
    </div>
  );
}
