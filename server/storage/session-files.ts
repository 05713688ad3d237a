/**
 * Where a session lives on disk, written down once:
 *
 *   DATA_DIR/sessions/<CODE>/meta.json          SessionMeta (key hash, token secret, ballot
 *                                               key, removed participants, creation time)
 *   DATA_DIR/sessions/<CODE>/board.snapshot     one record: the BOARD document
 *   DATA_DIR/sessions/<CODE>/board.log          records: BOARD updates since that snapshot
 *   DATA_DIR/sessions/<CODE>/control.snapshot   the same for the CONTROL document
 *   DATA_DIR/sessions/<CODE>/control.log
 *   DATA_DIR/sessions/<CODE>/ballots.snapshot   the private ballot store (server/ballots)
 *   DATA_DIR/sessions/<CODE>/ballots.log
 *
 * Codes reach this module only after normalizeSessionCode, so they cannot contain a path separator.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { normalizeSessionCode, type RoomKind } from '../../shared/core/protocol';
import { syncDirectory, writeFileAtomic } from './atomic-file';
import { isRecord } from '../../shared/core/decode';
import type { DocPaths } from './doc-store';
import type { SessionMeta } from './store';

export function sessionsRoot(dataDir: string): string {
  return path.join(dataDir, 'sessions');
}

export function sessionDir(dataDir: string, code: string): string {
  if (normalizeSessionCode(code) !== code)
    throw new Error('refusing a non-canonical session code as a path');
  return path.join(sessionsRoot(dataDir), code);
}

export function docPaths(directory: string, kind: RoomKind): DocPaths {
  return {
    snapshot: path.join(directory, `${kind}.snapshot`),
    log: path.join(directory, `${kind}.log`),
  };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry: unknown) => typeof entry === 'string');
}

/**
 * Files written before public metadata moved to the CONTROL document also hold `title` and
 * `lang`: they load, the extra fields are ignored and dropped on the next write.
 */
function parseMeta(json: unknown): SessionMeta | null {
  if (!isRecord(json) || json.version !== 1) return null;
  const { code, createdAt, facilitatorKeyHash, participantTokenSecret, ballotKey } = json;
  if (typeof code !== 'string' || typeof createdAt !== 'number') return null;
  if (typeof facilitatorKeyHash !== 'string' || typeof participantTokenSecret !== 'string')
    return null;
  if (ballotKey !== undefined && typeof ballotKey !== 'string') return null;
  // Absent in sessions stored before removal existed.
  const revoked: unknown = json.revokedParticipantIds ?? [];
  if (!isStringArray(revoked)) return null;
  return {
    ...(ballotKey === undefined ? {} : { ballotKey }),
    version: 1,
    code,
    createdAt,
    facilitatorKeyHash,
    participantTokenSecret,
    revokedParticipantIds: revoked,
  };
}

/** null when the session does not exist; throws when it exists but cannot be read (a real problem). */
export async function readMeta(directory: string): Promise<SessionMeta | null> {
  let text: string;
  try {
    text = await readFile(path.join(directory, 'meta.json'), 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
  const meta = parseMeta(JSON.parse(text));
  if (meta === null) throw new Error(`unreadable meta.json in ${directory}`);
  return meta;
}

/** Creates the directory; false when it already exists (a code collision). */
export async function createSessionDir(directory: string): Promise<boolean> {
  await mkdir(path.dirname(directory), { recursive: true });
  try {
    await mkdir(directory);
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
    throw error;
  }
}

export async function writeMeta(directory: string, meta: SessionMeta): Promise<void> {
  await writeFileAtomic(path.join(directory, 'meta.json'), JSON.stringify(meta, null, 2));
}

/** Removes every byte of a session, then makes the removal itself durable. */
export async function removeSessionDir(directory: string): Promise<void> {
  await rm(directory, { recursive: true, force: true });
  await syncDirectory(path.dirname(directory));
}

export async function listSessionCodes(dataDir: string): Promise<string[]> {
  try {
    const entries = await readdir(sessionsRoot(dataDir));
    return entries.filter((entry) => normalizeSessionCode(entry) === entry);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
}
