import type { LessonId } from '../../../shared/core/ids';
import type { TextItem } from '../../../shared/template/types';
import { useMessages } from '../../i18n';
import { useControl } from '../../session/hooks';
import { Loading } from '../../ui/Loading';
import { useLessonTotals, useOwnDots } from './useLessons';
import './lessons.css';

export function Dots({ count, max }: { count: number; max: number }) {
  return (
    <span className="dots" aria-hidden="true">
      {Array.from({ length: max }, (_, index) => (
        <span key={index} className={index < count ? 'dot' : 'dot dot--empty'} />
      ))}
    </span>
  );
}

/** "Wat helpt?": seven lessons, three dots to spend; a tap gives or takes back a dot. */
export function LessonsPanel() {
  const m = useMessages();
  const lessons = useControl((state) => state.content?.lessons);
  if (lessons === undefined) return <Loading />;
  return <LessonsList lessons={lessons} m={m} />;
}

function LessonsList({
  lessons,
  m,
}: {
  lessons: TextItem<LessonId>[];
  m: ReturnType<typeof useMessages>;
}) {
  const { budget, mine, left, toggle } = useOwnDots();
  const locked = useControl((state) => state.live.boardLocked);
  const totals = useLessonTotals(lessons);
  return (
    <div className="stack">
      <div className="row" aria-live="polite">
        <Dots count={left} max={budget} />
        <strong>{m.lessons.dotsLeft(left, budget)}</strong>
      </div>
      <ol className="option-list">
        {lessons.map((lesson, index) => {
          const given = (mine[lesson.id] ?? 0) > 0;
          return (
            <li key={lesson.id} className="option">
              <span className="lesson-number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="option__text">{lesson.text}</span>
              <span className="option__count">{m.lessons.dots(totals[lesson.id] ?? 0)}</span>
              <button
                type="button"
                className="toggle"
                aria-pressed={given}
                disabled={locked || (!given && left === 0)}
                aria-label={
                  given ? m.lessons.removeDot(lesson.text) : m.lessons.addDot(lesson.text)
                }
                onClick={() => toggle(lesson.id)}
              >
                <span className={given ? 'dot' : 'dot dot--empty'} aria-hidden="true" />
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
