import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addInitiative, registerParticipant } from '../../shared/session/actions';
import {
  isInitialized,
  readBoard,
  readContent,
  readContentOrNull,
  readControl,
  readDots,
  readInitiative,
  readLive,
  readMeta,
  readParticipant,
  readProposition,
  readSettings,
} from '../../shared/session/schema';
import { boardRoot, controlRoot, namespaceOf } from '../../shared/core/roots';
import { builtInTemplate, emptyContent } from '../../shared/template';
import { T0, must, newSession } from './fixtures';
import {
  initiativeId as asInitiativeId,
  participantId as asParticipantId,
  propositionId as asPropositionId,
} from '../../shared/core/ids';

describe('readBoard on a board a misbehaving client wrote junk into', () => {
  it('skips entries that do not decode and keeps the rest', () => {
    const { board } = newSession();
    must(registerParticipant(board, asParticipantId('anna'), { name: 'Anna', joinedAt: T0 }));
    must(
      addInitiative(board, asParticipantId('anna'), {
        id: asInitiativeId('good'),
        text: 'Goed',
        x: 0,
        y: 0.5,
        at: T0,
      }),
    );
    board.transact(() => {
      const initiatives = namespaceOf(board, 'initiatives', 'anna');
      if (initiatives === undefined) throw new Error('fixture');
      const bad = new Y.Map<unknown>();
      bad.set('text', 'Off the board');
      bad.set('x', 9);
      initiatives.set('bad', bad);
      initiatives.set('flat', 'not a map');
      boardRoot(board, 'dots').set('mallory', 'not a namespace');
      const dots = namespaceOf(board, 'dots', 'anna');
      dots?.set('lesson-1', -3);
      dots?.set('lesson-2', 2);
      boardRoot(board, 'participants').set('ghost', 42);
    });
    const state = readBoard(board);
    expect(Object.keys(state.initiatives.anna ?? {})).toEqual(['good']);
    expect(state.dots).toEqual({ anna: { 'lesson-2': 2 } });
    expect(Object.keys(state.participants)).toEqual(['anna']);
    expect(readInitiative(board, asParticipantId('anna'), asInitiativeId('bad'))).toBeUndefined();
    expect(readParticipant(board, 'ghost')).toBeUndefined();
    expect(readDots(board, asParticipantId('anna'))).toEqual({ 'lesson-2': 2 });
  });

  it('reads an empty board as empty roots', () => {
    expect(readBoard(new Y.Doc())).toEqual({
      participants: {},
      initiatives: {},
      routeNotes: {},
      checkHands: {},
      dots: {},
      recognitions: {},
      takeaways: {},
      readiness: {},
    });
  });
});

describe('readControl before the first sync and on damaged values', () => {
  it('reads an empty control document as defaults with empty content, and says it is not loaded', () => {
    const control = new Y.Doc();
    expect(isInitialized(control)).toBe(false);
    const state = readControl(control);
    expect(state.meta).toEqual({ title: '', lang: 'nl', createdAt: 0, schemaVersion: 1 });
    expect(state.settings.dotBudget).toBe(3);
    expect(state.live.routeStepId).toBe('explore');
    expect(state.content).toEqual(emptyContent());
    expect(readContentOrNull(control)).toBeNull();
    expect(state.propositions).toEqual([]);
  });

  it('reads a loaded session’s content whole', () => {
    const { control } = newSession('en');
    const {
      formatVersion: _v,
      lang: _l,
      title: _t,
      propositions: _p,
      ...content
    } = builtInTemplate('en');
    expect(readContentOrNull(control)).toEqual(content);
  });

  it('keeps the good fields of a map when one field is damaged', () => {
    const { control } = newSession('en');
    control.transact(() => {
      controlRoot(control, 'settings').set('dotBudget', 'many');
      controlRoot(control, 'live').set('routeStepId', 'moon');
      controlRoot(control, 'meta').set('title', 42);
    });
    expect(readSettings(control)).toEqual({
      resultsVisibility: 'onReveal',
      facilitatorVotes: false,
      dotBudget: 3,
      minGroupSize: 3,
      participantCap: 250,
      doorsClosed: false,
      premoderation: false,
    });
    expect(readLive(control).routeStepId).toBe('explore');
    expect(readLive(control).agendaItemId).toBe('welcome');
    expect(readMeta(control).lang).toBe('en');
  });

  it('reads a damaged content part as empty, keeping the other parts', () => {
    const { control } = newSession('en');
    control.transact(() => controlRoot(control, 'content').set('lessons', 'oops'));
    expect(readContent(control).lessons).toEqual([]);
    expect(readContent(control).agenda).toEqual(builtInTemplate('en').agenda);
    expect(readContentOrNull(control)).toBeNull();
  });

  it('skips a damaged proposition', () => {
    const { control } = newSession();
    const stored = controlRoot(control, 'propositions').get('proposition-2');
    if (!(stored instanceof Y.Map)) throw new Error('fixture');
    stored.set('state', 'sideways');
    expect(readProposition(control, asPropositionId('proposition-2'))).toBeUndefined();
    expect(readControl(control).propositions.map((p) => p.id)).toEqual([
      'proposition-1',
      'proposition-3',
    ]);
  });
});
