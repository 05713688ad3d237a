/**
 * The facilitator removes a participant, as a chair would (Bearer facilitator key):
 *
 *   DELETE /api/sessions/:code/participants/:participantId[?texts=remove]
 *     -> 200 { textsRemoved }. The token is revoked at once and for good (meta.json), the
 *        participant's open sockets close with CLOSE_CODE.participantRemoved, their votes leave
 *        every tally, their name, dots, hands and marks leave the board; with `texts=remove` their
 *        initiatives, route notes and takeaways go too.
 *   DELETE /api/sessions/:code/participants/:participantId/texts
 *     -> 200 { textsRemoved }: only the texts (one identity pasting thousands of notes); the
 *        participant stays in the session.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import {
  removeParticipantRecord,
  removeParticipantTexts,
} from '../../shared/session/participantRemoval';
import { type ParticipantId, isParticipantId } from '../../shared/core/ids';
import { CLOSE_CODE, API_ROUTES } from '../../shared/core/protocol';
import { FACILITATOR_NAMESPACE } from '../../shared/core/layout';
import { describeError } from '../log';
import type { LiveSession } from '../sessions/live-session';
import { requireFacilitator, sessionFromPath } from './auth';
import type { HttpDeps } from './deps';
import { sendError, sendJson } from './respond';
import { route, type RequestContext, type Route } from './router';

type Target = { session: LiveSession; participantId: ParticipantId };

/** The session (facilitator key checked) and a participant it knows, or answers and returns null. */
async function findTarget(context: RequestContext, deps: HttpDeps): Promise<Target | null> {
  const session = await sessionFromPath(context, deps);
  if (session === null || !requireFacilitator(context, session)) return null;
  const participantId = context.params.participantId ?? '';
  const known =
    isParticipantId(participantId) &&
    participantId !== FACILITATOR_NAMESPACE &&
    (session.board.doc.getMap(BOARD_ROOT.participants).has(participantId) ||
      session.isRevoked(participantId));
  if (!known) {
    sendError(context.response, { status: 404, message: 'unknown participant' });
    return null;
  }
  return { session, participantId };
}

/** Closes every socket the participant has open, in both rooms. */
function closeSockets({ session, participantId }: Target): number {
  let closed = 0;
  for (const room of session.rooms) {
    for (const connection of room.connections) {
      const { principal } = connection;
      if (principal.role !== 'participant' || principal.participantId !== participantId) continue;
      connection.close(
        CLOSE_CODE.participantRemoved,
        'removed from the session by the facilitator',
      );
      closed += 1;
    }
  }
  return closed;
}

function removeTexts({ session, participantId }: Target): number {
  const removed = removeParticipantTexts(session.board.doc, participantId);
  return removed.ok ? removed.value : 0;
}

async function removeParticipant(context: RequestContext, deps: HttpDeps): Promise<void> {
  const target = await findTarget(context, deps);
  if (target === null) return;
  const { session, participantId } = target;
  // In memory first: from here on every check refuses the token, even while the disk works.
  const persisted = session.revocations.revoke(participantId);
  const socketsClosed = closeSockets(target);
  // Their ballots leave every tally, whatever the proposition's state (see server/ballots).
  const withdrawn = session.ballots.withdrawAll(participantId);
  removeParticipantRecord(session.board.doc, participantId);
  const textsRemoved = context.url.searchParams.get('texts') === 'remove' ? removeTexts(target) : 0;
  try {
    await Promise.all([
      persisted,
      withdrawn,
      session.control.store.flush(),
      session.board.store.flush(),
    ]);
  } catch (error) {
    deps.log.error('participant-removal-not-saved', {
      code: session.code,
      error: describeError(error),
    });
    return sendError(context.response, {
      status: 503,
      message: 'the participant is removed for now, but the removal could not be saved; try again',
    });
  }
  deps.log.info('participant-removed', { code: session.code, socketsClosed, textsRemoved });
  sendJson(context.response, 200, { textsRemoved });
}

async function removeTextsOnly(context: RequestContext, deps: HttpDeps): Promise<void> {
  const target = await findTarget(context, deps);
  if (target === null) return;
  const textsRemoved = removeTexts(target);
  await target.session.board.store.flush();
  deps.log.info('participant-texts-removed', { code: target.session.code, textsRemoved });
  sendJson(context.response, 200, { textsRemoved });
}

export function participantRemovalRoutes(deps: HttpDeps): Route[] {
  return [
    route('DELETE', API_ROUTES.participant, (context) => removeParticipant(context, deps)),
    route('DELETE', API_ROUTES.participantTexts, (context) => removeTextsOnly(context, deps)),
  ];
}
