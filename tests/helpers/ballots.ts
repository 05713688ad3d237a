/**
 * For unit and component tests of shared/ and the client: what the server does with a vote,
 * without a server. Ballots are kept here (per CONTROL document), never in the document, and
 * CONTROL `results` is republished with shared's publishResults, as server/ballots/publish.ts
 * does, including after state and settings changes.
 */
import type * as Y from 'yjs';
import { publishResults } from '../../shared/actions/results';
import { validateVote, type Vote } from '../../shared/actions/votes';
import type { ActionResult } from '../../shared/actions/run';
import { perspectiveGroupOf, type CastBallot } from '../../shared/domain/tally';
import { ok } from '../../shared/result';
import { CONTROL_ROOT } from '../../shared/schema/layout';
import { controlRoot } from '../../shared/schema/roots';
import { readParticipants } from '../../shared/schema/readBoard';

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
export function castVote(control: Y.Doc, vote: Vote, board?: Y.Doc): ActionResult {
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
