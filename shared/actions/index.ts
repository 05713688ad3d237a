export { ACTION_ORIGIN, type ActionResult } from './run';
export { initializeSession, type SessionInit } from './session';
export { registerParticipant, updateParticipant, type Registration } from './participants';
export { validateVote, type Vote } from './votes';
export { publishResults } from './results';
export {
  addInitiative,
  moveInitiative,
  editInitiative,
  deleteInitiative,
  removeInitiative,
  type NewInitiative,
} from './initiatives';
export { addRouteNote, deleteRouteNote } from './routeNotes';
export { setCheckHand } from './checkHands';
export { setDots, toggleDot } from './dots';
export { toggleRecognition } from './recognitions';
export { addTakeaway, editTakeaway, deleteTakeaway } from './takeaways';
export { markReady } from './readiness';
export { setCurrentAgendaItem, nextAgendaItem, previousAgendaItem } from './agenda';
export { startTimer, pauseTimer, resumeTimer, resetTimer, timerRemainingMs } from './timer';
export {
  openProposition,
  closeProposition,
  revealProposition,
  addProposition,
  editProposition,
  removeProposition,
  moveProposition,
} from './propositions';
export {
  setRouteStep,
  advanceRoute,
  decideCheck,
  loopBack,
  openCheckPoll,
  closeCheckPoll,
} from './routeMap';
export { lockBoard } from './board';
export { hideInitiative, unhideInitiative } from './moderation';
export { updateSettings } from './settings';
export { editContent, setSessionTitle } from './content';
