/**
 * The two error shapes shared/ hands back. Actions answer with one ActionError (the UI shows
 * one message); validators of whole documents (templates, backups) answer with every
 * FieldError they found, so a facilitator fixes a file in one pass instead of one error a time.
 */

/** `code` is stable for callers to switch on; `message` is for people; `field` points at the input. */
export type ActionError = { code: string; message: string; field?: string };

/** `path` is where in the input, e.g. `agenda[2].title`; `message` says what is wrong there. */
export type FieldError = { path: string; message: string };

export function actionError(code: string, message: string, field?: string): ActionError {
  return field === undefined ? { code, message } : { code, message, field };
}

/** Turns the first field error of a refused input into the action error an action returns. */
export function invalidInput(errors: readonly FieldError[]): ActionError {
  const first = errors[0];
  if (first === undefined) return { code: 'invalid-input', message: 'Invalid input' };
  return { code: 'invalid-input', message: `${first.path}: ${first.message}`, field: first.path };
}
