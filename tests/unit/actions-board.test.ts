import { describe, expect, it } from 'vitest';
import {
  addInitiative,
  addRouteNote,
  addTakeaway,
  deleteInitiative,
  deleteRouteNote,
  deleteTakeaway,
  editInitiative,
  editTakeaway,
  markReady,
  moveInitiative,
  registerParticipant,
  removeInitiative,
  setCheckHand,
  setDots,
  toggleDot,
  toggleRecognition,
  updateParticipant,
  type Registration,
} from '../../shared/session/actions';
import {
  BOARD_ROOT_NAMES,
  readBoard,
  readInitiative,
  readParticipant,
  readTakeaway,
} from '../../shared/session/schema';
import { boardRoot } from '../../shared/core/roots';
import { LIMITS } from '../../shared/core/protocol';
import { T0, must, newSession } from './fixtures';
import {
  agendaItemId as asAgendaItemId,
  initiativeId as asInitiativeId,
  lessonId as asLessonId,
  participantId as asParticipantId,
  reasonId as asReasonId,
} from '../../shared/core/ids';

function joined() {
  const docs = newSession('nl');
  must(
    registerParticipant(docs.board, asParticipantId('anna'), {
      name: 'Anna',
      perspective: 'resident',
      joinedAt: T0,
    }),
  );
  return docs;
}

describe('registerParticipant', () => {
  it('stores name, perspective and join time', () => {
    const { board } = joined();
    expect(readParticipant(board, 'anna')).toEqual({
      name: 'Anna',
      perspective: 'resident',
      joinedAt: T0,
    });
  });

  it('stores an unstated perspective as empty', () => {
    const { board } = newSession();
    must(
      registerParticipant(board, asParticipantId('bo'), {
        name: '  Bo ',
        perspective: null,
        joinedAt: T0,
      }),
    );
    expect(readParticipant(board, 'bo')).toEqual({ name: 'Bo', perspective: '', joinedAt: T0 });
  });

  it('creates the participant namespace in every board root up front', () => {
    const { board } = joined();
    for (const root of BOARD_ROOT_NAMES) expect(boardRoot(board, root).has('anna')).toBe(true);
  });

  it('refuses an empty or too long name, a bad perspective and a bad id', () => {
    const { board } = newSession();
    expect(
      registerParticipant(board, asParticipantId('x'), { name: '   ', joinedAt: T0 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: 'name' },
    });
    expect(
      registerParticipant(board, asParticipantId('x'), {
        name: 'a'.repeat(LIMITS.participantNameMaxLength + 1),
        joinedAt: T0,
      }).ok,
    ).toBe(false);
    // A perspective from outside the list, as a hand-made request would send.
    const mayor = JSON.parse(
      '{ "name": "X", "perspective": "mayor", "joinedAt": 0 }',
    ) as Registration;
    expect(registerParticipant(board, asParticipantId('x'), mayor).ok).toBe(false);
    expect(
      // @ts-expect-error a malformed id, as a forged request would send it
      registerParticipant(board, '__proto__', { name: 'X', joinedAt: T0 }).ok,
    ).toBe(false);
    expect(readBoard(board).participants).toEqual({});
  });

  it('refuses the facilitator’s namespace as a participant id', () => {
    const { board } = newSession();
    expect(
      registerParticipant(board, asParticipantId('facilitator'), { name: 'Me', joinedAt: T0 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'reserved-id' },
    });
  });

  it('registering again keeps the join time and updates the name', () => {
    const { board } = joined();
    must(
      registerParticipant(board, asParticipantId('anna'), {
        name: 'Anna B',
        perspective: 'other',
        joinedAt: T0 + 99,
      }),
    );
    expect(readParticipant(board, 'anna')).toEqual({
      name: 'Anna B',
      perspective: 'other',
      joinedAt: T0,
    });
  });

  it('updateParticipant changes name or perspective of a known participant only', () => {
    const { board } = joined();
    must(updateParticipant(board, asParticipantId('anna'), { perspective: 'professional' }));
    expect(readParticipant(board, 'anna')?.perspective).toBe('professional');
    expect(updateParticipant(board, asParticipantId('nobody'), { name: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('initiatives', () => {
  it('adds, moves, edits and deletes a note', () => {
    const { board } = joined();
    const id = must(
      addInitiative(board, asParticipantId('anna'), { text: 'Moestuin', x: 0.5, y: 0.5, at: T0 }),
    );
    expect(readInitiative(board, asParticipantId('anna'), id)).toEqual({
      text: 'Moestuin',
      colour: 'yellow',
      x: 0.5,
      y: 0.5,
      createdAt: T0,
      updatedAt: T0,
    });
    must(moveInitiative(board, asParticipantId('anna'), id, { x: -0.2, y: 0.9, at: T0 + 1 }));
    must(
      editInitiative(board, asParticipantId('anna'), id, {
        text: 'Buurtmoestuin',
        colour: 'green',
        at: T0 + 2,
      }),
    );
    expect(readInitiative(board, asParticipantId('anna'), id)).toEqual({
      text: 'Buurtmoestuin',
      colour: 'green',
      x: -0.2,
      y: 0.9,
      createdAt: T0,
      updatedAt: T0 + 2,
    });
    must(deleteInitiative(board, asParticipantId('anna'), id));
    expect(readInitiative(board, asParticipantId('anna'), id)).toBeUndefined();
  });

  it('refuses positions off the board and text that is empty or too long', () => {
    const { board } = joined();
    expect(
      addInitiative(board, asParticipantId('anna'), { text: 'x', x: 1.01, y: 0, at: T0 }),
    ).toMatchObject({
      ok: false,
      error: { field: 'x' },
    });
    expect(
      addInitiative(board, asParticipantId('anna'), { text: 'x', x: 0, y: Number.NaN, at: T0 }),
    ).toMatchObject({
      ok: false,
      error: { field: 'y' },
    });
    expect(addInitiative(board, asParticipantId('anna'), { text: '', x: 0, y: 0, at: T0 }).ok).toBe(
      false,
    );
    expect(
      addInitiative(board, asParticipantId('anna'), {
        text: 'a'.repeat(LIMITS.initiativeTextMaxLength + 1),
        x: 0,
        y: 0,
        at: T0,
      }).ok,
    ).toBe(false);
    expect(readBoard(board).initiatives.anna).toEqual({});
  });

  it('refuses moving or editing a note that does not exist', () => {
    const { board } = joined();
    expect(
      moveInitiative(board, asParticipantId('anna'), asInitiativeId('nope'), {
        x: 0,
        y: 0,
        at: T0,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      editInitiative(board, asParticipantId('anna'), asInitiativeId('nope'), { text: 'x', at: T0 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('refuses a duplicate id and more than the per-participant limit', () => {
    const { board } = joined();
    must(
      addInitiative(board, asParticipantId('anna'), {
        id: asInitiativeId('same'),
        text: 'x',
        x: 0,
        y: 0,
        at: T0,
      }),
    );
    expect(
      addInitiative(board, asParticipantId('anna'), {
        id: asInitiativeId('same'),
        text: 'y',
        x: 0,
        y: 0,
        at: T0,
      }),
    ).toMatchObject({ ok: false, error: { code: 'duplicate-id' } });
    for (let i = 1; i < LIMITS.maxInitiativesPerParticipant; i += 1)
      must(addInitiative(board, asParticipantId('anna'), { text: `n${i}`, x: 0, y: 0, at: T0 }));
    expect(
      addInitiative(board, asParticipantId('anna'), { text: 'one too many', x: 0, y: 0, at: T0 }),
    ).toMatchObject({ ok: false, error: { code: 'limit-reached' } });
  });

  it('lets the facilitator remove someone else’s note', () => {
    const { board } = joined();
    must(
      addInitiative(board, asParticipantId('anna'), {
        id: asInitiativeId('rude'),
        text: 'rude words',
        x: 0,
        y: 0,
        at: T0,
      }),
    );
    must(removeInitiative(board, asParticipantId('anna'), asInitiativeId('rude')));
    expect(readInitiative(board, asParticipantId('anna'), asInitiativeId('rude'))).toBeUndefined();
  });
});

describe('route notes, hands, recognitions, takeaways, readiness', () => {
  it('adds and deletes a route note for a step', () => {
    const { board } = joined();
    const id = must(
      addRouteNote(board, asParticipantId('anna'), {
        stepId: 'explore',
        text: 'Veel eenzaamheid',
        at: T0,
      }),
    );
    expect(readBoard(board).routeNotes.anna?.[id]).toEqual({
      stepId: 'explore',
      text: 'Veel eenzaamheid',
      createdAt: T0,
    });
    // @ts-expect-error: an unknown step, as a hand-made update would send
    expect(addRouteNote(board, 'anna', { stepId: 'step9', text: 'x', at: T0 }).ok).toBe(false);
    must(deleteRouteNote(board, asParticipantId('anna'), id));
    expect(readBoard(board).routeNotes.anna).toEqual({});
  });

  it('records a show of hands per CHECK round and takes it down with null', () => {
    const { board } = joined();
    must(setCheckHand(board, asParticipantId('anna'), 1, 'yes'));
    must(setCheckHand(board, asParticipantId('anna'), 2, 'no'));
    expect(readBoard(board).checkHands.anna).toEqual({ 1: 'yes', 2: 'no' });
    must(setCheckHand(board, asParticipantId('anna'), 1, null));
    expect(readBoard(board).checkHands.anna).toEqual({ 2: 'no' });
    expect(setCheckHand(board, asParticipantId('anna'), -1, 'yes').ok).toBe(false);
  });

  it('toggles recognition of a reason or barrier', () => {
    const { board } = joined();
    expect(
      must(
        toggleRecognition(board, asParticipantId('anna'), asReasonId('barrier-conditions-time')),
      ),
    ).toBe(true);
    expect(readBoard(board).recognitions.anna).toEqual({ 'barrier-conditions-time': true });
    expect(
      must(
        toggleRecognition(board, asParticipantId('anna'), asReasonId('barrier-conditions-time')),
      ),
    ).toBe(false);
    expect(readBoard(board).recognitions.anna).toEqual({});
  });

  it('adds, edits and deletes a takeaway', () => {
    const { board } = joined();
    const id = must(
      addTakeaway(board, asParticipantId('anna'), { text: 'Koffie om 7 uur', at: T0 }),
    );
    must(editTakeaway(board, asParticipantId('anna'), id, { text: 'Koffie om 8 uur', at: T0 + 5 }));
    expect(readTakeaway(board, asParticipantId('anna'), id)).toEqual({
      text: 'Koffie om 8 uur',
      createdAt: T0,
      updatedAt: T0 + 5,
    });
    expect(editTakeaway(board, asParticipantId('anna'), id, { text: ' ', at: T0 }).ok).toBe(false);
    must(deleteTakeaway(board, asParticipantId('anna'), id));
    expect(readTakeaway(board, asParticipantId('anna'), id)).toBeUndefined();
  });

  it('limits takeaways per participant', () => {
    const { board } = joined();
    for (let i = 0; i < LIMITS.maxTakeawaysPerParticipant; i += 1)
      must(addTakeaway(board, asParticipantId('anna'), { text: `t${i}`, at: T0 }));
    expect(addTakeaway(board, asParticipantId('anna'), { text: 'more', at: T0 })).toMatchObject({
      ok: false,
      error: { code: 'limit-reached' },
    });
  });

  it('marks an agenda item done and undone', () => {
    const { board } = joined();
    must(markReady(board, asParticipantId('anna'), asAgendaItemId('why'), true, T0 + 7));
    expect(readBoard(board).readiness.anna).toEqual({ why: T0 + 7 });
    must(markReady(board, asParticipantId('anna'), asAgendaItemId('why'), false, T0 + 8));
    expect(readBoard(board).readiness.anna).toEqual({});
  });
});

describe('dots', () => {
  it('sets dots within the budget and refuses going over it', () => {
    const { board } = joined();
    must(setDots(board, asParticipantId('anna'), asLessonId('lesson-1'), 2, 3));
    must(setDots(board, asParticipantId('anna'), asLessonId('lesson-2'), 1, 3));
    expect(setDots(board, asParticipantId('anna'), asLessonId('lesson-3'), 1, 3)).toMatchObject({
      ok: false,
      error: { code: 'over-budget' },
    });
    must(setDots(board, asParticipantId('anna'), asLessonId('lesson-1'), 1, 3));
    must(setDots(board, asParticipantId('anna'), asLessonId('lesson-3'), 1, 3));
    expect(readBoard(board).dots.anna).toEqual({ 'lesson-1': 1, 'lesson-2': 1, 'lesson-3': 1 });
  });

  it('toggleDot puts one dot on, or takes all off', () => {
    const { board } = joined();
    must(toggleDot(board, asParticipantId('anna'), asLessonId('lesson-4'), 3));
    expect(readBoard(board).dots.anna).toEqual({ 'lesson-4': 1 });
    must(setDots(board, asParticipantId('anna'), asLessonId('lesson-4'), 3, 3));
    must(toggleDot(board, asParticipantId('anna'), asLessonId('lesson-4'), 3));
    expect(readBoard(board).dots.anna).toEqual({});
    must(setDots(board, asParticipantId('anna'), asLessonId('lesson-1'), 3, 3));
    expect(toggleDot(board, asParticipantId('anna'), asLessonId('lesson-2'), 3)).toMatchObject({
      ok: false,
      error: { code: 'over-budget' },
    });
  });

  it('takes back dots on lessons the facilitator removed when given the current lessons', () => {
    const { board } = joined();
    must(setDots(board, asParticipantId('anna'), asLessonId('lesson-7'), 3, 3));
    const lessonIds = [asLessonId('lesson-1'), asLessonId('lesson-2')];
    expect(
      setDots(board, asParticipantId('anna'), asLessonId('lesson-7'), 1, 3, lessonIds),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    must(toggleDot(board, asParticipantId('anna'), asLessonId('lesson-1'), 3, lessonIds));
    expect(readBoard(board).dots.anna).toEqual({ 'lesson-1': 1 });
  });

  it('refuses negative or fractional counts', () => {
    const { board } = joined();
    expect(setDots(board, asParticipantId('anna'), asLessonId('lesson-1'), -1, 3).ok).toBe(false);
    expect(setDots(board, asParticipantId('anna'), asLessonId('lesson-1'), 1.5, 3).ok).toBe(false);
  });
});
