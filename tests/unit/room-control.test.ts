/** Pure parts of the facilitator's room control: removal on the board, settings, the join budget. */
import { describe, expect, it } from 'vitest';
import {
  removeParticipantRecord,
  removeParticipantTexts,
} from '../../shared/session/participantRemoval';
import { updateSettings } from '../../shared/session/settings';
import { createBackup, decodeBackup } from '../../shared/session/export/backup';
import { LIMITS } from '../../shared/core/protocol';
import { readBoard, readControl } from '../../shared/session/schema';
import { readSettings } from '../../shared/session/schema/readControl';
import { SessionJoinBudget } from '../../server/sessions/join-budget';
import { filledSession } from './fixtures';
import { participantId as asParticipantId } from '../../shared/core/ids';

describe('removing a participant from the board', () => {
  it('takes their texts away at once and keeps everyone else', () => {
    const { board } = filledSession();
    const before = readBoard(board);
    const theirs = ['initiatives', 'routeNotes', 'takeaways'] as const;
    const count = theirs.reduce(
      (sum, root) => sum + Object.keys(before[root]['anna'] ?? {}).length,
      0,
    );
    expect(count).toBeGreaterThan(0);
    const removed = removeParticipantTexts(board, asParticipantId('anna'));
    expect(removed).toEqual({ ok: true, value: count });
    const after = readBoard(board);
    for (const root of theirs) {
      expect(after[root]['anna']).toEqual({});
      expect(after[root]['bram']).toEqual(before[root]['bram']);
    }
    expect(after.participants['anna']).toEqual(before.participants['anna']);
  });

  it('takes their name, dots, hands, marks and "done" off the board but leaves their texts', () => {
    const { board } = filledSession();
    const before = readBoard(board);
    expect(removeParticipantRecord(board, asParticipantId('anna')).ok).toBe(true);
    const after = readBoard(board);
    expect(after.participants['anna']).toBeUndefined();
    for (const root of ['dots', 'checkHands', 'recognitions', 'readiness'] as const)
      expect(after[root]['anna'] ?? {}).toEqual({});
    expect(after.initiatives['anna']).toEqual(before.initiatives['anna']);
    expect(after.participants['bram']).toEqual(before.participants['bram']);
  });

  it('never removes the facilitator namespace and refuses a malformed id', () => {
    const { board } = filledSession();
    const before = readBoard(board);
    expect(removeParticipantRecord(board, asParticipantId('facilitator')).ok).toBe(true);
    expect(readBoard(board)).toEqual(before);
    // @ts-expect-error a malformed id, as a forged request would send it
    expect(removeParticipantTexts(board, '../x').ok).toBe(false);
  });
});

describe('room settings', () => {
  it('default to a cap of 250 with the doors open, and take bounded changes', () => {
    const { control } = filledSession();
    expect(readSettings(control)).toMatchObject({
      participantCap: LIMITS.defaultParticipantCap,
      doorsClosed: false,
      premoderation: false,
    });
    expect(updateSettings(control, { participantCap: 40, doorsClosed: true }).ok).toBe(true);
    expect(readSettings(control)).toMatchObject({ participantCap: 40, doorsClosed: true });
    for (const participantCap of [0, LIMITS.maxParticipantCap + 1, 1.5])
      expect(updateSettings(control, { participantCap }).ok).toBe(false);
    expect(readSettings(control).participantCap).toBe(40);
  });

  it('read a backup from before these settings existed', () => {
    const docs = filledSession();
    const backup = createBackup({
      control: readControl(docs.control),
      board: readBoard(docs.board),
    });
    const { participantCap: _cap, doorsClosed: _doors, ...oldSettings } = backup.control.settings;
    const old = { ...backup, control: { ...backup.control, settings: oldSettings } };
    const decoded = decodeBackup(JSON.parse(JSON.stringify(old)));
    expect(decoded.ok && decoded.value.control.settings.participantCap).toBe(250);
  });
});

describe('the join budget of a session', () => {
  it('admits a whole room at once, then refills at its rate', () => {
    const budget = new SessionJoinBudget(30);
    const t0 = 1_000_000;
    for (let index = 0; index < 250; index += 1) expect(budget.take('ROOM', 250, t0)).toBe(true);
    expect(budget.take('ROOM', 250, t0)).toBe(false);
    expect(budget.take('OTHER', 250, t0)).toBe(true);
    // 30 per minute: one more after two seconds, not before.
    expect(budget.take('ROOM', 250, t0 + 1_000)).toBe(false);
    expect(budget.take('ROOM', 250, t0 + 2_100)).toBe(true);
    expect(budget.take('ROOM', 250, t0 + 2_200)).toBe(false);
    // A raised cap makes room at once.
    expect(budget.take('ROOM', 300, t0 + 2_300)).toBe(true);
  });
});
