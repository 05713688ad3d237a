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
  type RouteDecision,
} from '../../../shared/activities/routemap/domain';
import { useMessages, type Messages } from '../../i18n';
import { useControl, useSession } from '../../session/hooks';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { Loading } from '../../ui/Loading';
import { useReportRefusal } from '../refusals';
import { useCheckHands } from './useRouteMap';

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

/** The route map's controls on the console: the CHECK's show of hands and the way on. */
export function RouteMapConsole() {
  const m = useMessages();
  const control = useSession().docs.control;
  const report = useReportRefusal();
  const routeMap = useControl((state) => state.content?.routeMap);
  const current = useControl((state) => state.live.routeStepId);
  const pollOpen = useControl((state) => state.live.checkPollOpen);
  const { counts } = useCheckHands();
  if (routeMap === undefined) return <Loading />;
  const step = routeMap.steps.find((candidate) => candidate.id === current);
  const now = () => Date.now();
  return (
    <div className="stack" role="group" aria-label={m.presenter.controls}>
      <h2 className="console-part__title">
        {step === undefined ? '✓' : `${step.phase}: ${step.title}`}
      </h2>
      {current === 'check' ? (
        <div className="row">
          <Button
            icon={<Icon name="hand" />}
            onClick={() => report(pollOpen ? closeCheckPoll(control) : openCheckPoll(control))}
          >
            {pollOpen ? m.routemap.closeHands : m.routemap.openHands}
          </Button>
          <span aria-live="polite">{m.routemap.hands(counts.yes, counts.no)}</span>
        </div>
      ) : null}
      <div className="row">
        {decisionsAt(current).map((decision) => {
          const target = routeMap.steps.find(
            (candidate) => candidate.id === nextStep(current, decision),
          );
          return (
            <Button
              key={decision}
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
          <Button onClick={() => report(setRouteStep(control, 'explore', now()))}>
            {m.routemap.loopBack}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
