/**
 * Dot voting on the lessons ("wat helpt"): each participant spreads a budget of dots. Ranking
 * is stable: equal totals keep the template's order, so the list does not jump around.
 */
import type { TextItem } from '../../template/types';

export function spentDots(dots: Readonly<Record<string, number>>): number {
  return Object.values(dots).reduce((sum, count) => sum + count, 0);
}

export type RankedLesson = { lesson: TextItem; dots: number; voters: number; rank: number };

/**
 * Ranks lessons by total dots. A participant whose stored dots exceed the budget (a client that
 * bypassed the action) is ignored entirely rather than trimmed: which dots to keep is a guess.
 * Dots on unknown lesson ids are ignored. Equal totals share a rank ("1, 2, 2, 4").
 */
export function rankLessons(
  lessons: readonly TextItem[],
  dotsByParticipant: Readonly<Record<string, Readonly<Record<string, number>>>>,
  budget: number,
): RankedLesson[] {
  const totals = new Map<string, { dots: number; voters: number }>(
    lessons.map((lesson) => [lesson.id, { dots: 0, voters: 0 }]),
  );
  for (const dots of Object.values(dotsByParticipant)) {
    if (spentDots(dots) > budget) continue;
    for (const [lessonId, count] of Object.entries(dots)) {
      const total = totals.get(lessonId);
      if (total === undefined || count <= 0) continue;
      total.dots += count;
      total.voters += 1;
    }
  }
  const ordered = lessons
    .map((lesson, index) => ({
      lesson,
      index,
      ...(totals.get(lesson.id) ?? { dots: 0, voters: 0 }),
    }))
    .sort((a, b) => b.dots - a.dots || a.index - b.index);
  let previousDots = Number.NaN;
  let previousRank = 0;
  return ordered.map((entry, position) => {
    const rank = entry.dots === previousDots ? previousRank : position + 1;
    previousDots = entry.dots;
    previousRank = rank;
    return { lesson: entry.lesson, dots: entry.dots, voters: entry.voters, rank };
  });
}

/** Dots a participant has left to spend. */
export function dotsLeft(dots: Readonly<Record<string, number>>, budget: number): number {
  return Math.max(0, budget - spentDots(dots));
}
