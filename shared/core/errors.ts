/**
 * The two error shapes shared/ hands back. Actions answer with one ActionError (the UI shows
 * one message); validators of whole documents (templates, backups) answer with every
 * FieldError they found, so a facilitator fixes a file in one pass instead of one error a time.
 *
 * Both carry a code from a closed union, so the UI translates with a switch the compiler checks;
 * `message` is the English sentence for logs, HTTP answers and tests, never parsed back.
 */

/** Why an action was refused (listed as values too, so tests can walk every code). */
export const ACTION_ERROR_CODES = [
  'invalid-input',
  'not-found',
  'not-run',
  'duplicate-id',
  'limit-reached',
  'reserved-id',
  'over-budget',
  'at-start',
  'at-end',
  'not-running',
  'not-paused',
  'unknown-proposition',
  'invalid-transition',
  'has-votes',
  'not-open',
  'invalid-choice',
  'facilitator-votes-off',
  'invalid-decision',
  'not-at-check',
  'not-at-evaluation',
] as const;
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];

/**
 * What is wrong with one input value, with the numbers and names a translation needs. `limit` is
 * the bound that was crossed; `value` the offending id or key.
 */
export type FieldProblem =
  | { code: 'not-text' }
  | { code: 'empty' }
  | { code: 'too-short'; limit: number }
  | { code: 'too-long'; limit: number }
  | { code: 'not-an-id' }
  | { code: 'key-not-an-id' }
  | { code: 'not-one-of'; allowed: readonly string[] }
  | { code: 'not-expected'; expected: string }
  | { code: 'not-a-number' }
  | { code: 'not-a-whole-number' }
  | { code: 'out-of-range'; min: number; max: number }
  | { code: 'not-true-or-false' }
  | { code: 'not-a-list' }
  | { code: 'too-few'; limit: number }
  | { code: 'too-many'; limit: number }
  | { code: 'not-an-object' }
  | { code: 'duplicate-id'; value: string }
  | { code: 'duplicate-key'; value: string }
  | { code: 'id-taken'; value: string; firstPath: string }
  | { code: 'route-steps'; steps: readonly string[] }
  | { code: 'not-json'; reason: string }
  | { code: 'not-a-backup'; format: string }
  | { code: 'unsupported-version'; version: string; supported: number }
  | { code: 'session-not-empty' }
  | { code: 'sealed-elsewhere' }
  | { code: 'unreadable-file'; reason: string };

export type FieldErrorCode = FieldProblem['code'];

/** `path` is where in the input, e.g. `agenda[2].title`; `message` says in English what is wrong. */
export type FieldError = FieldProblem & { path: string; message: string };

/**
 * `field` points at the input; `problem` is the field error behind an `invalid-input`, so the UI
 * can say in its own words what is wrong with that field.
 */
export type ActionError = {
  code: ActionErrorCode;
  message: string;
  field?: string;
  problem?: FieldError;
};

export function actionError(code: ActionErrorCode, message: string, field?: string): ActionError {
  return field === undefined ? { code, message } : { code, message, field };
}

/** The English sentence of a field problem (for logs and developers; the UI translates codes). */
export function fieldMessage(problem: FieldProblem): string {
  switch (problem.code) {
    case 'not-text':
      return 'must be text';
    case 'empty':
      return 'must not be empty';
    case 'too-short':
      return `must be at least ${problem.limit} characters`;
    case 'too-long':
      return `must be at most ${problem.limit} characters`;
    case 'not-an-id':
      return 'must be an id of 1-64 letters, digits, - or _';
    case 'key-not-an-id':
      return 'key must be an id of 1-64 letters, digits, - or _';
    case 'not-one-of':
      return `must be one of: ${problem.allowed.join(', ')}`;
    case 'not-expected':
      return `must be ${problem.expected}`;
    case 'not-a-number':
      return 'must be a number';
    case 'not-a-whole-number':
      return 'must be a whole number';
    case 'out-of-range':
      return `must be between ${problem.min} and ${problem.max}`;
    case 'not-true-or-false':
      return 'must be true or false';
    case 'not-a-list':
      return 'must be a list';
    case 'too-few':
      return `must have at least ${problem.limit} item${problem.limit === 1 ? '' : 's'}`;
    case 'too-many':
      return `must have at most ${problem.limit} items`;
    case 'not-an-object':
      return 'must be an object';
    case 'duplicate-id':
      return `duplicate id "${problem.value}"`;
    case 'duplicate-key':
      return `duplicate "${problem.value}"`;
    case 'id-taken':
      return `id "${problem.value}" is already used at ${problem.firstPath}`;
    case 'route-steps':
      return `must hold the steps ${problem.steps.join(', ')}, each once, in this order`;
    case 'not-json':
      return `not valid JSON: ${problem.reason}`;
    case 'not-a-backup':
      return `must be "${problem.format}": this is not a Collectief session backup`;
    case 'unsupported-version':
      return `version ${problem.version} is not supported (this app reads version ${problem.supported})`;
    case 'session-not-empty':
      return 'a backup restores only into a new, empty session';
    case 'sealed-elsewhere':
      return "the votes in this backup were sealed by another server; restore it there, or give this server that server's ballot-seal.key";
    case 'unreadable-file':
      return problem.reason;
  }
}

export function fieldError(path: string, problem: FieldProblem): FieldError {
  return { ...problem, path, message: fieldMessage(problem) };
}

/** Turns the first field error of a refused input into the action error an action returns. */
export function invalidInput(errors: readonly FieldError[]): ActionError {
  const first = errors[0];
  if (first === undefined) return { code: 'invalid-input', message: 'Invalid input' };
  return {
    code: 'invalid-input',
    message: `${first.path}: ${first.message}`,
    field: first.path,
    problem: first,
  };
}
