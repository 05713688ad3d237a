import * as Y from 'yjs';
import { actionError } from '../errors';
import { id as idDecoder, nullable, object } from '../decode';
import { err } from '../result';
import { CONTROL_ROOT, FACILITATOR_NAMESPACE } from '../schema/layout';
import { childMap, controlRoot } from '../schema/roots';
import { readProposition, readSettings } from '../schema/readControl';
import { type ActionResult, decodeInput, done, transact } from './run';

const voteDecoder = object({
  participantId: idDecoder,
  propositionId: idDecoder,
  choiceId: nullable(idDecoder),
});

export type Vote = { participantId: string; propositionId: string; choiceId: string | null };

/**
 * Records (or, with choiceId null, withdraws) one participant's vote. Only the server calls this,
 * after checking the participant's token: the relay never lets a socket write `votes`.
 * One vote per participant per proposition, changeable while the proposition is open.
 * Codes: invalid-input, unknown-proposition, not-open, invalid-choice, facilitator-votes-off.
 */
export function castVote(control: Y.Doc, vote: Vote): ActionResult {
  const input = decodeInput(voteDecoder, vote);
  if (!input.ok) return input;
  const { participantId, propositionId, choiceId } = input.value;
  const proposition = readProposition(control, propositionId);
  if (proposition === undefined) {
    return err(
      actionError('unknown-proposition', 'This proposition does not exist', 'propositionId'),
    );
  }
  if (proposition.state !== 'open')
    return err(actionError('not-open', 'Voting on this proposition is not open', 'propositionId'));
  if (choiceId !== null && !proposition.choices.some((choice) => choice.id === choiceId)) {
    return err(actionError('invalid-choice', 'This proposition has no such choice', 'choiceId'));
  }
  if (participantId === FACILITATOR_NAMESPACE && !readSettings(control).facilitatorVotes) {
    return err(
      actionError(
        'facilitator-votes-off',
        'The facilitator does not vote in this session',
        'participantId',
      ),
    );
  }
  return transact(control, () => {
    const votes = controlRoot(control, CONTROL_ROOT.votes);
    const ballot = childMap(votes, propositionId) ?? new Y.Map<unknown>();
    if (ballot.parent === null) votes.set(propositionId, ballot);
    if (choiceId === null) ballot.delete(participantId);
    else ballot.set(participantId, choiceId);
    return done;
  });
}
