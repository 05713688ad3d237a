/**
 * The ballot store's files, in the record format of server/storage/records.ts:
 *
 *   DATA_DIR/sessions/<CODE>/ballots.snapshot   one record: BallotState as JSON
 *   DATA_DIR/sessions/<CODE>/ballots.log        records: one BallotOp as JSON each
 *
 * Voters appear only as keyed hashes (see voter-key.ts). Every op is idempotent in sequence, so
 * replaying the whole log over a snapshot that already holds it (a crash between writing the
 * snapshot and truncating the log) gives the same state.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import {
  PERSPECTIVE_GROUPS,
  type CastBallot,
  type PerspectiveGroup,
} from '../../shared/activities/propositions/tally';
import { isRecord, isSafeId } from '../../shared/core/decode';
import { writeFileAtomic } from '../storage/atomic-file';
import { encodeRecord, readRecords } from '../storage/records';

/** propositionId -> voterKey -> ballot. */
export type BallotState = Map<string, Map<string, CastBallot>>;

export type BallotOp =
  | { op: 'set'; p: string; v: string; c: string; g: PerspectiveGroup }
  | { op: 'del'; p: string; v: string }
  | { op: 'out'; v: string };

export type BallotPaths = { snapshot: string; log: string };

export function ballotPaths(directory: string): BallotPaths {
  return {
    snapshot: path.join(directory, 'ballots.snapshot'),
    log: path.join(directory, 'ballots.log'),
  };
}

const VOTER_KEY = /^[A-Za-z0-9_-]{16,64}$/;

function isGroup(value: unknown): value is PerspectiveGroup {
  return PERSPECTIVE_GROUPS.some((group) => group === value);
}

export function applyOp(state: BallotState, op: BallotOp): void {
  if (op.op === 'set') {
    const ballots = state.get(op.p) ?? new Map<string, CastBallot>();
    ballots.set(op.v, { choiceId: op.c, group: op.g });
    state.set(op.p, ballots);
  } else if (op.op === 'del') {
    state.get(op.p)?.delete(op.v);
  } else {
    for (const ballots of state.values()) ballots.delete(op.v);
  }
}

function decodeOp(value: unknown): BallotOp | null {
  if (!isRecord(value) || typeof value.v !== 'string' || !VOTER_KEY.test(value.v)) return null;
  if (value.op === 'out') return { op: 'out', v: value.v };
  if (!isSafeId(value.p)) return null;
  if (value.op === 'del') return { op: 'del', p: value.p, v: value.v };
  if (value.op === 'set' && isSafeId(value.c) && isGroup(value.g))
    return { op: 'set', p: value.p, v: value.v, c: value.c, g: value.g };
  return null;
}

/** Snapshot JSON: { propositionId: [[voterKey, choiceId, group], ...] }. */
export function encodeState(state: BallotState): Uint8Array {
  const plain: Record<string, [string, string, PerspectiveGroup][]> = {};
  for (const [propositionId, ballots] of state) {
    if (ballots.size === 0) continue;
    plain[propositionId] = [...ballots].map(([voter, ballot]) => [
      voter,
      ballot.choiceId,
      ballot.group,
    ]);
  }
  return Buffer.from(JSON.stringify({ version: 1, ballots: plain }), 'utf8');
}

export function decodeState(bytes: Uint8Array): BallotState {
  const state: BallotState = new Map();
  const parsed: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
  if (!isRecord(parsed) || parsed.version !== 1 || !isRecord(parsed.ballots))
    throw new Error('unreadable ballot snapshot');
  for (const [propositionId, entries] of Object.entries(parsed.ballots)) {
    if (!isSafeId(propositionId) || !Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (!Array.isArray(entry)) continue;
      const [v, c, g] = entry as unknown[];
      const op = decodeOp({ op: 'set', p: propositionId, v, c, g });
      if (op !== null) applyOp(state, op);
    }
  }
  return state;
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

/** Snapshot + log -> state; a torn last log record (crash mid-append) is ignored and cut off. */
export async function loadBallotFiles(
  paths: BallotPaths,
): Promise<{ state: BallotState; logRecords: number; validBytes: number; torn: boolean }> {
  const snapshotFile = await readIfExists(paths.snapshot);
  const snapshot = snapshotFile === null ? undefined : readRecords(snapshotFile).records[0];
  const state = snapshot === undefined ? new Map() : decodeState(snapshot);
  const logFile = await readIfExists(paths.log);
  if (logFile === null) return { state, logRecords: 0, validBytes: 0, torn: false };
  const scan = readRecords(logFile);
  for (const record of scan.records) {
    const op = decodeOp(JSON.parse(Buffer.from(record).toString('utf8')));
    if (op !== null) applyOp(state, op);
  }
  return {
    state,
    logRecords: scan.records.length,
    validBytes: scan.validBytes,
    torn: scan.truncated,
  };
}

export function encodeOp(op: BallotOp): Buffer {
  return encodeRecord(Buffer.from(JSON.stringify(op), 'utf8'));
}

/** Replaces the snapshot with `state` and empties the log: old choices leave the files. */
export async function writeSnapshot(
  paths: BallotPaths,
  state: BallotState,
  log: FileHandle,
): Promise<void> {
  await writeFileAtomic(paths.snapshot, encodeRecord(encodeState(state)));
  await log.truncate(0);
  await log.datasync();
}

export async function openLog(paths: BallotPaths): Promise<FileHandle> {
  return open(paths.log, 'a');
}
