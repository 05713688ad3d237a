import { m as motion } from 'framer-motion';
import { useShallow } from 'zustand/react/shallow';
import { rankLessons } from '../../../shared/activities/lessons/domain';
import { useMessages } from '../../i18n';
import { useBoard, useControl } from '../../session/hooks';
import { Loading } from '../../ui/Loading';
import './lessons.stage.css';

/** The lessons with the room's dots as bars, in the template's order (no jumping while voting). */
export function PresenterLessons() {
  const m = useMessages();
  const lessons = useControl((state) => state.content?.lessons);
  const budget = useControl((state) => state.settings.dotBudget);
  const totals = useBoard(
    useShallow((state) => {
      const result: Record<string, number> = {};
      for (const ranked of rankLessons(lessons ?? [], state.dots, budget))
        result[ranked.lesson.id] = ranked.dots;
      return result;
    }),
  );
  if (lessons === undefined) return <Loading />;
  const max = Math.max(1, ...Object.values(totals));
  return (
    <ol className="presenter-lessons">
      {lessons.map((lesson, index) => {
        const dots = totals[lesson.id] ?? 0;
        return (
          <li
            key={lesson.id}
            className="presenter-lesson"
            aria-label={`${lesson.text}: ${m.lessons.dots(dots)}`}
          >
            <span className="lesson-number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="presenter-lesson__text" aria-hidden="true">
              {lesson.text}
            </span>
            <span className="presenter-lesson__track" aria-hidden="true">
              <motion.span
                className="presenter-lesson__bar"
                initial={false}
                animate={{ width: `${(dots / max) * 100}%` }}
                transition={{ duration: 0.4 }}
              />
            </span>
            <span className="presenter-lesson__count" aria-hidden="true">
              {dots}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
