/**
 * Facilitator keys and participant tokens.
 * - facilitator key: 192 random bits, shown once; only its SHA-256 is stored, compared in constant time.
 * - participant token: HMAC-SHA256(session secret, participantId), base64url; nothing per participant
 *   is stored, and a token proves the server issued that id for that session.
 */
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { SESSION_CODE_ALPHABET, SESSION_CODE_LENGTH } from '../../shared/core/protocol';
import { FACILITATOR_NAMESPACE } from '../../shared/core/layout';
import { type ParticipantId, isParticipantId } from '../../shared/core/ids';

export function newSessionCode(): string {
  let code = '';
  for (let index = 0; index < SESSION_CODE_LENGTH; index += 1) {
    code += SESSION_CODE_ALPHABET.charAt(randomInt(SESSION_CODE_ALPHABET.length));
  }
  return code;
}

export function newFacilitatorKey(): string {
  return randomBytes(24).toString('base64url');
}

export function newTokenSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** 72 random bits; never the facilitator's board namespace. */
export function newParticipantId(): ParticipantId {
  for (;;) {
    // 9 bytes are 12 base64url symbols: always a valid id, so the guard only brands it.
    const id = randomBytes(9).toString('base64url');
    if (isParticipantId(id) && id !== FACILITATOR_NAMESPACE) return id;
  }
}

export function hashFacilitatorKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

function equalInConstantTime(left: string, right: string): boolean {
  const a = Buffer.from(left, 'utf8');
  const b = Buffer.from(right, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function facilitatorKeyMatches(key: string, storedHash: string): boolean {
  return equalInConstantTime(hashFacilitatorKey(key), storedHash);
}

export function participantToken(secret: string, participantId: string): string {
  return createHmac('sha256', secret).update(participantId, 'utf8').digest('base64url');
}

export function participantTokenMatches(
  secret: string,
  participantId: string,
  token: string,
): boolean {
  return equalInConstantTime(participantToken(secret, participantId), token);
}

/** `Authorization: Bearer <secret>` -> the secret, or null. */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}
