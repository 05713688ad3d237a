/**
 * The derived views of a snapshot that the report screen shares with the exports; each lives with
 * its activity (shared/activities/<kind>/report.ts).
 */
export { authorOf, type Author } from '../../core/report/authors';
export { listInitiatives, type PlacedInitiative } from '../../activities/quadrant/report';
export { listTakeaways, type AuthoredTakeaway } from '../../activities/takeaways/report';
export {
  checkHandCounts,
  listRouteNotes,
  type AuthoredRouteNote,
} from '../../activities/routemap/report';
export { propositionResults, type PropositionResult } from '../../activities/propositions/report';
export { recognitionCounts } from '../../activities/reasons/report';
