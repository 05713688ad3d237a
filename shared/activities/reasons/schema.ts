/** A recognition as stored in the BOARD: reason or barrier item id -> true. */
import type { Decoder } from '../../core/decode';
import { err, ok } from '../../core/result';
import { fieldError } from '../../core/errors';
import { valuesSlice } from '../../core/board-slice';

export const recognitionDecoder: Decoder<true> = (value, path) =>
  value === true ? ok(true) : err([fieldError(path, { code: 'not-expected', expected: 'true' })]);

/** BOARD `recognitions`: pid -> reason or barrier item id -> true. */
export const recognitionsSlice = valuesSlice('recognitions', recognitionDecoder, 'writing');
