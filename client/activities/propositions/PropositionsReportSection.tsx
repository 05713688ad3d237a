import { propositionResults } from '../../../shared/session/export/views';
import { useMessages } from '../../i18n';
import type { ReportSectionProps } from '../types';
import { ResultBars } from './ResultBars';

/** The report's propositions: per proposition what the server published, per perspective too. */
export function PropositionsReportSection({ snapshot }: ReportSectionProps) {
  const m = useMessages();
  return (
    <section className="report__section">
      <h2>{m.report.propositions}</h2>
      {/* Only what the server published: aggregates, small groups suppressed, hidden = count only. */}
      {propositionResults(snapshot).map(({ proposition, voters, tally, split }) => (
        <article key={proposition.id} className="report__proposition">
          <h3>{proposition.text}</h3>
          <p className="muted">{m.propositions.votes(voters)}</p>
          {tally === null ? (
            voters > 0 ? (
              <p className="muted">{m.propositions.hiddenResults}</p>
            ) : null
          ) : (
            <>
              <ResultBars tally={tally} compact />
              {(split ?? []).map((row) => (
                <div key={row.group} className="report__split">
                  <h4>
                    {row.group === 'unstated' ? m.perspectives.none : m.perspectives[row.group]}
                  </h4>
                  {row.suppressed ? (
                    <p className="muted">{m.propositions.tooFewToShow}</p>
                  ) : (
                    <ResultBars tally={row.tally} compact />
                  )}
                </div>
              ))}
            </>
          )}
        </article>
      ))}
    </section>
  );
}
