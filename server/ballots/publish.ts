/**
 * Keeps CONTROL `results` in step with a session's ballots: republished after every ballot change
 * and whenever something that decides what may be shown changes in CONTROL (a proposition's
 * state or choices, the results visibility, the small-group threshold). publishResults writes
 * only entries that actually change, so most calls send nothing.
 */
import type * as Y from 'yjs';
import { publishResults } from '../../shared/activities/propositions/results';
import {
  perspectiveGroupOf,
  type PerspectiveGroup,
} from '../../shared/activities/propositions/tally';
import { CONTROL_ROOT } from '../../shared/core/layout';
import { controlRoot } from '../../shared/core/roots';
import { readParticipant } from '../../shared/session/schema/participants';
import type { BallotBox } from './ballot-box';

/**
 * Starts publishing; returns the function that stops it. Ballot changes publish once per
 * `windowMs` (all changes of the window together, see config resultsPublishMs); changes in
 * CONTROL publish at once, pending ballot changes included.
 */
export function bindResults(control: Y.Doc, box: BallotBox, windowMs: number): () => void {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const publish = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!stopped) publishResults(control, (propositionId) => box.ballotsOf(propositionId));
  };
  const publishSoon = (): void => {
    if (windowMs === 0) return publish();
    if (timer !== null || stopped) return;
    timer = setTimeout(publish, windowMs);
    timer.unref();
  };
  const propositions = controlRoot(control, CONTROL_ROOT.propositions);
  const settings = controlRoot(control, CONTROL_ROOT.settings);
  propositions.observeDeep(publish);
  settings.observe(publish);
  box.onChange = publishSoon;
  publish();
  return () => {
    // Whatever is pending is published before the documents are flushed and closed.
    publish();
    stopped = true;
    propositions.unobserveDeep(publish);
    settings.unobserve(publish);
    box.onChange = () => undefined;
  };
}

/** The voter's perspective group now, recorded with the ballot when it is cast. */
export function currentGroup(board: Y.Doc, participantId: string): PerspectiveGroup {
  const participant = readParticipant(board, participantId);
  return perspectiveGroupOf(
    participantId,
    participant === undefined ? {} : { [participantId]: participant },
  );
}
