import type * as Y from 'yjs';
import { actionError } from '../../core/errors';
import { object, text, withDefault } from '../../core/decode';
import { err, ok } from '../../core/result';
import { LIMITS, type Language } from '../../core/protocol';
import { CONTROL_ROOT, type Choice, type PropositionState } from '../../core/layout';
import { controlRoot } from '../../core/roots';
import { readMeta } from '../../core/meta';
import { readProposition, readPropositions, readResult } from './schema';
import { choicesDecoder } from '../../template/validate';
import { defaultChoices } from './choices';
import { type PropositionId, newPropositionId, propositionIdDecoder } from '../../core/ids';
import { type ActionResult, decodeInput, notFound, transact } from '../../core/run';
import { propositionEntry, writeProposition } from './store';

/** Which states each facilitator move may start from. */
const ALLOWED_FROM: Record<'open' | 'closed' | 'revealed', readonly PropositionState[]> = {
  open: ['draft', 'closed', 'revealed'],
  closed: ['open'],
  revealed: ['open', 'closed'],
};

function setState(
  control: Y.Doc,
  propositionId: PropositionId,
  state: keyof typeof ALLOWED_FROM,
): ActionResult {
  const proposition = readProposition(control, propositionId);
  if (proposition === undefined)
    return err(
      actionError('unknown-proposition', 'This proposition does not exist', 'propositionId'),
    );
  if (!ALLOWED_FROM[state].includes(proposition.state)) {
    return err(
      actionError(
        'invalid-transition',
        `A ${proposition.state} proposition cannot become ${state}`,
        'propositionId',
      ),
    );
  }
  return transact(control, () => {
    // One open proposition at a time keeps the room on one question; opening one closes the other.
    if (state === 'open') {
      for (const other of readPropositions(control)) {
        if (other.id !== propositionId && other.state === 'open')
          propositionEntry(control, other.id)?.set('state', 'closed');
      }
    }
    propositionEntry(control, propositionId)?.set('state', state);
    return ok(undefined);
  });
}

export function openProposition(control: Y.Doc, propositionId: PropositionId): ActionResult {
  return setState(control, propositionId, 'open');
}

export function closeProposition(control: Y.Doc, propositionId: PropositionId): ActionResult {
  return setState(control, propositionId, 'closed');
}

/** Shows the result to the room; voting ends. */
export function revealProposition(control: Y.Doc, propositionId: PropositionId): ActionResult {
  return setState(control, propositionId, 'revealed');
}

const propositionText = text({ max: LIMITS.propositionTextMaxLength });
const newPropositionDecoder = object({
  id: propositionIdDecoder,
  text: propositionText,
  choices: choicesDecoder,
});

/** Adds a draft proposition at the end; choices default to agree / neutral / disagree. Returns its id. */
export function addProposition(
  control: Y.Doc,
  proposition: { id?: string; text: string; choices?: Choice[] },
): ActionResult<PropositionId> {
  const lang: Language = readMeta(control).lang;
  const input = decodeInput(newPropositionDecoder, {
    id: proposition.id ?? newPropositionId(),
    text: proposition.text,
    choices: proposition.choices ?? defaultChoices(lang),
  });
  if (!input.ok) return input;
  const { id, text: propositionTextValue, choices } = input.value;
  if (readProposition(control, id) !== undefined)
    return err(actionError('duplicate-id', 'This proposition id exists', 'id'));
  const order = readPropositions(control).reduce(
    (max, existing) => Math.max(max, existing.order + 1),
    0,
  );
  return transact(control, () => {
    writeProposition(control, id, { text: propositionTextValue, state: 'draft', choices, order });
    return ok(id);
  });
}

const editDecoder = object({
  text: withDefault(propositionText, undefined),
  choices: withDefault(choicesDecoder, undefined),
});

/** Edits the text, or the choices while nobody has voted yet (votes name choices by id). */
export function editProposition(
  control: Y.Doc,
  propositionId: PropositionId,
  edit: { text?: string; choices?: Choice[] },
): ActionResult {
  const input = decodeInput(editDecoder, edit);
  if (!input.ok) return input;
  if (readProposition(control, propositionId) === undefined)
    return err(notFound('Proposition', 'propositionId'));
  if (input.value.choices !== undefined && readResult(control, propositionId).voters > 0) {
    return err(actionError('has-votes', 'Choices cannot change once people have voted', 'choices'));
  }
  return transact(control, () => {
    const entry = propositionEntry(control, propositionId);
    if (entry === undefined) return err(notFound('Proposition', 'propositionId'));
    if (input.value.text !== undefined) entry.set('text', input.value.text);
    if (input.value.choices !== undefined) entry.set('choices', input.value.choices);
    return ok(undefined);
  });
}

/**
 * Removes a proposition nobody has voted on: votes are people's words and are never dropped
 * silently. "Nobody" is the voter count the server publishes in `results`.
 */
export function removeProposition(control: Y.Doc, propositionId: PropositionId): ActionResult {
  if (readProposition(control, propositionId) === undefined)
    return err(notFound('Proposition', 'propositionId'));
  if (readResult(control, propositionId).voters > 0) {
    return err(
      actionError('has-votes', 'A proposition with votes cannot be removed', 'propositionId'),
    );
  }
  return transact(control, () => {
    controlRoot(control, CONTROL_ROOT.propositions).delete(propositionId);
    return ok(undefined);
  });
}

/** Moves a proposition to a position in the list (0 = first). */
export function moveProposition(
  control: Y.Doc,
  propositionId: PropositionId,
  toIndex: number,
): ActionResult {
  const propositions = readPropositions(control);
  const moving = propositions.find((proposition) => proposition.id === propositionId);
  if (moving === undefined) return err(notFound('Proposition', 'propositionId'));
  const rest = propositions.filter((proposition) => proposition.id !== propositionId);
  const index = Math.max(0, Math.min(rest.length, Math.trunc(toIndex)));
  rest.splice(index, 0, moving);
  return transact(control, () => {
    rest.forEach((proposition, order) =>
      propositionEntry(control, proposition.id)?.set('order', order),
    );
    return ok(undefined);
  });
}
