/** A session filled through the actions, the way a real workshop fills it. */
import * as Y from 'yjs';
import { builtInTemplate } from '../../shared/template';
import type { Language } from '../../shared/core/protocol';
import {
  addInitiative,
  addRouteNote,
  addTakeaway,
  advanceRoute,
  decideCheck,
  initializeSession,
  openCheckPoll,
  openProposition,
  registerParticipant,
  revealProposition,
  setCheckHand,
  setDots,
  toggleRecognition,
} from '../../shared/session/actions';
import { castVote } from '../helpers/ballots';

export const T0 = Date.UTC(2023, 10, 16, 9, 0, 0);

export type Docs = { control: Y.Doc; board: Y.Doc };

export function newSession(lang: Language = 'nl', includeExamples = false): Docs {
  const control = new Y.Doc();
  const board = new Y.Doc();
  initializeSession(control, board, {
    title: 'Dag van de wijkteams',
    lang,
    template: builtInTemplate(lang),
    createdAt: T0,
    includeExamples,
  });
  return { control, board };
}

/** Throws on a refused action: fixtures must not fail silently. */
export function must<T>(
  result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function filledSession(lang: Language = 'nl'): Docs {
  const docs = newSession(lang, true);
  const { control, board } = docs;
  must(
    registerParticipant(board, 'anna', { name: 'Anna', perspective: 'resident', joinedAt: T0 + 1 }),
  );
  must(
    registerParticipant(board, 'bram', {
      name: 'Bram',
      perspective: 'professional',
      joinedAt: T0 + 2,
    }),
  );
  must(
    registerParticipant(board, 'cees', {
      name: 'Cees',
      perspective: 'municipality',
      joinedAt: T0 + 3,
    }),
  );
  must(registerParticipant(board, 'dewi', { name: 'Dewi', joinedAt: T0 + 4 }));
  must(
    addInitiative(board, 'anna', {
      id: 'garden',
      text: 'Buurtmoestuin',
      x: 0.8,
      y: 0.7,
      at: T0 + 10,
    }),
  );
  must(
    addInitiative(board, 'bram', {
      id: 'walk',
      text: 'Wandelgroep *eenzaamheid*',
      x: 0.5,
      y: -0.6,
      at: T0 + 11,
    }),
  );
  must(
    addInitiative(board, 'bram', { id: 'centre', text: 'Buurthuis', x: 0.05, y: 0.5, at: T0 + 12 }),
  );
  must(openProposition(control, 'proposition-1'));
  must(
    castVote(
      control,
      { participantId: 'anna', propositionId: 'proposition-1', choiceId: 'agree' },
      board,
    ),
  );
  must(
    castVote(
      control,
      { participantId: 'bram', propositionId: 'proposition-1', choiceId: 'disagree' },
      board,
    ),
  );
  must(
    castVote(
      control,
      { participantId: 'cees', propositionId: 'proposition-1', choiceId: 'agree' },
      board,
    ),
  );
  must(revealProposition(control, 'proposition-1'));
  must(advanceRoute(control, 'continue', T0 + 100));
  const round = must(openCheckPoll(control));
  must(setCheckHand(board, 'anna', round, 'no'));
  must(setCheckHand(board, 'bram', round, 'no'));
  must(setCheckHand(board, 'cees', round, 'yes'));
  must(decideCheck(control, 'noFit', T0 + 200));
  must(
    addRouteNote(board, 'bram', {
      id: 'note1',
      stepId: 'plan',
      text: 'Werkgroep met bewoners',
      at: T0 + 210,
    }),
  );
  must(setDots(board, 'anna', 'lesson-5', 2, 3));
  must(setDots(board, 'bram', 'lesson-5', 1, 3));
  must(setDots(board, 'bram', 'lesson-7', 2, 3));
  must(toggleRecognition(board, 'bram', 'barrier-conditions-time'));
  must(toggleRecognition(board, 'cees', 'barrier-conditions-time'));
  must(toggleRecognition(board, 'anna', 'reason-resident-network'));
  must(addTakeaway(board, 'cees', { id: 'take1', text: 'Heldere opdracht geven', at: T0 + 300 }));
  return docs;
}
