/** The three CSV exports: initiatives, votes per proposition, takeaways. */
import { PERSPECTIVE_GROUPS, type PerspectiveGroup } from '../../activities/propositions/tally';
import type { SessionContent } from '../../template/types';
import type { QuadrantPlacement } from '../../activities/quadrant/domain';
import type { SessionSnapshot } from './snapshot';
import { EXPORT_LABELS, type ExportLabels } from './labels';
import { CSV_DIALECTS, renderCsv, type CsvCell } from '../../core/report/csvText';
import { listInitiatives, listTakeaways, propositionResults, type Author } from './views';

function isoTime(timestamp: number): string {
  return new Date(timestamp).toISOString();
}

function perspectiveName(author: Author, labels: ExportLabels): string {
  return labels.perspectives[author.perspective === '' ? 'unstated' : author.perspective];
}

function placementName(content: SessionContent, placement: QuadrantPlacement): string {
  if (placement === 'between') return content.quadrant.between.name;
  return (
    content.quadrant.quadrants.find((quadrant) => quadrant.id === placement)?.name ?? placement
  );
}

function labelsOf(snapshot: SessionSnapshot): ExportLabels {
  return EXPORT_LABELS[snapshot.control.meta.lang];
}

/** Every initiative, hidden ones too (marked): the facilitator's file, not the room's. */
export function initiativesCsv(snapshot: SessionSnapshot): string {
  const labels = labelsOf(snapshot);
  const rows: CsvCell[][] = [[...labels.csv.initiatives]];
  for (const initiative of listInitiatives(snapshot, labels)) {
    rows.push([
      initiative.id,
      initiative.author.name,
      perspectiveName(initiative.author, labels),
      initiative.text,
      initiative.colour,
      initiative.x,
      initiative.y,
      placementName(snapshot.control.content, initiative.placement),
      initiative.hidden ? labels.csv.yes : labels.csv.no,
      isoTime(initiative.createdAt),
    ]);
  }
  return renderCsv(rows, CSV_DIALECTS[snapshot.control.meta.lang]);
}

/**
 * One row per proposition and choice: count, percentage and the count per perspective, exactly
 * as the server published them. Aggregates only: who voted what stays out of the file; a hidden
 * result says so instead of counts, and a group below the threshold says it is too small.
 */
export function votesCsv(snapshot: SessionSnapshot): string {
  const labels = labelsOf(snapshot);
  const rows: CsvCell[][] = [[...labels.csv.votes]];
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
  return renderCsv(rows, CSV_DIALECTS[snapshot.control.meta.lang]);
}

export function takeawaysCsv(snapshot: SessionSnapshot): string {
  const labels = labelsOf(snapshot);
  const rows: CsvCell[][] = [[...labels.csv.takeaways]];
  for (const takeaway of listTakeaways(snapshot, labels)) {
    rows.push([
      takeaway.author.name,
      perspectiveName(takeaway.author, labels),
      takeaway.text,
      isoTime(takeaway.createdAt),
    ]);
  }
  return renderCsv(rows, CSV_DIALECTS[snapshot.control.meta.lang]);
}
