/**
 * fast-check generators: hostile text, and random workshops played through the actions (for
 * backup round trips and convergence).
 */
import fc from 'fast-check';
import type * as Y from 'yjs';
import * as actions from '../../shared/session/actions';
import { castVote } from '../helpers/ballots';
import { INITIATIVE_COLOURS } from '../../shared/activities/quadrant/schema';
import { ROUTE_DECISIONS } from '../../shared/activities/routemap/domain';
import { ROUTE_STEP_IDS } from '../../shared/template';
import {
  agendaItemId as asAgendaItemId,
  initiativeId as asInitiativeId,
  lessonId as asLessonId,
  participantId as asParticipantId,
  propositionId as asPropositionId,
  reasonId as asReasonId,
  routeNoteId as asRouteNoteId,
  takeawayId as asTakeawayId,
} from '../../shared/core/ids';

/** Characters that mean something to CSV, spreadsheets, Markdown or HTML, plus ordinary ones. */
const HOSTILE_UNITS = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '"',
  "'",
  ';',
  ',',
  '#',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '|',
  '`',
  '\\',
  '!',
  '&',
  '~',
  '{',
  '}',
  '.',
  ':',
  'a',
  'Z',
  ' ',
  '1',
  '9',
  'é',
  'ï',
  '€',
  '\u0000',
  '\u2028',
  '＝',
  'http://x.nl',
  '<script>',
  '![x](y)',
];

/** Units can be several characters long ('<script>'), so the result is cut to maxLength. */
export const hostileText = (maxLength = 40): fc.Arbitrary<string> =>
  fc
    .string({ unit: fc.constantFrom(...HOSTILE_UNITS), minLength: 1, maxLength })
    .map((text) => text.slice(0, maxLength));

/** Hostile text that the actions accept (not blank after trimming). */
export const acceptedText = (maxLength = 40): fc.Arbitrary<string> =>
  hostileText(maxLength).filter((text) => text.trim().length > 0);

const participant = fc.constantFrom('anna', 'bram', 'cees');
const entryId = fc.constantFrom('e1', 'e2', 'e3');
const coordinate = fc.double({ min: -1, max: 1, noNaN: true, noDefaultInfinity: true });
const when = fc.integer({ min: 0, max: 2_000_000_000_000 });

export type Docs = { control: Y.Doc; board: Y.Doc };
export type Operation = { describe: string; apply: (docs: Docs) => void };

const op = (describe: string, apply: (docs: Docs) => unknown): Operation => ({
  describe,
  apply: (docs) => void apply(docs),
});

/** Participant actions (board). Refused actions are fine: they must just change nothing. */
export const boardOperation: fc.Arbitrary<Operation> = fc.oneof(
  fc
    .record({
      pid: participant,
      name: acceptedText(20),
      perspective: fc.constantFrom(
        'resident',
        'professional',
        'municipality',
        'other',
        '',
      ) as fc.Arbitrary<'resident' | ''>,
      at: when,
    })
    .map((v) =>
      op(`register ${v.pid}`, ({ board }) =>
        actions.registerParticipant(board, asParticipantId(v.pid), {
          name: v.name,
          perspective: v.perspective,
          joinedAt: v.at,
        }),
      ),
    ),
  fc
    .record({
      pid: participant,
      id: entryId,
      text: acceptedText(),
      x: coordinate,
      y: coordinate,
      colour: fc.constantFrom(...INITIATIVE_COLOURS),
      at: when,
    })
    .map((v) =>
      op(`add initiative ${v.pid}/${v.id}`, ({ board }) =>
        actions.addInitiative(board, asParticipantId(v.pid), { ...v, id: asInitiativeId(v.id) }),
      ),
    ),
  fc
    .record({ pid: participant, id: entryId, x: coordinate, y: coordinate, at: when })
    .map((v) =>
      op(`move ${v.pid}/${v.id}`, ({ board }) =>
        actions.moveInitiative(board, asParticipantId(v.pid), asInitiativeId(v.id), v),
      ),
    ),
  fc
    .record({ pid: participant, id: entryId, text: acceptedText(), at: when })
    .map((v) =>
      op(`edit ${v.pid}/${v.id}`, ({ board }) =>
        actions.editInitiative(board, asParticipantId(v.pid), asInitiativeId(v.id), v),
      ),
    ),
  fc
    .record({ pid: participant, id: entryId })
    .map((v) =>
      op(`delete ${v.pid}/${v.id}`, ({ board }) =>
        actions.deleteInitiative(board, asParticipantId(v.pid), asInitiativeId(v.id)),
      ),
    ),
  fc
    .record({
      pid: participant,
      id: entryId,
      stepId: fc.constantFrom(...ROUTE_STEP_IDS),
      text: acceptedText(),
      at: when,
    })
    .map((v) =>
      op(`note ${v.pid}`, ({ board }) =>
        actions.addRouteNote(board, asParticipantId(v.pid), { ...v, id: asRouteNoteId(v.id) }),
      ),
    ),
  fc
    .record({
      pid: participant,
      round: fc.integer({ min: 0, max: 3 }),
      hand: fc.constantFrom('yes', 'no', null) as fc.Arbitrary<'yes' | 'no' | null>,
    })
    .map((v) =>
      op(`hand ${v.pid}`, ({ board }) =>
        actions.setCheckHand(board, asParticipantId(v.pid), v.round, v.hand),
      ),
    ),
  fc
    .record({
      pid: participant,
      lesson: fc.constantFrom('lesson-1', 'lesson-5', 'lesson-7'),
      count: fc.integer({ min: 0, max: 3 }),
    })
    .map((v) =>
      op(`dots ${v.pid}`, ({ board }) =>
        actions.setDots(board, asParticipantId(v.pid), asLessonId(v.lesson), v.count, 3),
      ),
    ),
  fc
    .record({
      pid: participant,
      item: fc.constantFrom('barrier-conditions-time', 'reason-resident-network'),
    })
    .map((v) =>
      op(`recognise ${v.pid}`, ({ board }) =>
        actions.toggleRecognition(board, asParticipantId(v.pid), asReasonId(v.item)),
      ),
    ),
  fc
    .record({ pid: participant, id: entryId, text: acceptedText(), at: when })
    .map((v) =>
      op(`takeaway ${v.pid}`, ({ board }) =>
        actions.addTakeaway(board, asParticipantId(v.pid), { ...v, id: asTakeawayId(v.id) }),
      ),
    ),
  fc
    .record({
      pid: participant,
      item: fc.constantFrom('why', 'quadrant'),
      ready: fc.boolean(),
      at: when,
    })
    .map((v) =>
      op(`ready ${v.pid}`, ({ board }) =>
        actions.markReady(board, asParticipantId(v.pid), asAgendaItemId(v.item), v.ready, v.at),
      ),
    ),
);

const proposition = fc.constantFrom('proposition-1', 'proposition-2', 'extra');

/** Facilitator and server actions (control). */
export const controlOperation: fc.Arbitrary<Operation> = fc.oneof(
  proposition.map((id) =>
    op(`open ${id}`, ({ control }) => actions.openProposition(control, asPropositionId(id))),
  ),
  proposition.map((id) =>
    op(`reveal ${id}`, ({ control }) => actions.revealProposition(control, asPropositionId(id))),
  ),
  fc
    .record({
      pid: participant,
      id: proposition,
      choice: fc.constantFrom('agree', 'neutral', 'disagree', null),
    })
    .map((v) =>
      op(`vote ${v.pid}`, ({ control }) =>
        castVote(control, {
          participantId: asParticipantId(v.pid),
          propositionId: asPropositionId(v.id),
          choiceId: v.choice,
        }),
      ),
    ),
  acceptedText(60).map((text) =>
    op('add proposition', ({ control }) => actions.addProposition(control, { id: 'extra', text })),
  ),
  fc
    .record({ decision: fc.constantFrom(...ROUTE_DECISIONS), at: when })
    .map((v) =>
      op(`route ${v.decision}`, ({ control }) => actions.advanceRoute(control, v.decision, v.at)),
    ),
  fc.constant(op('check poll', ({ control }) => actions.openCheckPoll(control))),
  fc.boolean().map((locked) => op('lock', ({ control }) => actions.lockBoard(control, locked))),
  entryId.map((id) =>
    op(`hide ${id}`, ({ control }) =>
      actions.hideText(control, { root: 'initiatives', authorId: 'anna', entryId: id }),
    ),
  ),
  fc
    .integer({ min: 0, max: 5 })
    .map((dotBudget) =>
      op('settings', ({ control }) => actions.updateSettings(control, { dotBudget })),
    ),
  fc.record({ ms: fc.integer({ min: 1000, max: 600_000 }), now: when }).map((v) =>
    op('timer', ({ control }) =>
      actions.startTimer(control, {
        agendaItemId: asAgendaItemId('why'),
        durationMs: v.ms,
        now: v.now,
      }),
    ),
  ),
  fc
    .constantFrom('why', 'lessons')
    .map((id) =>
      op(`agenda ${id}`, ({ control }) =>
        actions.setCurrentAgendaItem(control, asAgendaItemId(id)),
      ),
    ),
  acceptedText(60).map((text) =>
    op('question', ({ control }) => actions.editContent(control, 'takeawayQuestion', text)),
  ),
  acceptedText(60).map((text) =>
    op('title', ({ control }) => actions.setSessionTitle(control, text)),
  ),
);

export const operation: fc.Arbitrary<Operation> = fc.oneof(boardOperation, controlOperation);
