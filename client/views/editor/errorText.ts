/**
 * shared/ refuses with codes (shared/core/errors.ts); the editor says the same thing in the
 * page's language. Both switches are exhaustive: a new code does not compile until it has a text.
 */
import type { ActionError, FieldProblem } from '../../../shared/core/errors';
import type { EditorMessages } from '../../i18n/editor';

export function fieldErrorText(m: EditorMessages, problem: FieldProblem): string {
  const errors = m.errors;
  switch (problem.code) {
    case 'not-text':
    case 'not-an-id':
    case 'key-not-an-id':
    case 'not-expected':
    case 'not-true-or-false':
    case 'not-a-list':
    case 'not-an-object':
      return errors.invalid;
    case 'empty':
      return errors.empty;
    case 'too-short':
      return errors.tooShort(problem.limit);
    case 'too-long':
      return errors.tooLong(problem.limit);
    case 'not-one-of':
      return errors.oneOf(problem.allowed.join(', '));
    case 'not-a-number':
      return errors.notANumber;
    case 'not-a-whole-number':
      return errors.wholeNumber;
    case 'out-of-range':
      return errors.range(problem.min, problem.max);
    case 'too-few':
      return errors.atLeast(problem.limit);
    case 'too-many':
      return errors.atMost(problem.limit);
    case 'duplicate-id':
    case 'duplicate-key':
    case 'id-taken':
      return errors.duplicate;
    case 'route-steps':
      return errors.routeSteps;
    case 'not-json':
      return errors.notJson;
    case 'not-a-backup':
      return errors.notABackup;
    case 'unsupported-version':
      return errors.unsupportedVersion(problem.version);
    case 'session-not-empty':
      return errors.sessionNotEmpty;
    case 'sealed-elsewhere':
      return errors.sealedElsewhere;
    case 'unreadable-file':
      return errors.unreadableFile;
  }
}

export function errorText(m: EditorMessages, error: ActionError): string {
  const errors = m.errors;
  switch (error.code) {
    case 'invalid-input':
      return error.problem === undefined ? errors.invalid : fieldErrorText(m, error.problem);
    case 'has-votes':
      return error.field === 'choices' ? errors.choicesHaveVotes : errors.hasVotes;
    case 'not-found':
      return errors.notFound;
    case 'not-run':
      return errors.notRun;
    case 'duplicate-id':
      return errors.duplicate;
    case 'limit-reached':
      return errors.limitReached;
    case 'reserved-id':
      return errors.reservedId;
    case 'over-budget':
      return errors.overBudget;
    case 'at-start':
      return errors.atStart;
    case 'at-end':
      return errors.atEnd;
    case 'not-running':
      return errors.notRunning;
    case 'not-paused':
      return errors.notPaused;
    case 'unknown-proposition':
      return errors.unknownProposition;
    case 'invalid-transition':
      return errors.invalidTransition;
    case 'not-open':
      return errors.notOpen;
    case 'invalid-choice':
      return errors.invalidChoice;
    case 'facilitator-votes-off':
      return errors.facilitatorVotesOff;
    case 'invalid-decision':
      return errors.invalidDecision;
    case 'not-at-check':
      return errors.notAtCheck;
    case 'not-at-evaluation':
      return errors.notAtEvaluation;
  }
}
