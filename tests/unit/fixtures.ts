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
import {
  initiativeId as asInitiativeId,
  lessonId as asLessonId,
  participantId as asParticipantId,
  propositionId as asPropositionId,
  reasonId as asReasonId,
  routeNoteId as asRouteNoteId,
  takeawayId as asTakeawayId,
} from '../../shared/core/ids';

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
    registerParticipant(board, asParticipantId('anna'), {
      name: 'Anna',
      perspective: 'resident',
      joinedAt: T0 + 1,
    }),
  );
  must(
    registerParticipant(board, asParticipantId('bram'), {
      name: 'Bram',
      perspective: 'professional',
      joinedAt: T0 + 2,
    }),
  );
  must(
    registerParticipant(board, asParticipantId('cees'), {
      name: 'Cees',
      perspective: 'municipality',
      joinedAt: T0 + 3,
    }),
  );
  must(registerParticipant(board, asParticipantId('dewi'), { name: 'Dewi', joinedAt: T0 + 4 }));
  must(
    addInitiative(board, asParticipantId('anna'), {
      id: asInitiativeId('garden'),
      text: 'Buurtmoestuin',
      x: 0.8,
      y: 0.7,
      at: T0 + 10,
    }),
  );
  must(
    addInitiative(board, asParticipantId('bram'), {
      id: asInitiativeId('walk'),
      text: 'Wandelgroep *eenzaamheid*',
      x: 0.5,
      y: -0.6,
      at: T0 + 11,
    }),
  );
  must(
    addInitiative(board, asParticipantId('bram'), {
      id: asInitiativeId('centre'),
      text: 'Buurthuis',
      x: 0.05,
      y: 0.5,
      at: T0 + 12,
    }),
  );
  must(openProposition(control, asPropositionId('proposition-1')));
  must(
    castVote(
      control,
      {
        participantId: asParticipantId('anna'),
        propositionId: asPropositionId('proposition-1'),
        choiceId: 'agree',
      },
      board,
    ),
  );
  must(
    castVote(
      control,
      {
        participantId: asParticipantId('bram'),
        propositionId: asPropositionId('proposition-1'),
        choiceId: 'disagree',
      },
      board,
    ),
  );
  must(
    castVote(
      control,
      {
        participantId: asParticipantId('cees'),
        propositionId: asPropositionId('proposition-1'),
        choiceId: 'agree',
      },
      board,
    ),
  );
  must(revealProposition(control, asPropositionId('proposition-1')));
  must(advanceRoute(control, 'continue', T0 + 100));
  const round = must(openCheckPoll(control));
  must(setCheckHand(board, asParticipantId('anna'), round, 'no'));
  must(setCheckHand(board, asParticipantId('bram'), round, 'no'));
  must(setCheckHand(board, asParticipantId('cees'), round, 'yes'));
  must(decideCheck(control, 'noFit', T0 + 200));
  must(
    addRouteNote(board, asParticipantId('bram'), {
      id: asRouteNoteId('note1'),
      stepId: 'plan',
      text: 'Werkgroep met bewoners',
      at: T0 + 210,
    }),
  );
  must(setDots(board, asParticipantId('anna'), asLessonId('lesson-5'), 2, 3));
  must(setDots(board, asParticipantId('bram'), asLessonId('lesson-5'), 1, 3));
  must(setDots(board, asParticipantId('bram'), asLessonId('lesson-7'), 2, 3));
  must(toggleRecognition(board, asParticipantId('bram'), asReasonId('barrier-conditions-time')));
  must(toggleRecognition(board, asParticipantId('cees'), asReasonId('barrier-conditions-time')));
  must(toggleRecognition(board, asParticipantId('anna'), asReasonId('reason-resident-network')));
  must(
    addTakeaway(board, asParticipantId('cees'), {
      id: asTakeawayId('take1'),
      text: 'Heldere opdracht geven',
      at: T0 + 300,
    }),
  );
  return docs;
}
