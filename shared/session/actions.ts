export { ACTION_ORIGIN, type ActionResult } from '../core/run';
export { initializeSession, type SessionInit } from './session';
export { registerParticipant, updateParticipant, type Registration } from './participants';
export { validateVote, type Vote } from '../activities/propositions/votes';
export { publishResults } from '../activities/propositions/results';
export {
  addInitiative,
  moveInitiative,
  editInitiative,
  deleteInitiative,
  removeInitiative,
  type NewInitiative,
} from '../activities/quadrant/initiatives';
export { addRouteNote, deleteRouteNote } from '../activities/routemap/routeNotes';
export { setCheckHand } from '../activities/routemap/checkHands';
export { setDots, toggleDot } from '../activities/lessons/actions';
export { toggleRecognition } from '../activities/reasons/actions';
export { addTakeaway, editTakeaway, deleteTakeaway } from '../activities/takeaways/actions';
export { markReady } from '../activities/readiness/actions';
export {
  setCurrentAgendaItem,
  nextAgendaItem,
  previousAgendaItem,
} from '../activities/agenda/actions';
export {
  startTimer,
  extendTimer,
  pauseTimer,
  resumeTimer,
  resetTimer,
  timerRemainingMs,
} from '../activities/agenda/timer';
export {
  openProposition,
  closeProposition,
  revealProposition,
  addProposition,
  editProposition,
  removeProposition,
  moveProposition,
} from '../activities/propositions/actions';
export {
  setRouteStep,
  advanceRoute,
  decideCheck,
  loopBack,
  openCheckPoll,
  closeCheckPoll,
} from '../activities/routemap/actions';
export { lockBoard } from '../activities/quadrant/board';
export { approveText, hideText, removeText, setPremoderation, visibleSnapshot } from './moderation';
export { updateSettings } from './settings';
export { editContent, setSessionTitle } from '../activities/content/actions';
