import { EXPORT_LABELS } from '../../../shared/session/export/labels';
import { listTakeaways } from '../../../shared/session/export/views';
import { useMessages } from '../../i18n';
import type { ReportSectionProps } from '../types';
import './takeaways.css';

/** The report's takeaways, each with its author. */
export function TakeawaysReportSection({ snapshot }: ReportSectionProps) {
  const m = useMessages();
  const takeaways = listTakeaways(snapshot, EXPORT_LABELS[snapshot.control.meta.lang]);
  return (
    <section className="report__section">
      <h2>{m.report.takeaways}</h2>
      {takeaways.length === 0 ? (
        <p className="muted">{m.takeaways.empty}</p>
      ) : (
        <ul className="takeaway-list">
          {takeaways.map((takeaway) => (
            <li key={takeaway.id} className="takeaway">
              {takeaway.text}
              <div className="takeaway__author">{takeaway.author.name}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
