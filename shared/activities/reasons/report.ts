/** Reasons and barriers in the report: every item with how many participants recognised it. */
import type { Language } from '../../core/protocol';
import type { ByParticipant } from '../../core/readers';
import { escapeMarkdown as md } from '../../core/report/markdownText';
import type { SessionContent } from '../../template/types';

export type ReasonsReportLabels = {
  reasonsHeading: string;
  barriersHeading: string;
  recognisedBy: (count: number) => string;
};

export const REASONS_REPORT_LABELS: Record<Language, ReasonsReportLabels> = {
  nl: {
    reasonsHeading: 'Waarom collectief werken? Herkend',
    barriersHeading: 'Wat knelt? Herkend',
    recognisedBy: (count) => `herkend door ${count}`,
  },
  en: {
    reasonsHeading: 'Why work collectively? Recognised',
    barriersHeading: 'What gets in the way? Recognised',
    recognisedBy: (count) => `recognised by ${count}`,
  },
};

/** What the reasons' report section reads of a session snapshot. */
export type ReasonsSnapshot = {
  control: {
    meta: { lang: Language };
    content: Pick<SessionContent, 'reasons' | 'benefits' | 'barriers'>;
  };
  board: { recognitions: ByParticipant<Record<string, true>> };
};

/** item id -> how many participants marked it recognised. */
export function recognitionCounts(snapshot: Pick<ReasonsSnapshot, 'board'>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const recognitions of Object.values(snapshot.board.recognitions)) {
    for (const itemId of Object.keys(recognitions))
      counts.set(itemId, (counts.get(itemId) ?? 0) + 1);
  }
  return counts;
}

/** Two report sections (## reasons, ## barriers): both are recognised the same way. */
export function reasonsReport(snapshot: ReasonsSnapshot): string[] {
  const labels = REASONS_REPORT_LABELS[snapshot.control.meta.lang];
  const counts = recognitionCounts(snapshot);
  const { reasons, benefits, barriers } = snapshot.control.content;
  const item = (text: string, id: string) =>
    `- ${md(text)} (${labels.recognisedBy(counts.get(id) ?? 0)})`;
  const lines = [`## ${labels.reasonsHeading}`];
  for (const group of reasons) {
    lines.push(
      '',
      `### ${md(group.title)}`,
      '',
      ...group.items.map((reason) => item(reason.text, reason.id)),
    );
  }
  if (benefits.items.length > 0) {
    lines.push(
      '',
      `### ${md(benefits.title)}`,
      '',
      ...benefits.items.map((benefit) => item(benefit.text, benefit.id)),
    );
  }
  lines.push('', `## ${labels.barriersHeading}`);
  for (const category of barriers.categories) {
    lines.push(
      '',
      `### ${md(category.title)}`,
      '',
      ...category.items.map((barrier) => item(barrier.text, barrier.id)),
    );
  }
  return lines;
}
