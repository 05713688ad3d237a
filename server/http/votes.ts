/**
 * PUT /api/sessions/:code/votes/:propositionId {choiceId: string | null}
 * The only way a vote reaches the CONTROL document: the server checks the participant's token,
 * then calls shared's castVote on their behalf (CONTROL `votes` is refused to every socket).
 */
import { castVote } from '../../shared/actions/votes';
import { requireParticipant, sessionFromPath } from './auth';
import type { HttpDeps } from './deps';
import { isRecord, readJsonBody, sendError, sendJson } from './respond';
import { route, type RequestContext, type Route } from './router';

const STATUS_BY_CODE: Record<string, number> = {
  'unknown-proposition': 404,
  'not-found': 404,
  'not-open': 409,
  'invalid-choice': 400,
  'invalid-input': 400,
  'facilitator-votes-off': 403,
};

async function vote(context: RequestContext, deps: HttpDeps): Promise<void> {
  const session = await sessionFromPath(context, deps);
  if (session === null) return;
  const body = await readJsonBody(context.request, 4 * 1024);
  if (!body.ok) return sendError(context.response, body.error);
  // Checked after the body arrived, with no wait before castVote: a participant removed while
  // their request was in flight cannot slip a vote in after the withdrawal.
  const participantId = requireParticipant(context, session);
  if (participantId === null) return;
  const choiceId = isRecord(body.value) ? body.value.choiceId : undefined;
  if (choiceId !== null && typeof choiceId !== 'string') {
    return sendError(context.response, {
      status: 400,
      message: 'choiceId must be a string or null',
    });
  }
  const propositionId = context.params.propositionId ?? '';
  const result = castVote(session.control.doc, { participantId, propositionId, choiceId });
  if (!result.ok) {
    const status = STATUS_BY_CODE[result.error.code] ?? 400;
    return sendError(context.response, {
      status,
      message: result.error.message,
      details: result.error,
    });
  }
  // Acknowledge only what is on disk: participants cannot write CONTROL, so nobody could restore a lost vote.
  await session.control.store.flush();
  sendJson(context.response, 200, { ok: true });
}

export function voteRoutes(deps: HttpDeps): Route[] {
  return [
    route('PUT', '/api/sessions/:code/votes/:propositionId', (context) => vote(context, deps)),
  ];
}
