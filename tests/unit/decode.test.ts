import { describe, expect, it } from 'vitest';
import {
  arrayOf,
  id,
  integerIn,
  isSafeId,
  numberIn,
  object,
  oneOf,
  recordOf,
  text,
  withDefault,
} from '../../shared/core/decode';
import { actionError, fieldError, invalidInput } from '../../shared/core/errors';
import { newId } from '../../shared/core/ids';

describe('decoders', () => {
  it('trim text and check its length', () => {
    expect(text({ max: 5 })('  abc ', 'name')).toEqual({ ok: true, value: 'abc' });
    expect(text({ max: 5 })('   ', 'name')).toEqual({
      ok: false,
      error: [{ code: 'empty', path: 'name', message: 'must not be empty' }],
    });
    expect(text({ max: 2 })('abc', 'name')).toEqual({
      ok: false,
      error: [
        { code: 'too-long', limit: 2, path: 'name', message: 'must be at most 2 characters' },
      ],
    });
    expect(text({ max: 2 })(3, 'name')).toEqual({
      ok: false,
      error: [{ code: 'not-text', path: 'name', message: 'must be text' }],
    });
  });

  it('check numbers, whole numbers and enums', () => {
    expect(numberIn(-1, 1)(Infinity, 'x').ok).toBe(false);
    expect(numberIn(-1, 1)(-1, 'x')).toEqual({ ok: true, value: -1 });
    expect(Object.is((numberIn(-1, 1)(-0, 'x') as { value: number }).value, 0)).toBe(true);
    expect(integerIn(0, 3)(1.5, 'n').ok).toBe(false);
    expect(oneOf(['a', 'b'] as const)('c', 'k')).toEqual({
      ok: false,
      error: [
        { code: 'not-one-of', allowed: ['a', 'b'], path: 'k', message: 'must be one of: a, b' },
      ],
    });
  });

  it('collect every error of an object and a list, with paths', () => {
    const decoder = object({
      items: arrayOf(object({ id, n: integerIn(0, 9) })),
      extra: withDefault(text({ max: 3 }), 'x'),
    });
    expect(
      decoder(
        {
          items: [
            { id: 'ok', n: 1 },
            { id: 'bad id', n: 10 },
          ],
        },
        '',
      ),
    ).toEqual({
      ok: false,
      error: [
        {
          code: 'not-an-id',
          path: 'items[1].id',
          message: 'must be an id of 1-64 letters, digits, - or _',
        },
        {
          code: 'out-of-range',
          min: 0,
          max: 9,
          path: 'items[1].n',
          message: 'must be between 0 and 9',
        },
      ],
    });
    expect(decoder({ items: [] }, '')).toEqual({ ok: true, value: { items: [], extra: 'x' } });
  });

  it('refuse record keys that are not safe ids, such as __proto__', () => {
    const decoded = recordOf(integerIn(0, 9))(JSON.parse('{"__proto__": 1, "ok": 2}'), 'dots');
    expect(decoded).toEqual({
      ok: false,
      error: [
        {
          code: 'key-not-an-id',
          path: 'dots.__proto__',
          message: 'key must be an id of 1-64 letters, digits, - or _',
        },
      ],
    });
    expect(isSafeId('__proto__')).toBe(false);
    expect(isSafeId('a'.repeat(65))).toBe(false);
    expect(isSafeId('lesson-1')).toBe(true);
  });
});

describe('errors', () => {
  it('turn the first field error into the action error, pointing at the field', () => {
    const problem = fieldError('x', { code: 'not-a-number' });
    expect(problem).toEqual({ code: 'not-a-number', path: 'x', message: 'must be a number' });
    expect(invalidInput([problem])).toEqual({
      code: 'invalid-input',
      message: 'x: must be a number',
      field: 'x',
      problem,
    });
    expect(actionError('not-open', 'closed')).toEqual({ code: 'not-open', message: 'closed' });
  });
});

describe('newId', () => {
  it('makes safe, distinct ids without crypto.randomUUID', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId()));
    expect(ids.size).toBe(1000);
    for (const value of ids) expect(isSafeId(value) && value.length === 16).toBe(true);
  });
});
