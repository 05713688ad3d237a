import type { Proposition } from '../../../shared/activities/propositions/schema';
import { useMessages } from '../../i18n';
import { ResultBars } from './ResultBars';
import { usePublishedSplit } from './usePropositions';

/**
 * The published split by perspective: groups nobody voted in are left out, and a group with too
 * few voters to show on its own (the session's threshold) says so instead of showing numbers.
 */
export function PerspectiveResults({ proposition }: { proposition: Proposition }) {
  const m = useMessages();
  const split = usePublishedSplit(proposition) ?? [];
  return (
    <div className="perspective-results">
      {split.map((row) => {
        const name = row.group === 'unstated' ? m.perspectives.none : m.perspectives[row.group];
        return (
          <section key={row.group}>
            {row.suppressed ? (
              <>
                <h3>{name}</h3>
                <p className="muted">{m.propositions.tooFewToShow}</p>
              </>
            ) : (
              <>
                <h3>
                  {name} · {m.propositions.votes(row.tally.total)}
                </h3>
                <ResultBars tally={row.tally} compact />
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
