/**
 * Decoders: `unknown` in, typed value or every FieldError out. Everything that crosses a
 * boundary (a template file, a backup, an action's input, a value read from a Yjs document that
 * a participant could have written) goes through one of these, so the rest of shared/ can trust
 * its types.
 */
import { type Result, ok, err } from './result';
import { type FieldError, type FieldProblem, fieldError } from './errors';

export type Decoded<T> = Result<T, FieldError[]>;
export type Decoder<T> = (value: unknown, path: string) => Decoded<T>;
export type DecodedType<D> = D extends Decoder<infer T> ? T : never;

/**
 * Ids are keys in Yjs maps and in plain JSON objects. `__proto__` is refused because assigning it
 * on a plain object changes the object's prototype instead of adding a key.
 */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export function isSafeId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value) && value !== '__proto__';
}

function fail<T>(path: string, problem: FieldProblem): Decoded<T> {
  return err([fieldError(path, problem)]);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

export type TextOptions = { min?: number; max: number; trim?: boolean };

/** Strings are trimmed by default: a name of only spaces is as empty as no name. */
export function text(options: TextOptions): Decoder<string> {
  const min = options.min ?? 1;
  return (value, path) => {
    if (typeof value !== 'string') return fail(path, { code: 'not-text' });
    const trimmed = options.trim === false ? value : value.trim();
    if (trimmed.length < min) {
      return fail(path, min === 1 ? { code: 'empty' } : { code: 'too-short', limit: min });
    }
    if (trimmed.length > options.max) return fail(path, { code: 'too-long', limit: options.max });
    return ok(trimmed);
  };
}

export const id: Decoder<string> = (value, path) =>
  isSafeId(value) ? ok(value) : fail(path, { code: 'not-an-id' });

export function oneOf<T extends string>(values: readonly T[]): Decoder<T> {
  return (value, path) => {
    const found = values.find((candidate) => candidate === value);
    return found === undefined ? fail(path, { code: 'not-one-of', allowed: values }) : ok(found);
  };
}

export function literal<T extends string | number>(expected: T): Decoder<T> {
  return (value, path) =>
    value === expected
      ? ok(expected)
      : fail(path, { code: 'not-expected', expected: String(expected) });
}

export function numberIn(min: number, max: number): Decoder<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return fail(path, { code: 'not-a-number' });
    if (value < min || value > max) return fail(path, { code: 'out-of-range', min, max });
    // -0 + 0 is 0: JSON has no -0, so a stored -0 would not survive a backup round trip.
    return ok(value + 0);
  };
}

export function integerIn(min: number, max: number): Decoder<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value))
      return fail(path, { code: 'not-a-whole-number' });
    if (value < min || value > max) return fail(path, { code: 'out-of-range', min, max });
    // -0 + 0 is 0: JSON has no -0, so a stored -0 would not survive a backup round trip.
    return ok(value + 0);
  };
}

/** Milliseconds since the epoch; 0 allowed so fixed test clocks work. */
export const timestamp: Decoder<number> = integerIn(0, 8.64e15);

export const boolean: Decoder<boolean> = (value, path) =>
  typeof value === 'boolean' ? ok(value) : fail(path, { code: 'not-true-or-false' });

export function nullable<T>(decoder: Decoder<T>): Decoder<T | null> {
  return (value, path) => (value === null ? ok(null) : decoder(value, path));
}

/** A missing key (undefined) gets the fallback; anything else must decode. */
export function withDefault<T>(decoder: Decoder<T>, fallback: T): Decoder<T> {
  return (value, path) => (value === undefined ? ok(fallback) : decoder(value, path));
}

export type ArrayOptions = { min?: number; max?: number };

export function arrayOf<T>(item: Decoder<T>, options: ArrayOptions = {}): Decoder<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return fail(path, { code: 'not-a-list' });
    const min = options.min ?? 0;
    if (value.length < min) return fail(path, { code: 'too-few', limit: min });
    if (options.max !== undefined && value.length > options.max) {
      return fail(path, { code: 'too-many', limit: options.max });
    }
    const items: T[] = [];
    const errors: FieldError[] = [];
    value.forEach((element: unknown, index) => {
      const decoded = item(element, joinPath(path, index));
      if (decoded.ok) items.push(decoded.value);
      else errors.push(...decoded.error);
    });
    return errors.length > 0 ? err(errors) : ok(items);
  };
}

type Shape = Record<string, Decoder<unknown>>;
export type ShapeType<S extends Shape> = { [K in keyof S]: DecodedType<S[K]> };

/** Unknown keys are dropped, not refused: a file from a later version still loads what we know. */
export function object<S extends Shape>(shape: S): Decoder<ShapeType<S>> {
  return (value, path) => {
    if (!isRecord(value)) return fail(path, { code: 'not-an-object' });
    const decoded: Record<string, unknown> = {};
    const errors: FieldError[] = [];
    for (const key of Object.keys(shape)) {
      const decoder = shape[key];
      if (decoder === undefined) continue;
      const field = decoder(value[key], joinPath(path, key));
      if (field.ok) decoded[key] = field.value;
      else errors.push(...field.error);
    }
    if (errors.length > 0) return err(errors);
    // Safe: every key of the shape was decoded by its own decoder above.
    return ok(decoded as ShapeType<S>);
  };
}

/** A JSON object keyed by ids (participant ids, initiative ids...) or keys `isKey` accepts. */
export function recordOf<T>(
  entry: Decoder<T>,
  isKey: (key: string) => boolean = isSafeId,
): Decoder<Record<string, T>> {
  return (value, path) => {
    if (!isRecord(value)) return fail(path, { code: 'not-an-object' });
    const decoded: Record<string, T> = {};
    const errors: FieldError[] = [];
    for (const [key, element] of Object.entries(value)) {
      const keyPath = joinPath(path, key);
      if (!isKey(key)) {
        errors.push(fieldError(keyPath, { code: 'key-not-an-id' }));
        continue;
      }
      const field = entry(element, keyPath);
      if (field.ok) decoded[key] = field.value;
      else errors.push(...field.error);
    }
    return errors.length > 0 ? err(errors) : ok(decoded);
  };
}

/** Decodes and adds a cross-field check that only runs once the shape itself is right. */
export function refine<T>(
  decoder: Decoder<T>,
  check: (value: T, path: string) => FieldError[],
): Decoder<T> {
  return (value, path) => {
    const decoded = decoder(value, path);
    if (!decoded.ok) return decoded;
    const problems = check(decoded.value, path);
    return problems.length > 0 ? err(problems) : decoded;
  };
}

/** Reports every id that appears more than once in a list, pointing at the repeat. */
export function duplicateIds(items: readonly { id: string }[], path: string): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id))
      errors.push(
        fieldError(joinPath(joinPath(path, index), 'id'), { code: 'duplicate-id', value: item.id }),
      );
    seen.add(item.id);
  });
  return errors;
}
