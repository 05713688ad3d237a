import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addInitiative, moveInitiative } from '../../shared/activities/quadrant/initiatives';
import { createUndoController } from '../../client/session/undo';
import { readInitiative } from '../../shared/activities/quadrant/schema';
import { sessionDocs, syncInto } from './fixtures';
import { participantId as asParticipantId } from '../../shared/core/ids';

describe('undo and redo', () => {
  it('undoes my own move and leaves another participant’s change alone', async () => {
    const { board } = sessionDocs([
      { id: 'anna', name: 'Anna' },
      { id: 'bram', name: 'Bram' },
    ]);
    const other = new Y.Doc();
    syncInto(board, other);
    const undo = createUndoController(board, 'anna');
    const mine = addInitiative(board, asParticipantId('anna'), {
      text: 'Mijn idee',
      x: 0,
      y: 0,
      at: 1,
    });
    if (!mine.ok) throw new Error(mine.error.message);
    // Separate undo steps: the capture timeout would otherwise merge add and move.
    await new Promise((resolve) => setTimeout(resolve, 450));
    moveInitiative(board, asParticipantId('anna'), mine.value, { x: 0.8, y: 0.8, at: 2 });
    const theirs = addInitiative(other, asParticipantId('bram'), {
      text: 'Van Bram',
      x: 0.3,
      y: 0.3,
      at: 3,
    });
    if (!theirs.ok) throw new Error(theirs.error.message);
    syncInto(other, board);
    expect(undo.state.getState().canUndo).toBe(true);

    undo.undo();
    expect(readInitiative(board, asParticipantId('anna'), mine.value)).toMatchObject({
      x: 0,
      y: 0,
    });
    expect(readInitiative(board, asParticipantId('bram'), theirs.value)?.text).toBe('Van Bram');

    undo.redo();
    expect(readInitiative(board, asParticipantId('anna'), mine.value)).toMatchObject({
      x: 0.8,
      y: 0.8,
    });
    undo.destroy();
  });
});
