import { loopCount } from '../../../shared/activities/routemap/domain';
import { EXPORT_LABELS } from '../../../shared/session/export/labels';
import { checkHandCounts, listRouteNotes } from '../../../shared/session/export/views';
import { useMessages } from '../../i18n';
import type { ReportSectionProps } from '../types';
import { RoutePath } from './RoutePath';

/** The report's route map: the path walked, each CHECK decision, and the notes per step. */
export function RouteReportSection({ snapshot }: ReportSectionProps) {
  const m = useMessages();
  const { routeMap } = snapshot.control.content;
  const labels = EXPORT_LABELS[snapshot.control.meta.lang];
  const notes = listRouteNotes(snapshot, labels);
  const rounds = snapshot.control.routeWalk.filter((entry) => entry.checkRound !== null);
  return (
    <section className="report__section">
      <h2>{m.report.route}</h2>
      <RoutePath
        walk={snapshot.control.routeWalk}
        routeMap={routeMap}
        current={snapshot.control.live.routeStepId}
      />
      {rounds.map((entry) => {
        const hands = checkHandCounts(snapshot, entry.checkRound ?? 0);
        return (
          <p key={entry.at}>
            CHECK: {m.routemap.hands(hands.yes, hands.no)} →{' '}
            {entry.decision === 'fits' ? m.routemap.decideYes : m.routemap.decideNo}
          </p>
        );
      })}
      {loopCount(snapshot.control.routeWalk) > 0 ? (
        <p>
          {m.routemap.loopBack} × {loopCount(snapshot.control.routeWalk)}
        </p>
      ) : null}
      {routeMap.steps.map((step) => {
        const stepNotes = notes.filter((note) => note.stepId === step.id);
        if (stepNotes.length === 0) return null;
        return (
          <div key={step.id}>
            <h3>
              {step.phase}: {step.title}
            </h3>
            <ul>
              {stepNotes.map((note) => (
                <li key={note.id}>
                  {note.text} <span className="muted">({note.author.name})</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
