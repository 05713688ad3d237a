/**
 * The Markdown report: what happened in the session, readable on its own and pasteable into a
 * memo for the municipality. The header is the session's; every other section is an activity's
 * (shared/activities/<kind>/report.ts), in the order of the registry (session/activities.ts).
 * A section returns its lines, without the blank line that separates sections. Session texts and
 * participants' words are escaped (core/report/markdownText.ts); the headings and labels are
 * ours, in the session's language.
 */
import { countPerspectives, PERSPECTIVE_GROUPS } from '../../activities/propositions/tally';
import { REPORT_LABELS, type ReportLabels } from '../../core/report/labels';
import { escapeMarkdown as md } from '../../core/report/markdownText';
import { REPORT_SECTIONS } from '../activities';
import type { SessionSnapshot } from './snapshot';

export type ReportOptions = {
  /** Time zone for the date line; the workshop is Dutch, so Amsterdam unless told otherwise. */
  timeZone?: string;
};

export function formatDate(timestamp: number, labels: ReportLabels, timeZone: string): string {
  return new Intl.DateTimeFormat(labels.locale, { dateStyle: 'long', timeZone }).format(
    new Date(timestamp),
  );
}

function headerSection(snapshot: SessionSnapshot, timeZone: string): string[] {
  const { meta } = snapshot.control;
  const labels = REPORT_LABELS[meta.lang];
  const perspectives = countPerspectives(snapshot.board.participants);
  const total = Object.keys(snapshot.board.participants).length;
  const split = PERSPECTIVE_GROUPS.filter((group) => perspectives[group] > 0)
    .map((group) => `${labels.perspectives[group]}: ${perspectives[group]}`)
    .join(', ');
  return [
    `# ${md(meta.title)}`,
    '',
    `${labels.date}: ${formatDate(meta.createdAt, labels, timeZone)}  `,
    `${labels.participants}: ${total}${split === '' ? '' : ` (${split})`}`,
  ];
}

export function renderMarkdownReport(
  snapshot: SessionSnapshot,
  options: ReportOptions = {},
): string {
  const timeZone = options.timeZone ?? 'Europe/Amsterdam';
  const sections = [
    headerSection(snapshot, timeZone),
    ...REPORT_SECTIONS.map((section) => section(snapshot)),
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
