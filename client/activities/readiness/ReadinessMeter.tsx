import { useMessages } from '../../i18n';
import { useReadinessCount } from './useReadiness';
import type { AgendaItemId } from '../../../shared/core/ids';

/** The projector's "how many are done": a bar and the count, announced politely. */
export function ReadinessMeter({ agendaItemId }: { agendaItemId: AgendaItemId }) {
  const m = useMessages();
  const { done, total } = useReadinessCount(agendaItemId);
  const fraction = total === 0 ? 0 : done / total;
  return (
    <div className="readiness" aria-label={m.presenter.readinessLabel}>
      <div
        className="readiness__track"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={Math.max(total, 1)}
        aria-valuenow={done}
        aria-label={m.presenter.readinessLabel}
      >
        <div className="readiness__fill" style={{ width: `${fraction * 100}%` }} />
      </div>
      <span className="readiness__text" aria-live="polite">
        {m.presenter.ready(done, total)}
      </span>
    </div>
  );
}
