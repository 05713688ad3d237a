/**
 * For unit and component tests of shared/ and the client: what the server does with a vote,
 * without a server. Ballots are kept here (per CONTROL document), never in the document, and
 * CONTROL `results` is republished with shared's publishResults, as server/ballots/publish.ts
 * does, including after state and settings changes.
 */
import type * as Y from 'yjs';
import { publishResults } from '../../shared/activities/propositions/results';
import { validateVote, type VoteInput } from '../../shared/activities/propositions/votes';
import type { ActionResult } from '../../shared/core/run';
import { perspectiveGroupOf, type CastBallot } from '../../shared/activities/propositions/tally';
import { ok } from '../../shared/core/result';
import { CONTROL_ROOT } from '../../shared/core/layout';
import { controlRoot } from '../../shared/core/roots';
import { readParticipants } from '../../shared/session/schema/participants';

type Box = Map<string, Map<string, CastBallot>>;
const boxes = new WeakMap<Y.Doc, Box>();

function boxOf(control: Y.Doc): Box {
  const known = boxes.get(control);
  if (known !== undefined) return known;
  const box: Box = new Map();
  boxes.set(control, box);
  const publish = () => publishResults(control, (id) => box.get(id)?.values() ?? []);
  controlRoot(control, CONTROL_ROOT.propositions).observeDeep(publish);
  controlRoot(control, CONTROL_ROOT.settings).observe(publish);
  return box;
}

/** Validates like the server, files the ballot (group from `board` when given), republishes. */
export function castVote(control: Y.Doc, vote: VoteInput, board?: Y.Doc): ActionResult {
  const checked = validateVote(control, vote);
  if (!checked.ok) return checked;
  const box = boxOf(control);
  const { participantId, propositionId, choiceId } = checked.value;
  const ballots = box.get(propositionId) ?? new Map<string, CastBallot>();
  box.set(propositionId, ballots);
  if (choiceId === null) ballots.delete(participantId);
  else {
    const people = board === undefined ? {} : readParticipants(board);
    ballots.set(participantId, { choiceId, group: perspectiveGroupOf(participantId, people) });
  }
  publishResults(control, (id) => box.get(id)?.values() ?? []);
  return ok(undefined);
}

/** The test's own view of the ballots (participantId -> choiceId) of one proposition. */
export function testBallots(control: Y.Doc, propositionId: string): Record<string, string> {
  const ballots = boxOf(control).get(propositionId) ?? new Map<string, CastBallot>();
  return Object.fromEntries([...ballots].map(([id, ballot]) => [id, ballot.choiceId]));
}
