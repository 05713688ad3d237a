import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addInitiative,
  deleteInitiative,
  moveInitiative,
} from '../../shared/activities/quadrant/initiatives';
import { bindInitiativesStore } from '../../client/session/initiativesStore';
import { sessionDocs, syncInto } from './fixtures';
import {
  type InitiativeId,
  initiativeId as asInitiativeId,
  participantId as asParticipantId,
} from '../../shared/core/ids';

function placeNotes(board: Y.Doc, participantId: string, count: number): InitiativeId[] {
  const ids: InitiativeId[] = [];
  for (let index = 0; index < count; index += 1) {
    const result = addInitiative(board, asParticipantId(participantId), {
      text: `Note ${index}`,
      x: 0,
      y: 0,
      at: 1000 + index,
    });
    if (!result.ok) throw new Error(result.error.message);
    ids.push(result.value);
  }
  return ids;
}

describe('the initiatives store', () => {
  it('gives a moved note a new object and keeps every other note and the id list as they were', () => {
    const { board } = sessionDocs([
      { id: 'anna', name: 'Anna' },
      { id: 'bram', name: 'Bram' },
    ]);
    const annaIds = placeNotes(board, 'anna', 40);
    placeNotes(board, 'bram', 40);
    const { store, destroy } = bindInitiativesStore(board);
    const before = store.getState();
    const moved = annaIds[7] ?? '';

    moveInitiative(board, asParticipantId('anna'), asInitiativeId(moved), {
      x: 0.5,
      y: -0.25,
      at: 5000,
    });

    const after = store.getState();
    expect(after.byId[moved]).toMatchObject({ x: 0.5, y: -0.25, authorId: 'anna' });
    expect(after.ids).toBe(before.ids);
    const unchanged = before.ids.filter((id) => id !== moved);
    expect(unchanged.every((id) => after.byId[id] === before.byId[id])).toBe(true);
    destroy();
  });

  it('applies a remote move from another replica to that one note only', () => {
    // 10 people × 50 notes (the per-participant limit): a full board.
    const people = Array.from({ length: 10 }, (_, index) => ({
      id: `p${index}`,
      name: `P${index}`,
    }));
    const local = sessionDocs(people);
    const remote = new Y.Doc();
    syncInto(local.board, remote);
    const ids = people.flatMap((person) => placeNotes(remote, person.id, 50));
    syncInto(remote, local.board);
    const { store, destroy } = bindInitiativesStore(local.board);
    const before = store.getState();
    expect(before.ids).toHaveLength(500);

    const target = ids[250] ?? '';
    moveInitiative(remote, asParticipantId('p5'), asInitiativeId(target), {
      x: -0.9,
      y: 0.9,
      at: 9000,
    });
    syncInto(remote, local.board);

    const after = store.getState();
    expect(after.byId[target]).toMatchObject({ x: -0.9, y: 0.9 });
    expect(after.ids).toBe(before.ids);
    expect(Object.keys(after.byId).filter((id) => after.byId[id] !== before.byId[id])).toEqual([
      target,
    ]);
    destroy();
  });

  it('lists notes in creation order and drops deleted ones', () => {
    const { board } = sessionDocs([{ id: 'anna', name: 'Anna' }]);
    const { store, destroy } = bindInitiativesStore(board);
    const [first, second, third] = placeNotes(board, 'anna', 3);
    expect(store.getState().ids).toEqual([first, second, third]);

    deleteInitiative(board, asParticipantId('anna'), second ?? asInitiativeId('none'));

    expect(store.getState().ids).toEqual([first, third]);
    expect(store.getState().byId[second ?? '']).toBeUndefined();
    destroy();
  });

  it('skips a note whose fields do not decode instead of showing junk', () => {
    const { board } = sessionDocs([{ id: 'anna', name: 'Anna' }]);
    const { store, destroy } = bindInitiativesStore(board);
    const [id] = placeNotes(board, 'anna', 1);
    const namespace = board.getMap<Y.Map<Y.Map<unknown>>>('initiatives').get('anna');
    namespace?.get(id ?? '')?.set('x', 'far away');
    expect(store.getState().byId[id ?? '']).toBeUndefined();
    destroy();
  });
});
