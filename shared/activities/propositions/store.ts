/** How a proposition is stored in CONTROL `propositions` (one nested map each, plus its ballot). */
import * as Y from 'yjs';
import type { Choice, PropositionState } from '../../core/layout';
import { CONTROL_ROOT } from '../../core/layout';
import { childMap, controlRoot } from '../../core/roots';

export type StoredProposition = {
  text: string;
  state: PropositionState;
  choices: Choice[];
  order: number;
};

export function writeProposition(
  control: Y.Doc,
  propositionId: string,
  fields: StoredProposition,
): void {
  const entry = new Y.Map<unknown>();
  entry.set('text', fields.text);
  entry.set('state', fields.state);
  entry.set('choices', fields.choices);
  entry.set('order', fields.order);
  controlRoot(control, CONTROL_ROOT.propositions).set(propositionId, entry);
}

export function propositionEntry(
  control: Y.Doc,
  propositionId: string,
): Y.Map<unknown> | undefined {
  return childMap(controlRoot(control, CONTROL_ROOT.propositions), propositionId);
}
