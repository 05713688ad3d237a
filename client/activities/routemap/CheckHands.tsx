import type { RouteMap } from '../../../shared/template/types';
import { useMessages } from '../../i18n';
import { useCheckHands } from './useRouteMap';
import { Icon } from '../../ui/Icon';

/** The CHECK's quick show of hands; participants raise, everyone sees the count. */
/** `repeatQuestion`: false where the step's own heading already asks the same question. */
export function CheckHands({
  routeMap,
  repeatQuestion,
}: {
  routeMap: RouteMap;
  repeatQuestion: boolean;
}) {
  const m = useMessages();
  const { pollOpen, counts, mine, raise } = useCheckHands();
  return (
    <div className="card stack" style={{ borderColor: 'var(--accent)' }}>
      <p className="eyebrow">CHECK</p>
      {repeatQuestion ? <h3 style={{ fontSize: 22 }}>{routeMap.check.handsQuestion}</h3> : null}
      {pollOpen ? (
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
      <CheckBranches routeMap={routeMap} />
    </div>
  );
}

/** The CHECK's two ways on: fitting provisions → connect; none → who acts → plan. */
export function CheckBranches({ routeMap }: { routeMap: RouteMap }) {
  return (
    <div className="content-grid">
      <p>
        <strong>{routeMap.check.fitsCondition}</strong> → {routeMap.check.fitsOutcome}
      </p>
      <p>
        <strong>{routeMap.check.noFitCondition}</strong> → {routeMap.check.noFitOutcome}
      </p>
    </div>
  );
}

/** The projector's show of hands: two big counts the back row can read. */
export function PresenterHands({ routeMap }: { routeMap: RouteMap }) {
  const m = useMessages();
  const { counts } = useCheckHands();
  return (
    // The step's heading beside it asks the same question: the counts need no second copy.
    <section className="stack stack--tight" aria-label={routeMap.check.handsQuestion}>
      <div className="presenter-hands" aria-live="polite">
        <p className="presenter-hands__count presenter-hands__count--yes">
          <strong>{counts.yes}</strong>
          <span>{m.routemap.handsYes}</span>
        </p>
        <p className="presenter-hands__count presenter-hands__count--no">
          <strong>{counts.no}</strong>
          <span>{m.routemap.handsNo}</span>
        </p>
      </div>
      <span className="visually-hidden">{m.routemap.hands(counts.yes, counts.no)}</span>
    </section>
  );
}
