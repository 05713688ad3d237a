/** A recognition as stored in the BOARD: reason or barrier item id -> true. */
import type { Decoder } from '../../core/decode';
import { err, ok } from '../../core/result';
import { fieldError } from '../../core/errors';

export const recognitionDecoder: Decoder<true> = (value, path) =>
  value === true ? ok(true) : err([fieldError(path, { code: 'not-expected', expected: 'true' })]);
