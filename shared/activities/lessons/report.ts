/** The lessons in the report: ranked by dots, with the dots per perspective where they differ. */
import type { Language, Perspective } from '../../core/protocol';
import type { ByParticipant } from '../../core/readers';
import { REPORT_LABELS, plural } from '../../core/report/labels';
import { escapeMarkdown as md } from '../../core/report/markdownText';
import type { SessionContent } from '../../template/types';
import { PERSPECTIVE_GROUPS, splitByPerspective } from '../propositions/tally';
import { rankLessons } from './domain';

export type LessonsReportLabels = { lessonsHeading: string; dots: (count: number) => string };

export const LESSONS_REPORT_LABELS: Record<Language, LessonsReportLabels> = {
  nl: {
    lessonsHeading: 'Wat helpt? Lessen op volgorde van stippen',
    dots: (count) => plural(count, 'stip', 'stippen'),
  },
  en: {
    lessonsHeading: 'What helps? Lessons ranked by dots',
    dots: (count) => plural(count, 'dot', 'dots'),
  },
};

/** What the lessons' report section reads of a session snapshot. */
export type LessonsSnapshot = {
  control: {
    meta: { lang: Language };
    content: Pick<SessionContent, 'lessons'>;
    settings: { dotBudget: number };
  };
  board: {
    participants: Readonly<Record<string, { perspective: Perspective | '' }>>;
    dots: ByParticipant<Record<string, number>>;
  };
};

export function lessonsReport(snapshot: LessonsSnapshot): string[] {
  const { content, settings, meta } = snapshot.control;
  const labels = LESSONS_REPORT_LABELS[meta.lang];
  const common = REPORT_LABELS[meta.lang];
  const ranked = rankLessons(content.lessons, snapshot.board.dots, settings.dotBudget);
  const split = splitByPerspective(snapshot.board.dots, snapshot.board.participants);
  const dotsPerGroup = PERSPECTIVE_GROUPS.map((group) => ({
    group,
    dots: new Map(
      rankLessons(content.lessons, split[group], settings.dotBudget).map((entry) => [
        entry.lesson.id,
        entry.dots,
      ]),
    ),
  }));
  const breakdown = (lessonId: string): string => {
    const parts = dotsPerGroup
      .map(({ group, dots }) => ({ group, count: dots.get(lessonId) ?? 0 }))
      .filter(({ count }) => count > 0);
    if (parts.length < 2) return '';
    return `: ${parts.map(({ group, count }) => `${common.perspectives[group]} ${count}`).join(', ')}`;
  };
  return [
    `## ${labels.lessonsHeading}`,
    '',
    ...ranked.map(
      (entry, index) =>
        `${index + 1}. ${md(entry.lesson.text)} (${labels.dots(entry.dots)}${breakdown(entry.lesson.id)})`,
    ),
  ];
}
