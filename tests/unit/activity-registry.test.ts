import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { valuesSlice } from '../../shared/core/board-slice';
import { integerIn } from '../../shared/core/decode';
import {
  ActivityRegistry,
  BOARD_ROOT,
  BOARD_ROOT_NAMES,
  BOARD_SLICES,
  ENTRY_ROOTS,
  REPORT_SECTIONS,
} from '../../shared/session/activities';
import { boardSlot } from '../../shared/session/board-shape';
import { readBoard } from '../../shared/session/schema/readBoard';
import { readControl } from '../../shared/session/schema/readControl';
import { backupToJson, createBackup, decodeBackup } from '../../shared/session/export/backup';
import { snapshotSession } from '../../shared/session/export/snapshot';
import { filledSession, newSession } from './fixtures';

describe('the activity registry (shared/session/activities.ts)', () => {
  it('registers every BOARD root once, under its own name, in the order of the workshop', () => {
    expect(BOARD_ROOT_NAMES).toEqual([
      'participants',
      'initiatives',
      'routeNotes',
      'checkHands',
      'dots',
      'recognitions',
      'takeaways',
      'readiness',
    ]);
    for (const root of BOARD_ROOT_NAMES) {
      expect(BOARD_SLICES[root].root).toBe(root);
      expect(BOARD_ROOT[root]).toBe(root);
    }
    expect(ENTRY_ROOTS).toEqual(['initiatives', 'routeNotes', 'takeaways']);
    expect(REPORT_SECTIONS).toHaveLength(6);
  });

  it('gives the relay exactly the registered roots, each with its slice’s shape', () => {
    for (const root of BOARD_ROOT_NAMES) expect(boardSlot(root, ['p1']).kind).toBe('map');
    expect(boardSlot('votes', ['p1']).kind).toBe('none');
  });

  it('refuses a root registered twice or under another name', () => {
    const counts = valuesSlice('counts', integerIn(0, 9), 'writing');
    const registry = new ActivityRegistry({ counts }, []);
    expect(() => registry.with({ board: { counts } })).toThrow(/registered twice/);
    expect(() => registry.with({ board: { tallies: counts } })).toThrow(/another name/);
  });

  it('lets a new activity add a root that the snapshot then reads (one line, one folder)', () => {
    const stars = valuesSlice('stars', integerIn(0, 5), 'never');
    const registry = new ActivityRegistry({}, []).with({
      board: { stars },
      report: (snapshot) => [`## Stars: ${Object.keys(snapshot.board.stars).length}`],
    });
    const board = new Y.Doc();
    board.getMap<unknown>('stars').set('p1', new Y.Map<unknown>([['idea-1', 4]]));
    expect(registry.boardSlices.stars.read(board)).toEqual({ p1: { 'idea-1': 4 } });
    const control = readControl(newSession().control);
    const sections = registry.reportSections.map((section) =>
      section({ control, board: { stars: { p1: {} } } }),
    );
    expect(sections).toEqual([['## Stars: 1']]);
  });

  it('restores a backup root by root through the slices, losslessly', () => {
    const { control, board } = filledSession();
    const decoded = decodeBackup(backupToJson(createBackup(snapshotSession(control, board))));
    expect(decoded.ok && decoded.value.board).toEqual(readBoard(board));
  });
});
