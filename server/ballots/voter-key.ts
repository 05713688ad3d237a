/**
 * Ballots are filed under HMAC-SHA256(session ballot key, participantId), never the id itself, so
 * the ballot files and a backup do not put a participant id next to a choice. The key lives in the
 * session's meta.json (like the token secret) and never leaves the server: a backup's sealed
 * ballots carry it only encrypted with the server's seal key (seal.ts).
 */
import { createHmac, randomBytes } from 'node:crypto';

export function newBallotKey(): string {
  return randomBytes(32).toString('base64url');
}

export function voterKey(ballotKey: string, participantId: string): string {
  return createHmac('sha256', ballotKey).update(participantId, 'utf8').digest('base64url');
}
