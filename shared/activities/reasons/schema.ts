/** A recognition as stored in the BOARD: reason or barrier item id -> true. */
import type { Decoder } from '../../core/decode';
import { err, ok } from '../../core/result';

export const recognitionDecoder: Decoder<true> = (value, path) =>
  value === true ? ok(true) : err([{ path, message: 'must be true' }]);
