import type * as Y from 'yjs';
import { actionError } from '../../core/errors';
import { id as idDecoder, nullable, object } from '../../core/decode';
import { err, ok } from '../../core/result';
import { FACILITATOR_NAMESPACE } from '../../core/layout';
import { readProposition, readPropositionSettings } from './schema';
import { type ActionResult, decodeInput } from '../../core/run';
import {
  type ParticipantId,
  type PropositionId,
  participantIdDecoder,
  propositionIdDecoder,
} from '../../core/ids';

const voteDecoder = object({
  participantId: participantIdDecoder,
  propositionId: propositionIdDecoder,
  choiceId: nullable(idDecoder),
});

export type Vote = {
  participantId: ParticipantId;
  propositionId: PropositionId;
  choiceId: string | null;
};

/** A vote as it arrives: the participant is proven by the caller, the rest is checked here. */
export type VoteInput = {
  participantId: ParticipantId;
  propositionId: string;
  choiceId: string | null;
};

/**
 * Checks one participant's vote (choiceId null withdraws it) against the CONTROL document and
 * writes nothing: ballots are kept by the server outside every relayed document
 * (server/ballots), and CONTROL only carries what the server publishes from them (`results`).
 * One vote per participant per proposition, changeable while the proposition is open.
 * Codes: invalid-input, unknown-proposition, not-open, invalid-choice, facilitator-votes-off.
 */
export function validateVote(control: Y.Doc, vote: VoteInput): ActionResult<Vote> {
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
  if (
    participantId === FACILITATOR_NAMESPACE &&
    !readPropositionSettings(control).facilitatorVotes
  ) {
    return err(
      actionError(
        'facilitator-votes-off',
        'The facilitator does not vote in this session',
        'participantId',
      ),
    );
  }
  return ok({ participantId, propositionId, choiceId });
}
