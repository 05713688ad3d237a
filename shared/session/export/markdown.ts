/**
 * The Markdown report: what happened in the session, readable on its own and pasteable into a
 * memo for the municipality. Session texts and participants' words are escaped (markdownText.ts);
 * the headings and labels are ours, in the session's language.
 */
import {
  QUADRANT_PLACEMENTS,
  quadrantsTouched,
  summarizeQuadrants,
  type Positioned,
} from '../../activities/quadrant/domain';
import {
  PERSPECTIVE_GROUPS,
  countPerspectives,
  splitByPerspective,
  type Tally,
} from '../../activities/propositions/tally';
import { rankLessons } from '../../activities/lessons/domain';
import {
  ROUTE_STEP_IDS,
  type RouteDecision,
  type RoutePosition,
} from '../../activities/routemap/domain';
import type { SessionContent } from '../../template/types';
import type { SessionSnapshot } from './snapshot';
import { EXPORT_LABELS, type ExportLabels } from './labels';
import { escapeMarkdown as md } from '../../core/report/markdownText';
import {
  checkHandCounts,
  listInitiatives,
  listRouteNotes,
  listTakeaways,
  propositionResults,
  recognitionCounts,
  type PropositionResult,
} from './views';

export type ReportOptions = {
  /** Time zone for the date line; the workshop is Dutch, so Amsterdam unless told otherwise. */
  timeZone?: string;
};

export function formatDate(timestamp: number, labels: ExportLabels, timeZone: string): string {
  return new Intl.DateTimeFormat(labels.locale, { dateStyle: 'long', timeZone }).format(
    new Date(timestamp),
  );
}

function headerSection(
  snapshot: SessionSnapshot,
  labels: ExportLabels,
  timeZone: string,
): string[] {
  const { meta } = snapshot.control;
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

function placementName(
  content: SessionContent,
  placement: (typeof QUADRANT_PLACEMENTS)[number],
): string {
  if (placement === 'between') return content.quadrant.between.name;
  return (
    content.quadrant.quadrants.find((quadrant) => quadrant.id === placement)?.name ?? placement
  );
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function quadrantTable(
  visible: readonly Positioned[],
  content: SessionContent,
  labels: ExportLabels,
): string[] {
  const rows = summarizeQuadrants(visible).map((entry) =>
    tableRow([
      md(placementName(content, entry.placement)),
      String(entry.count),
      `${entry.percent}%`,
    ]),
  );
  return [
    '',
    tableRow(labels.quadrantColumns),
    tableRow(labels.quadrantColumns.map(() => '---')),
    ...rows,
  ];
}

function quadrantSection(snapshot: SessionSnapshot, labels: ExportLabels): string[] {
  const { content } = snapshot.control;
  const all = listInitiatives(snapshot, labels);
  const visible = all.filter((initiative) => !initiative.hidden);
  const { xAxis, yAxis } = content.quadrant;
  const lines = [
    `## ${md(content.quadrant.title)}: ${labels.quadrantHeading}`,
    '',
    `${md(xAxis.negative)} ↔ ${md(xAxis.positive)}; ${md(yAxis.negative)} ↕ ${md(yAxis.positive)}.`,
  ];
  if (visible.length === 0) lines.push('', labels.noInitiatives);
  else lines.push(...quadrantTable(visible, content, labels));
  for (const placement of QUADRANT_PLACEMENTS) {
    const here = visible.filter((initiative) => initiative.placement === placement);
    if (here.length === 0) continue;
    lines.push('', `### ${md(placementName(content, placement))} (${here.length})`, '');
    for (const initiative of here) {
      const touched = placement === 'between' ? quadrantsTouched(initiative.x, initiative.y) : [];
      const among =
        touched.length > 0
          ? `; ${touched.map((quadrant) => md(placementName(content, quadrant))).join(' / ')}`
          : '';
      lines.push(`- ${md(initiative.text)} (${md(initiative.author.name)}${among})`);
    }
  }
  const hidden = all.length - visible.length;
  if (hidden > 0) lines.push('', labels.hiddenInitiatives(hidden));
  return lines;
}

function tallyLine(tally: Tally): string {
  return tally.choices
    .map(({ choice, count, percent }) => `${md(choice.label)} ${percent}% (${count})`)
    .join(' · ');
}

/** The published split; a group below the threshold gets one line saying so, no numbers. */
function perspectiveTable(result: PropositionResult, labels: ExportLabels): string[] {
  const rowsOfSplit = result.split ?? [];
  if (rowsOfSplit.length === 0) return [];
  const header = [
    labels.perspective,
    ...result.proposition.choices.map((choice) => md(choice.label)),
    labels.total,
  ];
  const rows = rowsOfSplit.map((row) =>
    row.suppressed
      ? [
          labels.perspectives[row.group],
          labels.tooFewToShow,
          ...result.proposition.choices.slice(1).map(() => ''),
          '',
        ]
      : [
          labels.perspectives[row.group],
          ...row.tally.choices.map(({ count, percent }) => `${percent}% (${count})`),
          String(row.tally.total),
        ],
  );
  return ['', tableRow(header), tableRow(header.map(() => '---')), ...rows.map(tableRow)];
}

function propositionsSection(snapshot: SessionSnapshot, labels: ExportLabels): string[] {
  const lines = [`## ${labels.propositionsHeading}`];
  propositionResults(snapshot).forEach((result, index) => {
    lines.push('', `### ${index + 1}. ${md(result.proposition.text)}`, '');
    if (result.voters === 0) {
      lines.push(`${labels.noVotes} (${labels.propositionStates[result.proposition.state]})`);
      return;
    }
    if (result.tally === null) {
      lines.push(`${labels.votes(result.voters)} (${labels.resultsHidden})`);
      return;
    }
    lines.push(`${labels.votes(result.tally.total)}: ${tallyLine(result.tally)}`);
    lines.push(...perspectiveTable(result, labels));
  });
  return lines;
}

function positionName(
  content: SessionContent,
  position: RoutePosition,
  labels: ExportLabels,
): string {
  if (position === 'done') return labels.done;
  const step = content.routeMap.steps.find((candidate) => candidate.id === position);
  if (step === undefined) return position;
  // Titles like "Stap 2. Maak een plan" already name their phase.
  return step.title.startsWith(step.phase)
    ? md(step.title)
    : `${md(step.phase)}: ${md(step.title)}`;
}

/** The CHECK's outcomes in the session's own words ("Sluit aan." / "Wie is dan aan zet?"). */
function decisionName(
  content: SessionContent,
  decision: RouteDecision | 'jump',
  labels: ExportLabels,
): string {
  const { fitsOutcome, noFitOutcome } = content.routeMap.check;
  if (decision === 'fits' && fitsOutcome !== '') return md(fitsOutcome);
  if (decision === 'noFit' && noFitOutcome !== '') return md(noFitOutcome);
  return labels.decisions[decision];
}

function routeMapSection(snapshot: SessionSnapshot, labels: ExportLabels): string[] {
  const { content, routeWalk } = snapshot.control;
  const lines = [`## ${md(content.routeMap.title)}`, '', `### ${labels.walkHeading}`, ''];
  if (routeWalk.length === 0) lines.push(labels.walkNotStarted);
  routeWalk.forEach((entry, index) => {
    const from = entry.from === null ? '' : `${positionName(content, entry.from, labels)} → `;
    const hands = entry.checkRound === null ? null : checkHandCounts(snapshot, entry.checkRound);
    const handsText = hands === null ? '' : `; ${labels.checkHands(hands.yes, hands.no)}`;
    lines.push(
      `${index + 1}. ${from}${positionName(content, entry.to, labels)} (${decisionName(content, entry.decision, labels)}${handsText})`,
    );
  });
  lines.push(
    '',
    `${labels.currentStep}: ${positionName(content, snapshot.control.live.routeStepId, labels)}`,
  );
  const notes = listRouteNotes(snapshot, labels);
  for (const stepId of ROUTE_STEP_IDS) {
    const stepNotes = notes.filter((note) => note.stepId === stepId);
    if (stepNotes.length === 0) continue;
    lines.push('', `### ${labels.notesHeading}: ${positionName(content, stepId, labels)}`, '');
    for (const note of stepNotes) lines.push(`- ${md(note.text)} (${md(note.author.name)})`);
  }
  return lines;
}

function lessonsSection(snapshot: SessionSnapshot, labels: ExportLabels): string[] {
  const { content, settings } = snapshot.control;
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
    return `: ${parts.map(({ group, count }) => `${labels.perspectives[group]} ${count}`).join(', ')}`;
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

function recognitionSections(snapshot: SessionSnapshot, labels: ExportLabels): string[] {
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

function takeawaysSection(snapshot: SessionSnapshot, labels: ExportLabels): string[] {
  const takeaways = listTakeaways(snapshot, labels);
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

export function renderMarkdownReport(
  snapshot: SessionSnapshot,
  options: ReportOptions = {},
): string {
  const labels = EXPORT_LABELS[snapshot.control.meta.lang];
  const timeZone = options.timeZone ?? 'Europe/Amsterdam';
  const sections = [
    headerSection(snapshot, labels, timeZone),
    quadrantSection(snapshot, labels),
    propositionsSection(snapshot, labels),
    routeMapSection(snapshot, labels),
    lessonsSection(snapshot, labels),
    recognitionSections(snapshot, labels),
    takeawaysSection(snapshot, labels),
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
