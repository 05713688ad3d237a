/**
 * Websocket tickets: short-lived proofs that replace the facilitator key and participant token
 * in the websocket URL (URLs end up in proxy access logs). A ticket names its session, role,
 * participant and expiry, signed with HMAC-SHA256 under the session's secret:
 *
 *   t1.<expiresAt, base 36>.<f|p>.<participantId or empty>.<signature, base64url>
 *
 * Nothing is stored per ticket; the expiry is readable without the session, so a stale ticket is
 * refused before the session is even loaded.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Principal } from '../relay/policy';

const VERSION = 't1';
/** Participant ids are base64url (no dots); the facilitator's ticket names none. */
const PARTICIPANT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export type TicketClaims = { expiresAt: number; principal: Principal };

export type TicketProblem = 'malformed' | 'expired' | 'forged';

function signature(secret: string, code: string, body: string): Buffer {
  // The label keeps ticket signatures apart from participant tokens made with the same secret.
  return createHmac('sha256', secret).update(`ws-ticket|${code}|${body}`, 'utf8').digest();
}

export function issueTicket(
  secret: string,
  code: string,
  principal: Principal,
  expiresAt: number,
): string {
  const role = principal.role === 'facilitator' ? 'f' : 'p';
  const participant = principal.role === 'facilitator' ? '' : principal.participantId;
  const body = `${VERSION}.${expiresAt.toString(36)}.${role}.${participant}`;
  return `${body}.${signature(secret, code, body).toString('base64url')}`;
}

/** The claims a ticket makes, unchecked: enough to refuse an expired one cheaply. */
export function readTicket(ticket: string): TicketClaims | null {
  const parts = ticket.split('.');
  if (parts.length !== 5 || parts[0] !== VERSION) return null;
  const [, expiry = '', role, participantId = ''] = parts;
  if (!/^[0-9a-z]{1,12}$/.test(expiry)) return null;
  const expiresAt = parseInt(expiry, 36);
  if (role === 'f' && participantId === '')
    return { expiresAt, principal: { role: 'facilitator' } };
  if (role === 'p' && PARTICIPANT_ID.test(participantId))
    return { expiresAt, principal: { role: 'participant', participantId } };
  return null;
}

export function checkTicket(
  secret: string,
  code: string,
  ticket: string,
  now: number,
): TicketClaims | TicketProblem {
  const claims = readTicket(ticket);
  if (claims === null) return 'malformed';
  if (claims.expiresAt <= now) return 'expired';
  const cut = ticket.lastIndexOf('.');
  const expected = signature(secret, code, ticket.slice(0, cut));
  const given = Buffer.from(ticket.slice(cut + 1), 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  return claims;
}
