/**
 * POST /api/sessions/:code/tickets -> 201 { ticket, expiresAt }: a short-lived websocket ticket.
 * Facilitator: `Authorization: Bearer <facilitatorKey>`. Participant: `Authorization: Bearer
 * <participantToken>` + `X-Participant-Id`. The websocket then connects with `?ticket=`, so no
 * lasting secret ever appears in a URL.
 */
import { API_ROUTES, PARTICIPANT_REMOVED } from '../../shared/core/protocol';
import type { Principal } from '../relay/policy';
import {
  facilitatorKeyMatches,
  participantTokenMatches,
  bearerToken,
} from '../sessions/credentials';
import type { LiveSession } from '../sessions/live-session';
import { issueTicket } from '../sessions/tickets';
import { sessionFromPath } from './auth';
import type { HttpDeps } from './deps';
import { type HttpError, sendError, sendJson } from './respond';
import { route, type RequestContext, type Route } from './router';

function principalOf(context: RequestContext, session: LiveSession): Principal | HttpError {
  const secret = bearerToken(context.request.headers.authorization);
  const participantId = context.request.headers['x-participant-id'];
  if (secret === null)
    return {
      status: 401,
      message:
        'credentials required: Authorization: Bearer <facilitatorKey>, or Bearer <participantToken> with X-Participant-Id',
    };
  if (typeof participantId === 'string' && participantId !== '') {
    if (!participantTokenMatches(session.meta.participantTokenSecret, participantId, secret))
      return { status: 403, message: 'participant token does not match' };
    // A removed participant gets no ticket: their browser learns why from the code.
    if (session.isRevoked(participantId))
      return {
        status: 403,
        code: PARTICIPANT_REMOVED,
        message: 'the facilitator removed this participant from the session',
      };
    return { role: 'participant', participantId };
  }
  if (facilitatorKeyMatches(secret, session.meta.facilitatorKeyHash))
    return { role: 'facilitator' };
  return { status: 403, message: 'facilitator key does not match this session' };
}

async function createTicket(context: RequestContext, deps: HttpDeps): Promise<void> {
  const session = await sessionFromPath(context, deps);
  if (session === null) return;
  const principal = principalOf(context, session);
  if ('status' in principal) {
    deps.log.info('ticket-refused', {
      session: session.code,
      status: principal.status,
      reason: principal.message,
    });
    return sendError(context.response, principal);
  }
  const expiresAt = Date.now() + deps.config.wsTicketTtlMs;
  const ticket = issueTicket(
    session.meta.participantTokenSecret,
    session.code,
    principal,
    expiresAt,
  );
  sendJson(context.response, 201, { ticket, expiresAt });
}

export function ticketRoutes(deps: HttpDeps): Route[] {
  return [route('POST', API_ROUTES.tickets, (context) => createTicket(context, deps))];
}
