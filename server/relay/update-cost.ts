/**
 * Bounded work per update, decided before Yjs applies anything.
 *
 * Yjs applies a delete set range by range; a range that starts or ends inside an item splits it
 * and splices the new half into the client's struct array. Ranges listed from high clock to low
 * split the front of one long item again and again, so every splice moves the whole rest of the
 * array: 50,000 ranges over a 100,000-character text blocked the server for seconds. Yjs itself
 * always writes a delete set sorted ascending and merged per client (sortAndMergeDeleteSet), so
 * the relay refuses any other order, and bounds what one update may add or split.
 *
 * Delete set format (Yjs update v1, after the structs): clientCount:varUint
 *   ( client:varUint rangeCount:varUint ( clock:varUint length:varUint )* )*
 */
import * as Y from 'yjs';
import type { DecodedUpdate } from './protocol';

export type UpdateCostLimits = {
  /** Structs an update may add to the document. */
  maxStructsPerUpdate: number;
  /** Delete ranges an update may apply to live items (ranges that delete nothing new are free). */
  maxDeleteRangesPerUpdate: number;
};

type UpdateStruct = DecodedUpdate['structs'][number];

export type UpdateCost = {
  /** Structs the document does not hold yet (whole or in part). */
  newStructs: UpdateStruct[];
  /** Live items of the document this update deletes. */
  deletedItems: Y.Item[];
  /** Items of the document a delete range cuts in two (each split adds one struct). */
  splitItems: Y.Item[];
  /** Upper bound of the splits of this update's own new structs by its own delete ranges. */
  splitsOfNewStructs: number;
};

export type CostCheck = { ok: true; cost: UpdateCost } | { ok: false; reason: string };

type DeleteRange = { clock: number; len: number };

/** Why a client's ranges are not as Yjs writes them (ascending, non-overlapping, non-empty), or null. */
export function deleteRangeOrderProblem(ranges: readonly DeleteRange[]): string | null {
  let end = -1;
  for (const range of ranges) {
    if (range.len <= 0) return 'an empty delete range';
    if (range.clock < end) return 'delete ranges out of order or overlapping';
    end = range.clock + range.len;
  }
  return null;
}

function newStructsOf(doc: Y.Doc, decoded: DecodedUpdate): UpdateStruct[] {
  return decoded.structs.filter(
    (struct) => struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client),
  );
}

/**
 * Walks the document's structs under one client's ranges (ascending, so the walk is one pass over
 * that client's array at most) and collects what would be deleted and split.
 */
function walkRanges(
  structs: ReadonlyArray<Y.Item | Y.GC>,
  ranges: readonly DeleteRange[],
  state: number,
  cost: UpdateCost,
): number {
  let effectiveRanges = 0;
  for (const range of ranges) {
    const end = range.clock + range.len;
    if (end > state) {
      // Deletes structs of this same update (Yjs integrates them first): at most two splits.
      effectiveRanges += 1;
      cost.splitsOfNewStructs += 2;
      if (range.clock >= state) continue;
    }
    let effective = false;
    let index = findIndex(structs, range.clock);
    for (let struct = structs[index]; struct !== undefined && struct.id.clock < end;) {
      if (struct instanceof Y.Item && !struct.deleted) {
        effective = true;
        cost.deletedItems.push(struct);
        const splitsStart = struct.id.clock < range.clock;
        const splitsEnd = struct.id.clock + struct.length > end;
        if (splitsStart) cost.splitItems.push(struct);
        if (splitsEnd) cost.splitItems.push(struct);
      }
      index += 1;
      struct = structs[index];
    }
    if (effective && end <= state) effectiveRanges += 1;
  }
  return effectiveRanges;
}

/** Binary search: index of the struct holding `clock` (clock < state). */
function findIndex(structs: ReadonlyArray<Y.Item | Y.GC>, clock: number): number {
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const struct = structs[middle];
    if (struct === undefined) break;
    if (clock < struct.id.clock) high = middle - 1;
    else if (clock >= struct.id.clock + struct.length) low = middle + 1;
    else return middle;
  }
  return low;
}

export function checkUpdateCost(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  limits: UpdateCostLimits,
): CostCheck {
  const cost: UpdateCost = {
    newStructs: newStructsOf(doc, decoded),
    deletedItems: [],
    splitItems: [],
    splitsOfNewStructs: 0,
  };
  if (cost.newStructs.length > limits.maxStructsPerUpdate)
    return {
      ok: false,
      reason: `update adds ${cost.newStructs.length} structs (at most ${limits.maxStructsPerUpdate})`,
    };
  let effectiveRanges = 0;
  for (const [client, ranges] of decoded.ds.clients) {
    const problem = deleteRangeOrderProblem(ranges);
    if (problem !== null) return { ok: false, reason: `${problem} for client ${client}` };
    const structs = doc.store.clients.get(client) ?? [];
    effectiveRanges += walkRanges(structs, ranges, Y.getState(doc.store, client), cost);
    if (effectiveRanges > limits.maxDeleteRangesPerUpdate)
      return {
        ok: false,
        reason: `update deletes in more than ${limits.maxDeleteRangesPerUpdate} ranges`,
      };
  }
  return { ok: true, cost };
}
