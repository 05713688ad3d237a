import { m as motion } from 'framer-motion';
import type { Tally } from '../../../shared/activities/propositions/tally';
import { useMessages } from '../../i18n';
import './propositions.css';

/**
 * Horizontal bars that grow in when revealed. Percentages come from the shared tally
 * (largest remainder), the same numbers the exports print.
 */
export function ResultBars({ tally, compact = false }: { tally: Tally; compact?: boolean }) {
  const m = useMessages();
  return (
    <div className="results" role="list">
      {tally.choices.map(({ choice, count, percent }, index) => (
        <div
          key={choice.id}
          className="result-row"
          role="listitem"
          aria-label={m.propositions.result(choice.label, count, percent)}
        >
          <span className="result-row__label" aria-hidden="true">
            {choice.label}
          </span>
          <span className="result-row__track" aria-hidden="true">
            <motion.span
              className={`result-row__bar result-row__bar--${choice.id}`}
              style={{ display: 'block', width: `${percent}%` }}
              initial={{ scaleX: 0 }}
              animate={{ scaleX: 1 }}
              transition={{ duration: compact ? 0.4 : 0.8, delay: index * 0.12, ease: 'easeOut' }}
            />
          </span>
          <span className="result-row__value" aria-hidden="true">
            {count} · {percent}%
          </span>
        </div>
      ))}
    </div>
  );
}
