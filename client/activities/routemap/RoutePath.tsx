import { Fragment } from 'react';
import type { RouteWalkEntry } from '../../../shared/activities/routemap/domain';
import type { RouteMap } from '../../../shared/template/types';
import { useMessages } from '../../i18n';
import './routemap.css';

export function stepLabel(routeMap: RouteMap, position: string, doneLabel: string): string {
  if (position === 'done') return doneLabel;
  const step = routeMap.steps.find((candidate) => candidate.id === position);
  return step === undefined ? position : step.phase;
}

/** The walk so far as a path: each visited step, with the decision that led on from it. */
export function RoutePath({
  walk,
  routeMap,
  current,
}: {
  walk: readonly RouteWalkEntry[];
  routeMap: RouteMap;
  current: string;
}) {
  const m = useMessages();
  const done = '✓';
  if (walk.length === 0) {
    return <p className="muted">{m.routemap.walkEmpty}</p>;
  }
  const first = walk[0];
  const start = first?.from ?? 'explore';
  return (
    <ol className="route-path" aria-label={m.routemap.walk}>
      <li className="route-path__step">{stepLabel(routeMap, start, done)}</li>
      {walk.map((entry, index) => (
        <Fragment key={`${entry.at}-${index}`}>
          <li className="route-path__arrow" aria-hidden="true">
            →
          </li>
          {entry.decision === 'fits' ||
          entry.decision === 'noFit' ||
          entry.decision === 'notEffective' ? (
            <li className="route-path__decision">
              {entry.decision === 'fits'
                ? m.routemap.decideYes
                : entry.decision === 'noFit'
                  ? m.routemap.decideNo
                  : m.routemap.loopBack}
            </li>
          ) : null}
          <li
            className={`route-path__step${index === walk.length - 1 && entry.to === current ? ' route-path__step--current' : ''}`}
          >
            {stepLabel(routeMap, entry.to, done)}
          </li>
        </Fragment>
      ))}
    </ol>
  );
}
