import {
  addProposition,
  editProposition,
  moveProposition,
  removeProposition,
} from '../../../shared/activities/propositions/actions';
import type { ActionResult } from '../../../shared/core/run';
import { actionError } from '../../../shared/core/errors';
import { err } from '../../../shared/core/result';
import { newId } from '../../../shared/core/ids';
import { readProposition, readResult } from '../../../shared/activities/propositions/schema';
import type { Choice } from '../../../shared/core/layout';
import { useControl, useSession } from '../../session/hooks';
import { moveBy, patchById, withoutId } from '../../views/editor/listEdits';
import type { PropositionId } from '../../../shared/core/ids';

/** The propositions with their vote counts, and the facilitator's edits of them. */
export function usePropositionsEditor() {
  const control = useSession().docs.control;
  const propositions = useControl((state) => state.propositions);
  const results = useControl((state) => state.results);

  /** Choices change as a whole list, built from the document's current choices. */
  const updateChoices = (
    id: PropositionId,
    change: (choices: Choice[]) => Choice[],
  ): ActionResult => {
    const proposition = readProposition(control, id);
    if (proposition === undefined)
      return err(actionError('not-found', 'Proposition does not exist', 'propositionId'));
    return editProposition(control, id, { choices: change(proposition.choices) });
  };

  return {
    propositions,
    voteCount: (id: PropositionId) => results[id]?.voters ?? 0,
    editText: (id: PropositionId, text: string) => editProposition(control, id, { text }),
    editChoice: (id: PropositionId, choiceId: string, label: string) =>
      updateChoices(id, (choices) => patchById(choices, choiceId, { label })),
    moveChoice: (id: PropositionId, choiceId: string, delta: number) =>
      updateChoices(id, (choices) => moveBy(choices, choiceId, delta)),
    removeChoice: (id: PropositionId, choiceId: string) =>
      updateChoices(id, (choices) => withoutId(choices, choiceId)),
    addChoice: (id: PropositionId, label: string) =>
      updateChoices(id, (choices) => [...choices, { id: newId(), label }]),
    move: (id: PropositionId, delta: number): ActionResult => {
      const index = propositions.findIndex((proposition) => proposition.id === id);
      return moveProposition(control, id, index + delta);
    },
    remove: (id: PropositionId): ActionResult => {
      // A result people saw must stay true: shared keeps votes of removed propositions out of
      // every tally, so removing one with votes would silently change the record.
      if (readResult(control, id).voters > 0)
        return err(
          actionError('has-votes', 'People have voted on this proposition', 'propositionId'),
        );
      return removeProposition(control, id);
    },
    add: (text: string) => addProposition(control, { text }),
  };
}
