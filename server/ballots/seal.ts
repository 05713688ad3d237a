/**
 * Sealed ballots for the JSON backup. The backup is the facilitator's file, and the facilitator
 * must not learn how anyone voted (nor a hidden result before the reveal), so the ballots travel
 * encrypted (AES-256-GCM) under a key that exists only on this server:
 * DATA_DIR/ballot-seal.key, made on first use. Restoring the backup on this server (or on one
 * given the same key file) opens them again; anywhere else the restore is refused with a clear
 * message instead of silently dropping votes.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isRecord } from '../../shared/core/decode';
import { writeFileAtomic } from '../storage/atomic-file';
import { decodeState, type BallotState } from './ballot-file';

const PREFIX = 'cbs1';
const KEY_FILE = 'ballot-seal.key';

export type SealedContent = { ballotKey: string; state: BallotState };

/** The server's seal key, created (0600) when missing. */
export async function loadSealKey(dataDir: string): Promise<Buffer> {
  const file = path.join(dataDir, KEY_FILE);
  try {
    const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64url');
    if (key.length === 32) return key;
    throw new Error(`${file} does not hold a 32-byte key`);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
  }
  const key = randomBytes(32);
  await writeFileAtomic(file, key.toString('base64url'));
  const { chmod } = await import('node:fs/promises');
  await chmod(file, 0o600);
  return key;
}

/**
 * Every ballot is one fixed-width entry, sorted: the ciphertext's length says how many ballots
 * there are (the published voter counts say as much) but not which choices (choice ids differ in
 * length), and the order says nothing about who voted first.
 */
const ENTRY_WIDTH = 256;

function entriesOf(state: BallotState): string[] {
  const entries: string[] = [];
  for (const [propositionId, ballots] of state) {
    for (const [voter, ballot] of ballots) {
      const entry = JSON.stringify([propositionId, voter, ballot.choiceId, ballot.group]);
      entries.push(entry.padEnd(ENTRY_WIDTH, ' '));
    }
  }
  return entries.sort();
}

function stateOf(entries: unknown): BallotState {
  const state: BallotState = new Map();
  if (!Array.isArray(entries)) throw new Error('sealed ballots: entries must be a list');
  const plain: Record<string, unknown[]> = {};
  for (const entry of entries) {
    if (typeof entry !== 'string') continue;
    const parsed: unknown = JSON.parse(entry);
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') continue;
    const [propositionId, ...ballot] = parsed as unknown[];
    if (typeof propositionId !== 'string') continue;
    (plain[propositionId] ??= []).push(ballot);
  }
  // decodeState checks every id, key and group, whatever the file claims.
  const decoded = decodeState(Buffer.from(JSON.stringify({ version: 1, ballots: plain }), 'utf8'));
  for (const [propositionId, ballots] of decoded) state.set(propositionId, ballots);
  return state;
}

export function seal(key: Buffer, content: SealedContent): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const plain = Buffer.from(
    JSON.stringify({ ballotKey: content.ballotKey, entries: entriesOf(content.state) }),
    'utf8',
  );
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return [PREFIX, iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** null when the text was not sealed with this key (another server, or altered). */
export function unseal(key: Buffer, sealed: string): SealedContent | null {
  const [prefix, iv, tag, body, ...rest] = sealed.split('.');
  if (prefix !== PREFIX || iv === undefined || tag === undefined || body === undefined) return null;
  if (rest.length > 0) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([
      decipher.update(Buffer.from(body, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
    const parsed: unknown = JSON.parse(plain);
    if (!isRecord(parsed) || typeof parsed.ballotKey !== 'string') return null;
    return { ballotKey: parsed.ballotKey, state: stateOf(parsed.entries) };
  } catch {
    return null;
  }
}

const keys = new Map<string, Promise<Buffer>>();

/** The seal key of this data directory, read (or made) once per process. */
export function sealKeyFor(dataDir: string): Promise<Buffer> {
  const known = keys.get(dataDir);
  if (known !== undefined) return known;
  const loading = loadSealKey(dataDir);
  keys.set(dataDir, loading);
  loading.catch(() => keys.delete(dataDir));
  return loading;
}
