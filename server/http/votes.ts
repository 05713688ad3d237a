/**
 * PUT /api/sessions/:code/votes/:propositionId {choiceId: string | null}
 * GET /api/sessions/:code/votes/mine -> { votes: { [propositionId]: choiceId } }
 *
 * Ballots never enter a relayed document: the server checks the participant's token and the
 * vote (shared's validateVote), files the ballot in the session's private store (on disk before
 * the answer), and republishes only aggregates in CONTROL `results`. The only way to read a
 * ballot back is `mine`, which answers the caller's own choices and nothing else.
 */
import type { ActionErrorCode } from '../../shared/core/errors';
import { validateVote } from '../../shared/activities/propositions/votes';
import { currentGroup } from '../ballots/publish';
import { describeError } from '../log';
import { requireParticipant, sessionFromPath } from './auth';
import type { HttpDeps } from './deps';
import { isRecord } from '../../shared/core/decode';
import { readJsonBody, sendError, sendJson } from './respond';
import { route, type RequestContext, type Route } from './router';
import { API_ROUTES } from '../../shared/core/protocol';

const STATUS_BY_CODE: Partial<Record<ActionErrorCode, number>> = {
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
  const checked = validateVote(session.control.doc, { participantId, propositionId, choiceId });
  if (!checked.ok) {
    const status = STATUS_BY_CODE[checked.error.code] ?? 400;
    deps.log.info('vote-refused', { code: session.code, reason: checked.error.code });
    return sendError(context.response, {
      status,
      message: checked.error.message,
      details: checked.error,
    });
  }
  try {
    // Resolves once the ballot is on disk: only then is the vote acknowledged.
    await session.ballots.cast(
      participantId,
      checked.value.propositionId,
      checked.value.choiceId,
      currentGroup(session.board.doc, participantId),
    );
  } catch (error) {
    deps.log.error('vote-not-stored', { code: session.code, error: describeError(error) });
    return sendError(context.response, {
      status: 503,
      message: 'storage unavailable: the vote was not recorded',
    });
  }
  sendJson(context.response, 200, { ok: true });
}

async function mine(context: RequestContext, deps: HttpDeps): Promise<void> {
  const session = await sessionFromPath(context, deps);
  if (session === null) return;
  const participantId = requireParticipant(context, session);
  if (participantId === null) return;
  sendJson(context.response, 200, { votes: session.ballots.mine(participantId) });
}

export function voteRoutes(deps: HttpDeps): Route[] {
  return [
    route('GET', API_ROUTES.myVotes, (context) => mine(context, deps)),
    route('PUT', API_ROUTES.vote, (context) => vote(context, deps)),
  ];
}
