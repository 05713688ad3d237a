/**
 * "This participant's votes leave the tally", on today's layout: the participant's entry is
 * deleted from every proposition's ballot map in CONTROL `votes`, whatever the proposition's
 * state (a removed person's vote must not count in a closed or revealed result either), in one
 * server transaction, so every peer sees the corrected tally in one update.
 *
 * One function on purpose: when ballots move to the server's private store, this becomes a call
 * to that store's withdrawal and nothing else changes.
 */
import * as Y from 'yjs';
import { ACTION_ORIGIN } from '../../shared/actions/run';
import { CONTROL_ROOT } from '../../shared/schema/layout';
import { controlRoot } from '../../shared/schema/roots';
import type { LiveSession } from './live-session';

export function withdrawParticipantVotes(session: LiveSession, participantId: string): void {
  const doc = session.control.doc;
  doc.transact(() => {
    controlRoot(doc, CONTROL_ROOT.votes).forEach((ballot) => {
      if (ballot instanceof Y.Map && ballot.has(participantId)) ballot.delete(participantId);
    });
  }, ACTION_ORIGIN);
}
