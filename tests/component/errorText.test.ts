/**
 * The editor turns shared's error codes into Dutch and English text with a switch, never by
 * reading the English message; every code has a text in both languages.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTION_ERROR_CODES,
  type FieldErrorCode,
  type FieldProblem,
  actionError,
  fieldError,
  invalidInput,
} from '../../shared/core/errors';
import { errorText, fieldErrorText } from '../../client/views/editor/errorText';
import { editorEn } from '../../client/i18n/editor/en';
import { editorNl } from '../../client/i18n/editor/nl';

/** One sample per field code; the mapped type makes a new code fail to compile here too. */
const FIELD_SAMPLES: { [C in FieldErrorCode]: Extract<FieldProblem, { code: C }> } = {
  'not-text': { code: 'not-text' },
  empty: { code: 'empty' },
  'too-short': { code: 'too-short', limit: 3 },
  'too-long': { code: 'too-long', limit: 80 },
  'not-an-id': { code: 'not-an-id' },
  'key-not-an-id': { code: 'key-not-an-id' },
  'not-one-of': { code: 'not-one-of', allowed: ['nl', 'en'] },
  'not-expected': { code: 'not-expected', expected: 'true' },
  'not-a-number': { code: 'not-a-number' },
  'not-a-whole-number': { code: 'not-a-whole-number' },
  'out-of-range': { code: 'out-of-range', min: 0, max: 20 },
  'not-true-or-false': { code: 'not-true-or-false' },
  'not-a-list': { code: 'not-a-list' },
  'too-few': { code: 'too-few', limit: 1 },
  'too-many': { code: 'too-many', limit: 12 },
  'not-an-object': { code: 'not-an-object' },
  'duplicate-id': { code: 'duplicate-id', value: 'lesson-1' },
  'duplicate-key': { code: 'duplicate-key', value: 'yes' },
  'id-taken': { code: 'id-taken', value: 'r1', firstPath: 'reasons[0].items[0].id' },
  'route-steps': { code: 'route-steps', steps: ['a', 'b'] },
  'not-json': { code: 'not-json', reason: 'Unexpected token' },
  'not-a-backup': { code: 'not-a-backup', format: 'collectief-backup' },
  'unsupported-version': { code: 'unsupported-version', version: '99', supported: 2 },
  'session-not-empty': { code: 'session-not-empty' },
  'sealed-elsewhere': { code: 'sealed-elsewhere' },
  'unreadable-file': { code: 'unreadable-file', reason: 'EIO' },
};

describe('errorText', () => {
  it('says what is wrong with a field in Dutch and in English, with its numbers', () => {
    const tooLong = invalidInput([fieldError('title', FIELD_SAMPLES['too-long'])]);
    expect(errorText(editorNl, tooLong)).toBe('Maximaal 80 tekens.');
    expect(errorText(editorEn, tooLong)).toBe('At most 80 characters.');
    const range = invalidInput([fieldError('minutes', FIELD_SAMPLES['out-of-range'])]);
    expect(errorText(editorNl, range)).toBe('Kies een getal van 0 tot en met 20.');
    expect(errorText(editorEn, range)).toBe('Choose a number from 0 to 20.');
    const empty = invalidInput([fieldError('title', FIELD_SAMPLES.empty)]);
    expect(errorText(editorNl, empty)).toBe('Vul dit in.');
    expect(errorText(editorEn, empty)).toBe('Fill this in.');
    const tooFew = invalidInput([fieldError('choices', FIELD_SAMPLES['too-few'])]);
    expect(errorText(editorNl, tooFew)).toBe('Er moet minstens 1 overblijven.');
    expect(errorText(editorEn, tooFew)).toBe('At least 1 must remain.');
  });

  it('tells a proposition with votes apart from choices that have votes', () => {
    const removal = actionError('has-votes', 'A proposition with votes cannot be removed', 'id');
    const choices = actionError('has-votes', 'Choices cannot change', 'choices');
    expect(errorText(editorNl, removal)).toContain('Er is al op gestemd');
    expect(errorText(editorEn, removal)).toContain('People have voted on it');
    expect(errorText(editorNl, choices)).toContain('keuzes kunnen niet meer veranderen');
    expect(errorText(editorEn, choices)).toContain('choices can no longer change');
  });

  it('has a text of its own in both languages for every action code', () => {
    for (const code of ACTION_ERROR_CODES) {
      const error = actionError(code, `english ${code}`);
      const nl = errorText(editorNl, error);
      const en = errorText(editorEn, error);
      expect(nl, code).not.toBe('');
      expect(en, code).not.toBe('');
      expect(nl, code).not.toBe(error.message);
      expect(en, code).not.toBe(error.message);
    }
  });

  it('has a text in both languages for every field code, never the English message', () => {
    for (const problem of Object.values(FIELD_SAMPLES)) {
      const error = fieldError('x', problem);
      const nl = fieldErrorText(editorNl, error);
      const en = fieldErrorText(editorEn, error);
      expect(nl, problem.code).not.toBe('');
      expect(en, problem.code).not.toBe('');
      expect(nl, problem.code).not.toBe(error.message);
    }
  });
});
