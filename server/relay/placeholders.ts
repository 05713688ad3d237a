/**
 * Keeps a refused client's clock moving. Yjs integrates a client's structs strictly in clock
 * order: if the relay simply dropped a refused update, every later update of that client would
 * wait forever for the missing clocks (a participant who dragged a note just as the board was
 * locked would be frozen). So the relay fills the refused clock ranges with GC structs: deleted
 * placeholders that carry no content, that every peer applies as a no-op, and after which the
 * client's next update fits again.
 *
 * Format (Yjs update v1, written down here because Yjs has no public API for it):
 *   update = clientCount:varUint ( structCount:varUint client:varUint clock:varUint
 *                                  ( info:uint8 = 0 (GC)  length:varUint ) ) deleteSet
 *   deleteSet (empty) = 0:varUint
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { DecodedUpdate } from './protocol';

export type ClockRange = { client: number; clock: number; length: number };

/**
 * The new, contiguous clock range each client would have added. Clients whose structs start past
 * the document's state or contain gaps (Skip) are left out: filling them could cover clocks the
 * client has not used yet.
 */
export function refusedRanges(doc: Y.Doc, decoded: DecodedUpdate): ClockRange[] {
  const byClient = new Map<number, DecodedUpdate['structs']>();
  for (const struct of decoded.structs) {
    const list = byClient.get(struct.id.client) ?? [];
    list.push(struct);
    byClient.set(struct.id.client, list);
  }
  const ranges: ClockRange[] = [];
  for (const [client, structs] of byClient) {
    const first = structs[0];
    const last = structs.at(-1);
    if (
      first === undefined ||
      last === undefined ||
      structs.some((struct) => struct instanceof Y.Skip)
    )
      continue;
    const state = Y.getState(doc.store, client);
    const end = last.id.clock + last.length;
    if (first.id.clock > state || end <= state) continue;
    ranges.push({ client, clock: state, length: end - state });
  }
  return ranges;
}

export function encodePlaceholders(ranges: ClockRange[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, ranges.length);
  for (const range of ranges) {
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, range.client);
    encoding.writeVarUint(encoder, range.clock);
    encoding.writeUint8(encoder, 0);
    encoding.writeVarUint(encoder, range.length);
  }
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}
