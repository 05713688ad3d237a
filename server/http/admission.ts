/**
 * Whether a session admits one more participant, decided before an identity is minted:
 * "deuren dicht" first (the facilitator's word), then the participant cap, then the session's
 * join budget (see sessions/join-budget.ts). Reconnects with an existing identity are not joins
 * and never come here.
 */
import type { JoinRefusal } from '../../shared/core/protocol';
import { readSettings } from '../../shared/session/schema/readControl';
import type { LiveSession } from '../sessions/live-session';
import type { SessionJoinBudget } from '../sessions/join-budget';
import type { HttpError } from './respond';

const REFUSALS: Record<JoinRefusal, Omit<HttpError, 'code'>> = {
  'doors-closed': {
    status: 403,
    message: 'the facilitator has closed the doors: this session admits no new participants',
  },
  'session-full': {
    status: 403,
    message: 'this session has reached its participant limit',
  },
  'join-rate': {
    status: 429,
    message: 'too many participants joined this session just now; try again in a minute',
  },
};

export function joinRefusal(session: LiveSession, budget: SessionJoinBudget): JoinRefusal | null {
  const settings = readSettings(session.control.doc);
  if (settings.doorsClosed) return 'doors-closed';
  if (session.participantCount >= settings.participantCap) return 'session-full';
  if (!budget.take(session.code, settings.participantCap)) return 'join-rate';
  return null;
}

export function refusalError(refusal: JoinRefusal): HttpError {
  return { ...REFUSALS[refusal], code: refusal };
}
