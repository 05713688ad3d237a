/**
 * The propositions in the exports: exactly what the server published in CONTROL `results`
 * (aggregates, small groups suppressed), never more. The report's section and the votes CSV.
 */
import type { Language } from '../../core/protocol';
import type { PropositionState } from '../../core/layout';
import { REPORT_LABELS, plural, type ReportLabels } from '../../core/report/labels';
import { escapeMarkdown as md, tableRow } from '../../core/report/markdownText';
import { CSV_DIALECTS, renderCsv, type CsvCell } from '../../core/report/csvText';
import {
  EMPTY_RESULT,
  PERSPECTIVE_GROUPS,
  publishedSplit,
  tallyFromCounts,
  type PerspectiveGroup,
  type PublishedGroupRow,
  type PublishedResult,
  type Tally,
} from './tally';
import type { Proposition } from './schema';

export type PropositionsReportLabels = {
  propositionsHeading: string;
  votes: (count: number) => string;
  noVotes: string;
  /** A perspective group below the session's threshold, counted in the total only. */
  tooFewToShow: string;
  resultsHidden: string;
  propositionStates: Record<PropositionState, string>;
  perspective: string;
  total: string;
  votesCsvHeader: readonly string[];
};

export const PROPOSITIONS_REPORT_LABELS: Record<Language, PropositionsReportLabels> = {
  nl: {
    propositionsHeading: 'Stellingen',
    votes: (count) => plural(count, 'stem', 'stemmen'),
    noVotes: 'Niet over gestemd.',
    tooFewToShow: 'te weinig stemmen om apart te tonen',
    resultsHidden: 'uitslag nog niet getoond',
    propositionStates: {
      draft: 'nog niet geopend',
      open: 'open',
      closed: 'gesloten',
      revealed: 'uitslag getoond',
    },
    perspective: 'Perspectief',
    total: 'Totaal',
    votesCsvHeader: [
      'Nr',
      'Stelling',
      'Status',
      'Keuze',
      'Stemmen',
      'Procent',
      'Inwoners',
      'Professionals',
      'Gemeente',
      'Anders',
      'Niet opgegeven',
    ],
  },
  en: {
    propositionsHeading: 'Propositions',
    votes: (count) => plural(count, 'vote', 'votes'),
    noVotes: 'Not voted on.',
    tooFewToShow: 'too few votes to show separately',
    resultsHidden: 'results not shown yet',
    propositionStates: {
      draft: 'not opened yet',
      open: 'open',
      closed: 'closed',
      revealed: 'result shown',
    },
    perspective: 'Perspective',
    total: 'Total',
    votesCsvHeader: [
      'No',
      'Proposition',
      'State',
      'Choice',
      'Votes',
      'Percent',
      'Residents',
      'Professionals',
      'Municipality',
      'Other',
      'Not stated',
    ],
  },
};

/** What the propositions' exports read of a session snapshot. */
export type PropositionsSnapshot = {
  control: {
    meta: { lang: Language };
    propositions: readonly Proposition[];
    results: Readonly<Record<string, PublishedResult>>;
  };
};

/**
 * What an export may say about a proposition. `tally` and `split` are null while the results
 * are hidden; then only the number of voters is known.
 */
export type PropositionResult = {
  proposition: Proposition;
  voters: number;
  tally: Tally | null;
  split: PublishedGroupRow[] | null;
};

export function propositionResults(snapshot: PropositionsSnapshot): PropositionResult[] {
  return snapshot.control.propositions.map((proposition) => {
    const result = snapshot.control.results[proposition.id] ?? EMPTY_RESULT;
    return {
      proposition,
      voters: result.voters,
      tally: result.visible ? tallyFromCounts(proposition.choices, result.counts) : null,
      split: publishedSplit(proposition.choices, result),
    };
  });
}

function tallyLine(tally: Tally): string {
  return tally.choices
    .map(({ choice, count, percent }) => `${md(choice.label)} ${percent}% (${count})`)
    .join(' · ');
}

/** The published split; a group below the threshold gets one line saying so, no numbers. */
function perspectiveTable(
  result: PropositionResult,
  labels: PropositionsReportLabels,
  common: ReportLabels,
): string[] {
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
          common.perspectives[row.group],
          labels.tooFewToShow,
          ...result.proposition.choices.slice(1).map(() => ''),
          '',
        ]
      : [
          common.perspectives[row.group],
          ...row.tally.choices.map(({ count, percent }) => `${percent}% (${count})`),
          String(row.tally.total),
        ],
  );
  return ['', tableRow(header), tableRow(header.map(() => '---')), ...rows.map(tableRow)];
}

export function propositionsReport(snapshot: PropositionsSnapshot): string[] {
  const { lang } = snapshot.control.meta;
  const labels = PROPOSITIONS_REPORT_LABELS[lang];
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
    lines.push(...perspectiveTable(result, labels, REPORT_LABELS[lang]));
  });
  return lines;
}

/**
 * One row per proposition and choice: count, percentage and the count per perspective, exactly
 * as the server published them. Aggregates only: who voted what stays out of the file; a hidden
 * result says so instead of counts, and a group below the threshold says it is too small.
 */
export function votesCsv(snapshot: PropositionsSnapshot): string {
  const { lang } = snapshot.control.meta;
  const labels = PROPOSITIONS_REPORT_LABELS[lang];
  const rows: CsvCell[][] = [[...labels.votesCsvHeader]];
  propositionResults(snapshot).forEach((result, index) => {
    const { tally, split } = result;
    result.proposition.choices.forEach((choice, choiceIndex) => {
      const choiceTally = tally?.choices[choiceIndex];
      const groupCell = (group: PerspectiveGroup): CsvCell => {
        if (split === null) return labels.resultsHidden;
        const row = split.find((candidate) => candidate.group === group);
        if (row === undefined) return 0;
        return row.suppressed ? labels.tooFewToShow : (row.tally.choices[choiceIndex]?.count ?? 0);
      };
      rows.push([
        index + 1,
        result.proposition.text,
        labels.propositionStates[result.proposition.state],
        choice.label,
        choiceTally?.count ?? labels.resultsHidden,
        choiceTally?.percent ?? labels.resultsHidden,
        ...PERSPECTIVE_GROUPS.map(groupCell),
      ]);
    });
  });
  return renderCsv(rows, CSV_DIALECTS[lang]);
}
