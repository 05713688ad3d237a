import type { RouteMap } from '../../../shared/template/types';

/** The six steps as a row, the current one highlighted, visited ones marked. */
export function RouteSteps({
  routeMap,
  current,
  visited,
}: {
  routeMap: RouteMap;
  current: string;
  visited: ReadonlySet<string>;
}) {
  return (
    <ol className="route-steps">
      {routeMap.steps.map((step) => {
        const state =
          step.id === current
            ? ' route-steps__item--current'
            : visited.has(step.id)
              ? ' route-steps__item--visited'
              : '';
        return (
          <li
            key={step.id}
            className={`route-steps__item${state}`}
            aria-current={step.id === current ? 'step' : undefined}
          >
            <span className="route-steps__phase">{step.phase}</span>
            <span className="route-steps__title">{step.title}</span>
          </li>
        );
      })}
    </ol>
  );
}
