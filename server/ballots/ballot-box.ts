/**
 * One session's private ballot store: who chose what, kept only here, outside every relayed
 * document. A ballot is acknowledged only once its record is on disk (write + fdatasync), so an
 * accepted vote survives kill -9. Every write runs on one promise chain and changes memory only
 * after the disk took it, so a refused write changes nothing.
 *
 * `onChange` is called after every change; the session republishes CONTROL `results` from it.
 */
import type { FileHandle } from 'node:fs/promises';
import type { CastBallot, PerspectiveGroup } from '../../shared/activities/propositions/tally';
import { encodeRecord } from '../storage/records';
import { writeFileAtomic } from '../storage/atomic-file';
import {
  applyOp,
  ballotPaths,
  encodeOp,
  encodeState,
  loadBallotFiles,
  openLog,
  writeSnapshot,
  type BallotOp,
  type BallotPaths,
  type BallotState,
} from './ballot-file';
import { voterKey } from './voter-key';

export type BallotBoxOptions = {
  /** The log is folded into the snapshot after this many records (old choices leave the disk). */
  compactAfterRecords: number;
  onTornTail?: (keptBytes: number) => void;
  /** A failed compaction (the ballot itself is already on disk in the log). */
  onCompactionError?: (error: unknown) => void;
};

export class BallotBox {
  onChange: () => void = () => undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly paths: BallotPaths,
    private readonly key: string,
    private readonly state: BallotState,
    private readonly log: FileHandle,
    private logRecords: number,
    private logBytes: number,
    private readonly options: BallotBoxOptions,
  ) {}

  static async open(directory: string, key: string, options: BallotBoxOptions): Promise<BallotBox> {
    const paths = ballotPaths(directory);
    const loaded = await loadBallotFiles(paths);
    const log = await openLog(paths);
    if (loaded.torn) {
      options.onTornTail?.(loaded.validBytes);
      await log.truncate(loaded.validBytes);
    }
    return new BallotBox(
      paths,
      key,
      loaded.state,
      log,
      loaded.logRecords,
      loaded.validBytes,
      options,
    );
  }

  /** The first snapshot of a new session's ballots (empty, or restored from a backup). */
  static async create(directory: string, state: BallotState): Promise<void> {
    await writeFileAtomic(ballotPaths(directory).snapshot, encodeRecord(encodeState(state)));
  }

  /** Records (choiceId null: withdraws) one participant's ballot; resolves once it is on disk. */
  cast(
    participantId: string,
    propositionId: string,
    choiceId: string | null,
    group: PerspectiveGroup,
  ): Promise<void> {
    const v = voterKey(this.key, participantId);
    const op: BallotOp =
      choiceId === null
        ? { op: 'del', p: propositionId, v }
        : { op: 'set', p: propositionId, v, c: choiceId, g: group };
    return this.write([op]);
  }

  /**
   * Removes the participant's ballots from every proposition, whatever its state, and
   * republishes (for removing a participant from the room).
   */
  withdrawAll(participantId: string): Promise<void> {
    return this.write([{ op: 'out', v: voterKey(this.key, participantId) }]);
  }

  /** Legacy ballots found in an old CONTROL document (migration at load), in one write. */
  importBallots(
    ballots: {
      participantId: string;
      propositionId: string;
      choiceId: string;
      group: PerspectiveGroup;
    }[],
  ): Promise<void> {
    return this.write(
      ballots.map((ballot) => ({
        op: 'set',
        p: ballot.propositionId,
        v: voterKey(this.key, ballot.participantId),
        c: ballot.choiceId,
        g: ballot.group,
      })),
    );
  }

  /** The caller's own current choices: propositionId -> choiceId. */
  mine(participantId: string): Record<string, string> {
    const v = voterKey(this.key, participantId);
    const own: Record<string, string> = {};
    for (const [propositionId, ballots] of this.state) {
      const ballot = ballots.get(v);
      if (ballot !== undefined) own[propositionId] = ballot.choiceId;
    }
    return own;
  }

  ballotsOf(propositionId: string): CastBallot[] {
    return [...(this.state.get(propositionId)?.values() ?? [])];
  }

  /** A copy of every ballot under its voter key (for a sealed backup). */
  copyState(): BallotState {
    const copy: BallotState = new Map();
    for (const [propositionId, ballots] of this.state) copy.set(propositionId, new Map(ballots));
    return copy;
  }

  /** Folds the log into the snapshot now (after a migration, so no old record stays). */
  compact(): Promise<void> {
    return this.enqueue(async () => {
      await writeSnapshot(this.paths, this.state, this.log);
      this.logRecords = 0;
      this.logBytes = 0;
    });
  }

  async close(): Promise<void> {
    await this.enqueue(async () => {
      if (this.closed) return;
      this.closed = true;
      // Old choices of changed votes leave the log when the session is put away.
      if (this.logRecords > 0) {
        await writeSnapshot(this.paths, this.state, this.log).catch((error: unknown) =>
          this.options.onCompactionError?.(error),
        );
      }
      await this.log.close();
    });
  }

  /** For session deletion: waits for running writes, then releases the file (it is removed). */
  async discard(): Promise<void> {
    await this.enqueue(async () => {
      if (this.closed) return;
      this.closed = true;
      await this.log.close();
    });
  }

  private write(ops: BallotOp[]): Promise<void> {
    return this.enqueue(async () => {
      if (this.closed) throw new Error('ballot store is closed');
      const bytes = Buffer.concat(ops.map(encodeOp));
      try {
        await this.log.write(bytes);
        await this.log.datasync();
      } catch (error) {
        // A partial record would hide every later one from the reader: cut back before answering.
        await this.log.truncate(this.logBytes).catch(() => undefined);
        throw error;
      }
      for (const op of ops) applyOp(this.state, op);
      this.logRecords += ops.length;
      this.logBytes += bytes.length;
      if (this.logRecords >= this.options.compactAfterRecords) {
        try {
          await writeSnapshot(this.paths, this.state, this.log);
          this.logRecords = 0;
          this.logBytes = 0;
        } catch (error) {
          this.options.onCompactionError?.(error);
        }
      }
      this.onChange();
    });
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    const next = this.chain.then(operation);
    // The chain itself goes on after a failure; the caller still sees the error.
    this.chain = next.catch(() => undefined);
    return next;
  }
}
