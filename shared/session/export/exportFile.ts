/** One entry point for the export endpoints and the client's download buttons. */
import type { ExportFile } from '../../core/protocol';
import type { SessionSnapshot } from './snapshot';
import { renderMarkdownReport, type ReportOptions } from './markdown';
import { initiativesCsv } from '../../activities/quadrant/report';
import { votesCsv } from '../../activities/propositions/report';
import { takeawaysCsv } from '../../activities/takeaways/report';
import { backupToJson, createBackup } from './backup';
import { visibleSnapshot } from '../moderation';

export type ExportedFile = { body: string; contentType: string };

const CSV = 'text/csv; charset=utf-8';

export function exportFile(
  name: ExportFile,
  snapshot: SessionSnapshot,
  options: ReportOptions & { sealedBallots?: string | undefined } = {},
): ExportedFile {
  // What the room may see: hidden and waiting texts never reach a report or a CSV file.
  const visible = visibleSnapshot(snapshot);
  switch (name) {
    case 'report.md':
      return {
        body: renderMarkdownReport(visible, options),
        contentType: 'text/markdown; charset=utf-8',
      };
    case 'session.json':
      return {
        body: backupToJson(createBackup(snapshot, options.sealedBallots)),
        contentType: 'application/json; charset=utf-8',
      };
    case 'initiatives.csv':
      return { body: initiativesCsv(visible), contentType: CSV };
    case 'votes.csv':
      return { body: votesCsv(visible), contentType: CSV };
    case 'takeaways.csv':
      return { body: takeawaysCsv(visible), contentType: CSV };
  }
}
