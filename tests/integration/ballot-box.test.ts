/**
 * The private ballot store on its own (server/ballots/ballot-box.ts), on a real temp directory:
 * withdrawAll for removing a participant, torn log tails, and no participant id in any file.
 */
import { appendFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BallotBox } from '../../server/ballots/ballot-box';
import { seal, unseal } from '../../server/ballots/seal';
import { randomBytes } from 'node:crypto';

let directory: string;
const key = 'k'.repeat(43);
const options = { compactAfterRecords: 1000 };

beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'collectief-ballots-'));
  await BallotBox.create(directory, new Map());
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('BallotBox', () => {
  it('withdrawAll removes a participant from every proposition, whatever its state, and republishes', async () => {
    const box = await BallotBox.open(directory, key, options);
    let changes = 0;
    box.onChange = () => (changes += 1);
    await box.cast('anna', 'p1', 'agree', 'resident');
    await box.cast('anna', 'p2', 'disagree', 'resident');
    await box.cast('bram', 'p1', 'agree', 'professional');
    await box.withdrawAll('anna');
    expect(changes).toBe(4);
    expect(box.mine('anna')).toEqual({});
    expect(box.ballotsOf('p1')).toEqual([{ choiceId: 'agree', group: 'professional' }]);
    expect(box.ballotsOf('p2')).toEqual([]);
    await box.close();
    const reopened = await BallotBox.open(directory, key, options);
    expect(reopened.mine('anna')).toEqual({});
    expect(reopened.mine('bram')).toEqual({ p1: 'agree' });
    await reopened.close();
  });

  it('keeps the cast-time group when the vote is read back, and no participant id on disk', async () => {
    const box = await BallotBox.open(directory, key, options);
    await box.cast('participant-anna', 'p1', 'agree', 'municipality');
    await box.cast('participant-anna', 'p1', 'neutral', 'municipality');
    const files = await readdir(directory);
    for (const file of files) {
      const bytes = await readFile(path.join(directory, file));
      expect(bytes.includes(Buffer.from('participant-anna'))).toBe(false);
    }
    await box.close();
    // Closing folds the log: the earlier choice is no longer in any file.
    for (const file of await readdir(directory)) {
      const bytes = await readFile(path.join(directory, file));
      expect(bytes.includes(Buffer.from('"agree"'))).toBe(false);
    }
  });

  it('cuts a torn last record off and keeps every whole one', async () => {
    const box = await BallotBox.open(directory, key, options);
    await box.cast('anna', 'p1', 'agree', 'resident');
    // Simulate kill -9 mid-append: half a record at the end of the log.
    await appendFile(path.join(directory, 'ballots.log'), Buffer.from([40, 0, 0, 0, 1, 2]));
    const torn: number[] = [];
    const reopened = await BallotBox.open(directory, key, {
      ...options,
      onTornTail: (kept) => torn.push(kept),
    });
    expect(torn).toHaveLength(1);
    expect(reopened.mine('anna')).toEqual({ p1: 'agree' });
    await reopened.cast('bram', 'p1', 'disagree', 'other');
    await reopened.close();
    const again = await BallotBox.open(directory, key, options);
    expect(again.mine('bram')).toEqual({ p1: 'disagree' });
    await again.close();
    void box;
  });

  it('seals ballots so that only the same server key opens them, in fixed-width entries', () => {
    const serverKey = randomBytes(32);
    const one = new Map([
      ['p1', new Map([['v'.repeat(43), { choiceId: 'agree', group: 'resident' as const }]])],
    ]);
    const other = new Map([
      ['p1', new Map([['v'.repeat(43), { choiceId: 'disagree', group: 'resident' as const }]])],
    ]);
    const sealedOne = seal(serverKey, { ballotKey: key, state: one });
    const sealedOther = seal(serverKey, { ballotKey: key, state: other });
    expect(sealedOne.length).toBe(sealedOther.length);
    expect(unseal(serverKey, sealedOne)).toEqual({ ballotKey: key, state: one });
    expect(unseal(randomBytes(32), sealedOne)).toBeNull();
  });
});
