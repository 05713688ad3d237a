import { recognitionCounts } from '../../../shared/session/export/views';
import { useMessages } from '../../i18n';
import type { ReportSectionProps } from '../types';

/** The report's recognitions: benefits, reasons and barriers that people marked, most first. */
export function RecognitionsReportSection({ snapshot }: ReportSectionProps) {
  const m = useMessages();
  const counts = recognitionCounts(snapshot);
  const { reasons, barriers, benefits } = snapshot.control.content;
  const items = [
    ...benefits.items.map((item) => ({ id: item.id, text: `${benefits.title}: ${item.text}` })),
    ...reasons.flatMap((group) =>
      group.items.map((item) => ({ id: item.id, text: `${group.title}: ${item.text}` })),
    ),
    ...barriers.categories.flatMap((category) =>
      category.items.map((item) => ({ id: item.id, text: `${category.title}: ${item.text}` })),
    ),
  ]
    .map((item) => ({ ...item, count: counts.get(item.id) ?? 0 }))
    .filter((item) => item.count > 0)
    .sort((a, b) => b.count - a.count);
  return (
    <section className="report__section">
      <h2>{m.report.recognitions}</h2>
      {items.length === 0 ? (
        <p className="muted">{m.common.nothingYet}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <strong>{item.count}×</strong> {item.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
