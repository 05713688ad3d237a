import { describe, expect, it } from 'vitest';
import { addTakeaway } from '../../shared/activities/takeaways/actions';
import { addRouteNote } from '../../shared/activities/routemap/routeNotes';
import { participantId, routeNoteId, takeawayId } from '../../shared/core/ids';
import { FACILITATOR_NAMESPACE } from '../../shared/core/layout';
import { readBoard } from '../../shared/session/schema/readBoard';
import { readControl, readSettings } from '../../shared/session/schema/readControl';
import { snapshotSession } from '../../shared/session/export/snapshot';
import { exportFile } from '../../shared/session/export/exportFile';
import { decodeBackup } from '../../shared/session/export/backup';
import {
  approveText,
  hideText,
  removeText,
  setPremoderation,
  visibilityOf,
  visibleSnapshot,
} from '../../shared/session/moderation';
import { filledSession, must, T0 } from './fixtures';

const walk = { root: 'initiatives', authorId: 'bram', entryId: 'walk' };

describe('moderation of every text participants write', () => {
  it('decides visibility from the mark, the author and the pre-moderation switch', () => {
    const ref = { root: 'takeaways', authorId: 'anna', entryId: 't1' };
    expect(visibilityOf({}, false, ref)).toBe('visible');
    expect(visibilityOf({}, true, ref)).toBe('pending');
    expect(visibilityOf({ 'takeaways/anna/t1': 'approved' }, true, ref)).toBe('visible');
    expect(visibilityOf({ 'takeaways/anna/t1': 'hidden' }, false, ref)).toBe('hidden');
    // A mark from before the author was in the key (hidden initiatives, by id) still hides.
    expect(visibilityOf({ t1: 'hidden' }, false, ref)).toBe('hidden');
    // The facilitator's own examples need no approval.
    const example = { root: 'initiatives', authorId: FACILITATOR_NAMESPACE, entryId: 'e1' };
    expect(visibilityOf({}, true, example)).toBe('visible');
  });

  it('cannot be slipped past by reusing an approved text’s id: the author is in the key', () => {
    const approved = { 'takeaways/anna/t1': 'approved' } as const;
    expect(
      visibilityOf(approved, true, { root: 'takeaways', authorId: 'mallory', entryId: 't1' }),
    ).toBe('pending');
    expect(
      visibilityOf(approved, true, { root: 'initiatives', authorId: 'anna', entryId: 't1' }),
    ).toBe('pending');
  });

  it('keeps what the room saw when pre-moderation is turned on, and holds what comes after', () => {
    const { control, board } = filledSession('nl');
    must(setPremoderation(control, board, true));
    expect(readSettings(control).premoderation).toBe(true);
    const before = visibleSnapshot(snapshotSession(control, board));
    expect(Object.keys(before.board.initiatives.bram ?? {})).toEqual(['walk', 'centre']);
    must(
      addTakeaway(board, participantId('anna'), {
        id: takeawayId('late'),
        text: 'Later idee',
        at: T0 + 99,
      }),
    );
    must(
      addRouteNote(board, participantId('cees'), {
        id: routeNoteId('n9'),
        stepId: 'plan',
        text: 'Nieuw',
        at: T0 + 99,
      }),
    );
    const held = visibleSnapshot(snapshotSession(control, board));
    expect(held.board.takeaways.anna?.late).toBeUndefined();
    expect(held.board.routeNotes.cees?.n9).toBeUndefined();
    must(approveText(control, { root: 'takeaways', authorId: 'anna', entryId: 'late' }));
    expect(visibleSnapshot(snapshotSession(control, board)).board.takeaways.anna?.late?.text).toBe(
      'Later idee',
    );
  });

  it('never lets hidden or waiting text into the report or a CSV file; the backup keeps it, marked', () => {
    const { control, board } = filledSession('nl');
    must(hideText(control, walk));
    must(setPremoderation(control, board, true));
    must(
      addTakeaway(board, participantId('anna'), {
        id: takeawayId('late'),
        text: 'Wachtend idee',
        at: T0 + 99,
      }),
    );
    const snapshot = snapshotSession(control, board);
    for (const file of ['report.md', 'initiatives.csv', 'takeaways.csv', 'votes.csv'] as const) {
      const body = exportFile(file, snapshot).body;
      expect(body).not.toContain('Wandelgroep');
      expect(body).not.toContain('Wachtend idee');
    }
    const backup = decodeBackup(exportFile('session.json', snapshot).body);
    expect(backup.ok && backup.value.board.initiatives.bram?.walk?.text).toContain('Wandelgroep');
    expect(backup.ok && backup.value.control.moderation['initiatives/bram/walk']).toBe('hidden');
  });

  it('removes a text for good: gone from the BOARD, its mark forgotten', () => {
    const { control, board } = filledSession('nl');
    must(hideText(control, walk));
    must(removeText(control, board, walk));
    expect(readBoard(board).initiatives.bram?.walk).toBeUndefined();
    expect(readControl(control).moderation).toEqual({});
    expect(removeText(control, board, { ...walk, root: 'dots' }).ok).toBe(false);
  });
});
