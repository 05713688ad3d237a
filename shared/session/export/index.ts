export { snapshotSession, type SessionSnapshot } from './snapshot';
export { renderMarkdownReport, type ReportOptions } from './markdown';
export { escapeMarkdown } from '../../core/report/markdownText';
export { initiativesCsv } from '../../activities/quadrant/report';
export { votesCsv } from '../../activities/propositions/report';
export { takeawaysCsv } from '../../activities/takeaways/report';
export {
  CSV_DIALECTS,
  neutraliseFormula,
  renderCsv,
  type CsvDialect,
} from '../../core/report/csvText';
export {
  createBackup,
  restoreBackup,
  decodeBackup,
  backupToJson,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type SessionBackup,
} from './backup';
export { exportFile, type ExportedFile } from './exportFile';
export { EXPORT_LABELS } from './labels';
