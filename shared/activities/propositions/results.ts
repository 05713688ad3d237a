/**
 * The server's write of CONTROL `results`: the published aggregate of every proposition, computed
 * from ballots that never enter a relayed document. Only changed entries are written, so a vote
 * that changes nothing visible (a changed vote while hidden, two voters swapping with live
 * results) produces no update and therefore no frame on any socket.
 */
import type * as Y from 'yjs';
import { EMPTY_RESULT, publishResult, resultsVisible, sameResult, type CastBallot } from './tally';
import { CONTROL_ROOT } from '../../core/layout';
import { controlRoot } from '../../core/roots';
import { readPropositionSettings, readPropositions, readResults } from './schema';
import { ACTION_ORIGIN } from '../../core/run';
import type { PropositionId } from '../../core/ids';

/** Returns how many entries were written or removed (0: nothing changed, nothing was sent). */
export function publishResults(
  control: Y.Doc,
  ballotsOf: (propositionId: PropositionId) => Iterable<CastBallot>,
): number {
  const settings = readPropositionSettings(control);
  const current = readResults(control);
  const results = controlRoot(control, CONTROL_ROOT.results);
  let changes = 0;
  const propositions = readPropositions(control);
  const wanted = new Set<string>(propositions.map((proposition) => proposition.id));
  control.transact(() => {
    for (const proposition of propositions) {
      const next = publishResult({
        choices: proposition.choices,
        ballots: ballotsOf(proposition.id),
        visible: resultsVisible(proposition.state, settings.resultsVisibility),
        minGroupSize: settings.minGroupSize,
      });
      // An absent entry reads as "no voters, hidden": writing that would be a frame saying nothing.
      if (sameResult(current[proposition.id] ?? EMPTY_RESULT, next)) continue;
      results.set(proposition.id, next);
      changes += 1;
    }
    const stale = [...results.keys()].filter((propositionId) => !wanted.has(propositionId));
    for (const propositionId of stale) {
      results.delete(propositionId);
      changes += 1;
    }
  }, ACTION_ORIGIN);
  return changes;
}
