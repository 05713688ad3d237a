import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { castVote } from '../helpers/ballots';
import { lockBoard } from '../../shared/activities/quadrant/board';
import { openProposition } from '../../shared/activities/propositions/actions';
import { bindControlStore } from '../../client/session/controlStore';
import { sessionDocs, syncInto } from './fixtures';
import { participantId as asParticipantId } from '../../shared/core/ids';

describe('the control store', () => {
  it('shows no content until the session document has arrived', () => {
    const empty = new Y.Doc();
    const { store, destroy } = bindControlStore(empty);
    expect(store.getState().content).toBeNull();
    expect(store.getState().meta).toBeNull();

    syncInto(sessionDocs().control, empty);

    expect(store.getState().meta?.title).toBe('Testsessie');
    expect(store.getState().content?.agenda.length).toBeGreaterThan(5);
    destroy();
  });

  it('replaces only the slice whose root changed', () => {
    const { control } = sessionDocs();
    const { store, destroy } = bindControlStore(control);
    const proposition = store.getState().propositions[0];
    if (proposition === undefined) throw new Error('no proposition');
    openProposition(control, proposition.id);
    const before = store.getState();

    castVote(control, {
      participantId: asParticipantId('anna'),
      propositionId: proposition.id,
      choiceId: 'agree',
    });

    const after = store.getState();
    expect(after.results[proposition.id]).toEqual({ voters: 1, visible: false });
    expect(after.live).toBe(before.live);
    expect(after.content).toBe(before.content);
    expect(after.propositions).toBe(before.propositions);

    lockBoard(control, true);
    expect(store.getState().live.boardLocked).toBe(true);
    expect(store.getState().results).toBe(after.results);
    destroy();
  });
});
