import { rankLessons } from '../../../shared/activities/lessons/domain';
import { useMessages } from '../../i18n';
import type { ReportSectionProps } from '../types';

/** The report's lessons, ranked by the dots they received. */
export function LessonsReportSection({ snapshot }: ReportSectionProps) {
  const m = useMessages();
  const ranked = rankLessons(
    snapshot.control.content.lessons,
    snapshot.board.dots,
    snapshot.control.settings.dotBudget,
  );
  return (
    <section className="report__section">
      <h2>{m.report.lessons}</h2>
      <ol className="report__ranked">
        {ranked.map((entry) => (
          <li key={entry.lesson.id}>
            <strong>{m.lessons.dots(entry.dots)}</strong> · {entry.lesson.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
