/** The words every export prints around the session's texts; each activity's own are in its report.ts. */
export {
  REPORT_LABELS as EXPORT_LABELS,
  type ReportLabels as ExportLabels,
} from '../../core/report/labels';
