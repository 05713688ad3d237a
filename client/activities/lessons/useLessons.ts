import { useShallow } from 'zustand/react/shallow';
import { toggleDot } from '../../../shared/activities/lessons/actions';
import { dotsLeft, rankLessons } from '../../../shared/activities/lessons/domain';
import type { TextItem } from '../../../shared/template/types';
import type { LessonId } from '../../../shared/core/ids';
import { useBoard, useControl, useSession } from '../../session/hooks';
import { useReportRefusal } from '../refusals';

const NO_DOTS: Readonly<Record<string, number>> = {};

/** The participant's dots: what they spent where, what is left, and the tap-a-lesson toggle. */
export function useOwnDots() {
  const session = useSession();
  const report = useReportRefusal();
  const { participantId } = session;
  const budget = useControl((state) => state.settings.dotBudget);
  const mine = useBoard((state) =>
    participantId === null ? NO_DOTS : (state.dots[participantId] ?? NO_DOTS),
  );
  const toggle = (lessonId: LessonId) => {
    if (participantId !== null)
      report(toggleDot(session.docs.board, participantId, lessonId, budget));
  };
  return { budget, mine, left: dotsLeft(mine, budget), toggle };
}

/** Totals per lesson (the same ranking the exports use). */
export function useLessonTotals(lessons: readonly TextItem[]): Record<string, number> {
  const budget = useControl((state) => state.settings.dotBudget);
  return useBoard(
    useShallow((state) => {
      const totals: Record<string, number> = {};
      for (const ranked of rankLessons(lessons, state.dots, budget))
        totals[ranked.lesson.id] = ranked.dots;
      return totals;
    }),
  );
}
