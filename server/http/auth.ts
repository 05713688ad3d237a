/**
 * Credentials on HTTP requests. Facilitator: `Authorization: Bearer <facilitatorKey>`.
 * Participant: `Authorization: Bearer <participantToken>` + `X-Participant-Id`. Never from the
 * query string (it ends up in logs and browser history). Missing -> 401, wrong -> 403.
 */
import { PARTICIPANT_REMOVED, normalizeSessionCode } from '../../shared/core/protocol';
import { FACILITATOR_NAMESPACE } from '../../shared/core/layout';
import {
  bearerToken,
  facilitatorKeyMatches,
  participantTokenMatches,
} from '../sessions/credentials';
import type { LiveSession } from '../sessions/live-session';
import type { HttpDeps } from './deps';
import { sendError } from './respond';
import type { RequestContext } from './router';
import { type ParticipantId, isParticipantId } from '../../shared/core/ids';

/** The loaded session named by `:code`, or answers 404 and returns null. */
export async function sessionFromPath(
  context: RequestContext,
  deps: HttpDeps,
): Promise<LiveSession | null> {
  if (!deps.codeGuessLimiter.allows(context.ip)) {
    sendError(context.response, {
      status: 429,
      message: 'too many unknown session codes from this address; try again in a minute',
    });
    return null;
  }
  const code = normalizeSessionCode(context.params.code ?? '');
  const session = code === null ? null : await deps.registry.acquire(code);
  if (session === null || session.deleted) {
    deps.codeGuessLimiter.take(context.ip);
    sendError(context.response, { status: 404, message: 'unknown session' });
    return null;
  }
  return session;
}

export function requireFacilitator(context: RequestContext, session: LiveSession): boolean {
  const key = bearerToken(context.request.headers.authorization);
  if (key === null) {
    sendError(context.response, {
      status: 401,
      message: 'facilitator key required (Authorization: Bearer <key>)',
    });
    return false;
  }
  if (!facilitatorKeyMatches(key, session.meta.facilitatorKeyHash)) {
    sendError(context.response, {
      status: 403,
      message: 'facilitator key does not match this session',
    });
    return false;
  }
  return true;
}

/**
 * The participantId proven by the request's token, or answers 401/403 and returns null. A token
 * the facilitator revoked (participant removed) gets 403 with code `participant-removed`.
 */
export function requireParticipant(
  context: RequestContext,
  session: LiveSession,
): ParticipantId | null {
  const token = bearerToken(context.request.headers.authorization);
  const participantId = context.request.headers['x-participant-id'];
  if (token === null || typeof participantId !== 'string' || participantId === '') {
    sendError(context.response, {
      status: 401,
      message: 'participant token and X-Participant-Id required',
    });
    return null;
  }
  // A malformed id holds no token the server issued: it is refused below as a mismatch.
  const claimed = isParticipantId(participantId) ? participantId : null;
  // The facilitator votes (when the session allows it) under the board's facilitator namespace.
  if (
    claimed === FACILITATOR_NAMESPACE &&
    facilitatorKeyMatches(token, session.meta.facilitatorKeyHash)
  ) {
    return claimed;
  }
  if (
    claimed === null ||
    !participantTokenMatches(session.meta.participantTokenSecret, claimed, token)
  ) {
    sendError(context.response, { status: 403, message: 'participant token does not match' });
    return null;
  }
  if (session.isRevoked(claimed)) {
    sendError(context.response, {
      status: 403,
      code: PARTICIPANT_REMOVED,
      message: 'the facilitator removed this participant from the session',
    });
    return null;
  }
  return claimed;
}
