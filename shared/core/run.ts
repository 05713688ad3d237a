/**
 * Plumbing every action shares: decode the input first (nothing touches the document when it is
 * refused), then write inside one transaction, so observers see one change and peers get one update.
 */
import type * as Y from 'yjs';
import { type ActionError, actionError, invalidInput } from './errors';
import type { Decoder } from './decode';
import { type Result, ok, err } from './result';

/** Transaction origin of every action, so observers can tell action writes from remote updates. */
export const ACTION_ORIGIN = 'collectief-action';

export type ActionResult<T = void> = Result<T, ActionError>;

export function decodeInput<T>(decoder: Decoder<T>, input: unknown, path = ''): ActionResult<T> {
  const decoded = decoder(input, path);
  return decoded.ok ? ok(decoded.value) : err(invalidInput(decoded.error));
}

export function transact<T>(doc: Y.Doc, write: () => ActionResult<T>): ActionResult<T> {
  let result: ActionResult<T> = err(actionError('not-run', 'The action did not run'));
  doc.transact(() => {
    result = write();
  }, ACTION_ORIGIN);
  return result;
}

export function notFound(what: string, field?: string): ActionError {
  return actionError('not-found', `${what} does not exist`, field);
}

export const done: ActionResult = ok(undefined);
