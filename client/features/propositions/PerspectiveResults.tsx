import type { Proposition } from '../../../shared/schema/types';
import { PERSPECTIVE_GROUPS } from '../../../shared/domain/tally';
import { useMessages } from '../../i18n';
import { ResultBars } from './ResultBars';
import { useTallyByPerspective } from './usePropositions';

/** The same result split by perspective; groups nobody voted in are left out. */
export function PerspectiveResults({ proposition }: { proposition: Proposition }) {
  const m = useMessages();
  const split = useTallyByPerspective(proposition);
  const groups = PERSPECTIVE_GROUPS.filter((group) => split[group].total > 0);
  return (
    <div className="perspective-results">
      {groups.map((group) => (
        <section key={group}>
          <h3>
            {group === 'unstated' ? m.perspectives.none : m.perspectives[group]} ·{' '}
            {m.propositions.votes(split[group].total)}
          </h3>
          <ResultBars tally={split[group]} compact />
        </section>
      ))}
    </div>
  );
}
