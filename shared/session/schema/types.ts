/**
 * Plain JSON views of the two documents (see core/layout.ts for the Yjs side), assembled from the
 * activities' slices: the BOARD's in session/activities.ts (the registry), the CONTROL's in
 * control.ts. Readers produce these; exports and backups consume them. Nested records mirror the
 * documents' nesting exactly, so a snapshot restores losslessly.
 */
export type { ByParticipant } from '../../core/readers';
export type { Meta } from '../../core/meta';
export type { Participant } from './participants';
export {
  INITIATIVE_COLOURS,
  type Initiative,
  type InitiativeColour,
} from '../../activities/quadrant/schema';
export { CHECK_HANDS, type CheckHand, type RouteNote } from '../../activities/routemap/schema';
export type { Takeaway } from '../../activities/takeaways/schema';
export {
  PROPOSITION_STATES,
  RESULTS_VISIBILITIES,
  type Proposition,
} from '../../activities/propositions/schema';
export type { BoardState } from '../activities';
export {
  DEFAULT_SETTINGS,
  type ControlState,
  type DoorSettings,
  type LiveState,
  type Settings,
} from './control';
