/** The takeaways in the exports: the report's section and the takeaways CSV. */
import type { Language } from '../../core/protocol';
import type { ByParticipant } from '../../core/readers';
import { REPORT_LABELS } from '../../core/report/labels';
import {
  type Author,
  type WithParticipants,
  authorOf,
  byCreation,
  perspectiveName,
} from '../../core/report/authors';
import { escapeMarkdown as md } from '../../core/report/markdownText';
import { CSV_DIALECTS, isoTime, renderCsv, type CsvCell } from '../../core/report/csvText';
import type { SessionContent } from '../../template/types';
import type { Takeaway } from './schema';

export type TakeawaysReportLabels = {
  takeawaysHeading: string;
  noTakeaways: string;
  takeawaysCsvHeader: readonly string[];
};

export const TAKEAWAYS_REPORT_LABELS: Record<Language, TakeawaysReportLabels> = {
  nl: {
    takeawaysHeading: 'Wat nemen we mee?',
    noTakeaways: 'Nog niets opgeschreven.',
    takeawaysCsvHeader: ['Auteur', 'Perspectief', 'Tekst', 'Aangemaakt'],
  },
  en: {
    takeawaysHeading: 'What do we take away?',
    noTakeaways: 'Nothing written down yet.',
    takeawaysCsvHeader: ['Author', 'Perspective', 'Text', 'Created'],
  },
};

/** What the takeaways' exports read of a session snapshot. */
export type TakeawaysSnapshot = WithParticipants & {
  control: { meta: { lang: Language }; content: Pick<SessionContent, 'takeawayQuestion'> };
  board: { takeaways: ByParticipant<Record<string, Takeaway>> };
};

export type AuthoredTakeaway = Takeaway & { id: string; author: Author };

export function listTakeaways(
  snapshot: TakeawaysSnapshot,
  labels: Parameters<typeof authorOf>[2],
): AuthoredTakeaway[] {
  const list: AuthoredTakeaway[] = [];
  for (const [participantId, takeaways] of Object.entries(snapshot.board.takeaways)) {
    const author = authorOf(snapshot, participantId, labels);
    for (const [id, takeaway] of Object.entries(takeaways)) list.push({ ...takeaway, id, author });
  }
  return list.sort(byCreation);
}

export function takeawaysReport(snapshot: TakeawaysSnapshot): string[] {
  const { lang } = snapshot.control.meta;
  const labels = TAKEAWAYS_REPORT_LABELS[lang];
  const takeaways = listTakeaways(snapshot, REPORT_LABELS[lang]);
  const lines = [
    `## ${labels.takeawaysHeading}`,
    '',
    `*${md(snapshot.control.content.takeawayQuestion)}*`,
    '',
  ];
  if (takeaways.length === 0) lines.push(labels.noTakeaways);
  for (const takeaway of takeaways)
    lines.push(`- ${md(takeaway.text)} (${md(takeaway.author.name)})`);
  return lines;
}

export function takeawaysCsv(snapshot: TakeawaysSnapshot): string {
  const { lang } = snapshot.control.meta;
  const labels = TAKEAWAYS_REPORT_LABELS[lang];
  const common = REPORT_LABELS[lang];
  const rows: CsvCell[][] = [[...labels.takeawaysCsvHeader]];
  for (const takeaway of listTakeaways(snapshot, common)) {
    rows.push([
      takeaway.author.name,
      perspectiveName(takeaway.author, common),
      takeaway.text,
      isoTime(takeaway.createdAt),
    ]);
  }
  return renderCsv(rows, CSV_DIALECTS[lang]);
}
