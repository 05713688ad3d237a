/**
 * POST /api/sessions/:code/participants {name, perspective?} -> 201 {participantId, participantToken},
 * or 403/429 with a JoinRefusal `code` (doors closed, session full, join rate; see admission.ts).
 * The server writes BOARD participants[pid] through shared's registerParticipant; the token is
 * HMAC(session secret, pid), so nothing per participant needs storing besides the board entry.
 */
import { registerParticipant } from '../../shared/session/participants';
import { PERSPECTIVES, type Perspective, API_ROUTES } from '../../shared/core/protocol';
import { type Result, err, ok } from '../../shared/core/result';
import { newParticipantId, participantToken } from '../sessions/credentials';
import { joinRefusal, refusalError } from './admission';
import { sessionFromPath } from './auth';
import type { HttpDeps } from './deps';
import { isRecord } from '../../shared/core/decode';
import { type HttpError, readJsonBody, sendError, sendJson } from './respond';
import { route, type RequestContext, type Route } from './router';

type Registration = { name: string; perspective: Perspective | '' };

function parseRegistration(body: unknown): Result<Registration, HttpError> {
  if (!isRecord(body)) return err({ status: 400, message: 'body must be a JSON object' });
  const { name, perspective = '' } = body;
  if (typeof name !== 'string' || name.trim() === '')
    return err({ status: 400, message: 'name is required' });
  const known = PERSPECTIVES.find((candidate) => candidate === perspective);
  if (perspective !== '' && known === undefined) {
    return err({ status: 400, message: `perspective must be one of ${PERSPECTIVES.join(', ')}` });
  }
  return ok({ name: name.trim(), perspective: known ?? '' });
}

async function join(context: RequestContext, deps: HttpDeps): Promise<void> {
  if (!deps.joinLimiter.take(context.ip))
    return sendError(context.response, { status: 429, message: 'too many requests' });
  const body = await readJsonBody(context.request, 16 * 1024);
  if (!body.ok) return sendError(context.response, body.error);
  const registration = parseRegistration(body.value);
  if (!registration.ok) return sendError(context.response, registration.error);
  const session = await sessionFromPath(context, deps);
  if (session === null) return;
  const refusal = joinRefusal(session, deps.sessionJoinBudget);
  if (refusal !== null) {
    deps.log.info('join-refused', { code: session.code, reason: refusal });
    return sendError(context.response, refusalError(refusal));
  }
  const participantId = newParticipantId();
  const written = registerParticipant(session.board.doc, participantId, {
    ...registration.value,
    joinedAt: Date.now(),
  });
  if (!written.ok)
    return sendError(context.response, {
      status: 400,
      message: written.error.message,
      details: written.error,
    });
  await session.board.store.flush();
  const token = participantToken(session.meta.participantTokenSecret, participantId);
  deps.log.info('participant-joined', { code: session.code });
  sendJson(context.response, 201, { participantId, participantToken: token });
}

export function participantRoutes(deps: HttpDeps): Route[] {
  return [route('POST', API_ROUTES.participants, (context) => join(context, deps))];
}
