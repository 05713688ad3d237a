/**
 * Sessions stored before secret ballots kept every vote in CONTROL `votes`
 * (propositionId -> participantId -> choiceId), relayed to every socket. At load their ballots
 * move into the private store (durably, first), then the `votes` entries are deleted from the
 * document. Deleting each per-proposition map lets Yjs garbage-collect its children (the
 * participant ids and choices), and the caller then rewrites the CONTROL snapshot and empties its
 * log, so no file on disk keeps a participant id next to a choice.
 */
import type * as Y from 'yjs';
import { isSafeId } from '../../shared/core/decode';
import { ACTION_ORIGIN } from '../../shared/core/run';
import { CONTROL_ROOT } from '../../shared/core/layout';
import { childMap, controlRoot } from '../../shared/core/roots';
import type { BallotBox } from './ballot-box';
import { currentGroup } from './publish';

/** How many legacy ballots were moved (0: nothing to migrate, nothing written). */
export async function migrateLegacyVotes(
  control: Y.Doc,
  board: Y.Doc,
  box: BallotBox,
): Promise<{ ballots: number; propositions: number }> {
  const votes = controlRoot(control, CONTROL_ROOT.votes);
  if (votes.size === 0) return { ballots: 0, propositions: 0 };
  const found: Parameters<BallotBox['importBallots']>[0] = [];
  votes.forEach((_value, propositionId) => {
    const ballot = childMap(votes, propositionId);
    if (ballot === undefined || !isSafeId(propositionId)) return;
    ballot.forEach((choiceId, participantId) => {
      if (!isSafeId(participantId) || !isSafeId(choiceId)) return;
      // The cast-time group is unknown for old votes: the perspective at migration is the best.
      const group = currentGroup(board, participantId);
      found.push({ participantId, propositionId, choiceId, group });
    });
  });
  const propositions = votes.size;
  if (found.length > 0) await box.importBallots(found);
  await box.compact();
  control.transact(() => {
    for (const propositionId of [...votes.keys()]) votes.delete(propositionId);
  }, ACTION_ORIGIN);
  return { ballots: found.length, propositions };
}
