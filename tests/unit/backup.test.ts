import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  createBackup,
  decodeBackup,
  exportFile,
  restoreBackup,
  snapshotSession,
} from '../../shared/session/export';
import { registerParticipant } from '../../shared/session/actions';
import { filledSession, must, newSession, T0 } from './fixtures';
import { operation } from './arbitraries';
import { participantId as asParticipantId } from '../../shared/core/ids';

function roundTrip(snapshotJson: string) {
  const control = new Y.Doc();
  const board = new Y.Doc();
  const restored = restoreBackup(JSON.parse(snapshotJson), control, board);
  return { restored, control, board };
}

describe('JSON backup', () => {
  it('is versioned and names its format', () => {
    const { control, board } = newSession();
    const backup = createBackup(snapshotSession(control, board));
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.version).toBe(BACKUP_VERSION);
  });

  it('restores a filled session losslessly into fresh documents', () => {
    const { control, board } = filledSession('nl');
    const before = snapshotSession(control, board);
    const {
      restored,
      control: control2,
      board: board2,
    } = roundTrip(exportFile('session.json', before).body);
    expect(restored).toEqual({ ok: true, value: { sealedBallots: undefined } });
    expect(snapshotSession(control2, board2)).toEqual(before);
  });

  it('keeps a restored session working: actions and readers behave as before', () => {
    const { control, board } = filledSession('en');
    const { control: control2, board: board2 } = roundTrip(
      JSON.stringify(createBackup(snapshotSession(control, board))),
    );
    must(registerParticipant(board2, asParticipantId('eve'), { name: 'Eve', joinedAt: T0 }));
    expect(Object.keys(snapshotSession(control2, board2).board.participants)).toContain('eve');
  });

  it('accepts the file text as well as parsed JSON', () => {
    const { control, board } = filledSession();
    const text = exportFile('session.json', snapshotSession(control, board)).body;
    expect(restoreBackup(text, new Y.Doc(), new Y.Doc()).ok).toBe(true);
    expect(restoreBackup(`\uFEFF${text}`, new Y.Doc(), new Y.Doc()).ok).toBe(true);
  });

  it('refuses to restore over an existing session', () => {
    const { control, board } = filledSession();
    const backup = createBackup(snapshotSession(control, board));
    const result = restoreBackup(backup, control, new Y.Doc());
    expect(result).toEqual({
      ok: false,
      error: [
        {
          code: 'session-not-empty',
          path: '',
          message: 'a backup restores only into a new, empty session',
        },
      ],
    });
  });

  it('refuses other files, other versions and damaged fields with their paths', () => {
    expect(decodeBackup({ hello: 1 })).toMatchObject({ ok: false, error: [{ path: 'format' }] });
    expect(decodeBackup({ format: BACKUP_FORMAT, version: 99 })).toMatchObject({
      ok: false,
      error: [{ path: 'version' }],
    });
    expect(decodeBackup('{oops')).toMatchObject({ ok: false, error: [{ path: '' }] });
    const { control, board } = filledSession();
    const backup = JSON.parse(JSON.stringify(createBackup(snapshotSession(control, board)))) as {
      board: { initiatives: { anna: { garden: { x: number } } } };
      control: { live: { routeStepId: string } };
    };
    backup.board.initiatives.anna.garden.x = 7;
    backup.control.live.routeStepId = 'moon';
    const result = decodeBackup(backup);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.map((error) => error.path).sort()).toEqual([
        'board.initiatives.anna.garden.x',
        'control.live.routeStepId',
      ]);
    }
    const fresh = new Y.Doc();
    expect(restoreBackup(backup, fresh, new Y.Doc()).ok).toBe(false);
    expect(fresh.getMap('meta').size).toBe(0);
  });

  it('property: any workshop played through the actions survives backup and restore unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 40 }),
        fc.constantFrom('nl' as const, 'en' as const),
        (operations, lang) => {
          const docs = newSession(lang, true);
          for (const { apply } of operations) apply(docs);
          const before = snapshotSession(docs.control, docs.board);
          const { restored, control, board } = roundTrip(JSON.stringify(createBackup(before)));
          expect(restored.ok).toBe(true);
          expect(snapshotSession(control, board)).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});
