import type { RouteMap } from '../../../shared/template/types';
import { useMessages } from '../../i18n';
import { useCheckHands } from './useRouteMap';
import { Icon } from '../../ui/Icon';

/** The CHECK's quick show of hands; participants raise, everyone sees the count. */
export function CheckHands({ routeMap, canRaise }: { routeMap: RouteMap; canRaise: boolean }) {
  const m = useMessages();
  const { pollOpen, counts, mine, raise } = useCheckHands();
  return (
    <div className="card stack" style={{ borderColor: 'var(--accent)' }}>
      <p className="eyebrow">CHECK</p>
      <h3 style={{ fontSize: 22 }}>{routeMap.check.handsQuestion}</h3>
      {canRaise && pollOpen ? (
        <div className="hands" role="group" aria-label={routeMap.check.handsQuestion}>
          <button
            type="button"
            className="vote-choice"
            aria-pressed={mine === 'yes'}
            onClick={() => raise('yes')}
          >
            <Icon name="hand" /> {m.routemap.handsYes}
          </button>
          <button
            type="button"
            className="vote-choice"
            aria-pressed={mine === 'no'}
            onClick={() => raise('no')}
          >
            <Icon name="hand" /> {m.routemap.handsNo}
          </button>
        </div>
      ) : null}
      <p className="route-hands-count" aria-live="polite" style={{ fontWeight: 700, fontSize: 18 }}>
        {m.routemap.hands(counts.yes, counts.no)}
      </p>
      <div className="content-grid">
        <p>
          <strong>{routeMap.check.fitsCondition}</strong> → {routeMap.check.fitsOutcome}
        </p>
        <p>
          <strong>{routeMap.check.noFitCondition}</strong> → {routeMap.check.noFitOutcome}
        </p>
      </div>
    </div>
  );
}
