/**
 * Splitting a refused update into what may be kept and what may not. A participant's reconnect
 * sync carries everything she did offline in one update; if the facilitator locked the board in
 * the meantime, one moved note must not take her takeaway down with it.
 *
 * The cut is per struct (and, in the delete set, per deleted item):
 * - a new struct is refused when the policy refuses its location (root, first key), or when it
 *   names a refused struct of this update as origin, right origin or parent (transitively): Yjs
 *   would turn it into GC anyway, and the writer must hear that it was lost;
 * - a deletion is refused when the policy refuses the location of the live item it deletes, or
 *   when it deletes a refused struct of this update.
 * The kept update is the original with every refused struct replaced by a GC placeholder of the
 * same length (see placeholders.ts: the writer's clocks keep moving, later structs still fit) and
 * the refused deletions left out. Yjs update v1, as Yjs itself writes it (`Item.write`):
 *   update = clientCount:varUint ( structCount:varUint client:varUint clock:varUint struct* ) deleteSet
 *   GC placeholder = info:uint8 = 0  length:varUint
 *   deleteSet = clientCount:varUint ( client:varUint rangeCount:varUint ( clock:varUint len:varUint )* )
 *
 * Only for updates the inspector resolved (no gaps, no Skip); anything else gives null and the
 * caller refuses the update whole, as before.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import {
  Resolver,
  indexByClient,
  locateIntegrated,
  type Location,
  type UpdateStruct,
} from './inspector';
import type { Verdict } from './policy';
import type { DecodedUpdate } from './protocol';

export type Refusal = Extract<Verdict, { allowed: false }>;
export type JudgeLocation = (location: Location) => Verdict;

export type SplitUpdate = {
  /** Allowed structs, GC placeholders for the refused ones, allowed deletions. */
  update: Uint8Array;
  /** The first refusal met (null when, after all, nothing was refused). */
  refusal: Refusal | null;
  keptStructs: number;
  refusedStructs: number;
  /** Deleted items (or parts of them) whose deletion was refused. */
  refusedDeletions: number;
};

type ClockRange = { clock: number; len: number };

/** Refusal of each struct of the update, decided once. */
class StructJudge {
  private readonly decided = new Map<UpdateStruct, Refusal | null>();
  private readonly deciding = new Set<UpdateStruct>();

  constructor(
    private readonly store: Y.Doc['store'],
    readonly resolver: Resolver,
    readonly judgeLocation: JudgeLocation,
  ) {}

  refusalOf(struct: UpdateStruct): Refusal | null {
    const known = this.decided.get(struct);
    if (known !== undefined) return known;
    if (isAlreadyKnown(this.store, struct)) return null;
    // A cycle of references cannot integrate anyway; its own location decides.
    if (this.deciding.has(struct)) return null;
    this.deciding.add(struct);
    const refusal = this.ownRefusal(struct) ?? this.inheritedRefusal(struct);
    this.deciding.delete(struct);
    this.decided.set(struct, refusal);
    return refusal;
  }

  verdictAt(location: Location): Refusal | null {
    const verdict = this.judgeLocation(location);
    return verdict.allowed ? null : verdict;
  }

  private ownRefusal(struct: UpdateStruct): Refusal | null {
    return this.verdictAt(this.resolver.locateUpdateStruct(struct));
  }

  private inheritedRefusal(struct: UpdateStruct): Refusal | null {
    if (!(struct instanceof Y.Item)) return null;
    const parent: unknown = struct.parent;
    const references = [struct.origin, struct.rightOrigin, parent instanceof Y.ID ? parent : null];
    for (const id of references) {
      if (id === null) continue;
      if (id.clock < Y.getState(this.store, id.client)) continue;
      const target = this.resolver.findInUpdate(id.client, id.clock);
      const refusal = target === null ? null : this.refusalOf(target);
      if (refusal !== null) return refusal;
    }
    return null;
  }
}

function isAlreadyKnown(store: Y.Doc['store'], struct: UpdateStruct): boolean {
  return struct.id.clock + struct.length <= Y.getState(store, struct.id.client);
}

/** Yjs reads a client's structs positionally, so each client's list must be one unbroken run. */
function isContiguous(structs: UpdateStruct[]): boolean {
  for (let index = 1; index < structs.length; index += 1) {
    const previous = structs[index - 1];
    const current = structs[index];
    if (previous === undefined || current === undefined) return false;
    if (current.id.clock !== previous.id.clock + previous.length) return false;
  }
  return true;
}

function keep(kept: Map<number, ClockRange[]>, client: number, from: number, to: number): void {
  const ranges = kept.get(client) ?? [];
  const last = ranges.at(-1);
  if (last !== undefined && last.clock + last.len === from) last.len += to - from;
  else ranges.push({ clock: from, len: to - from });
  kept.set(client, ranges);
}

type DeletionSplit = { kept: Map<number, ClockRange[]>; refused: number; refusal: Refusal | null };

function splitDeletions(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  judge: StructJudge,
): DeletionSplit | null {
  const result: DeletionSplit = { kept: new Map(), refused: 0, refusal: null };
  const refuse = (refusal: Refusal): void => {
    result.refused += 1;
    result.refusal ??= refusal;
  };
  for (const [client, ranges] of decoded.ds.clients) {
    const state = Y.getState(doc.store, client);
    const structs = doc.store.clients.get(client);
    for (const range of ranges) {
      const end = range.clock + range.len;
      if (structs !== undefined && range.clock < state) {
        let index = Y.findIndexSS(structs, range.clock);
        for (
          let struct = structs[index];
          struct !== undefined && struct.id.clock < end;
          struct = structs[++index]
        ) {
          const from = Math.max(range.clock, struct.id.clock);
          const to = Math.min(end, struct.id.clock + struct.length);
          // Deleting what is already deleted (or collected) is a no-op: kept, harmless.
          const refusal =
            struct instanceof Y.Item && !struct.deleted
              ? judge.verdictAt(locateIntegrated(struct))
              : null;
          if (refusal === null) keep(result.kept, client, from, to);
          else refuse(refusal);
        }
      }
      for (let clock = Math.max(range.clock, state); clock < end;) {
        const struct = judge.resolver.findInUpdate(client, clock);
        if (struct === null) return null;
        const to = Math.min(end, struct.id.clock + struct.length);
        const refusal = judge.refusalOf(struct);
        if (refusal === null) keep(result.kept, client, clock, to);
        else refuse(refusal);
        clock = to;
      }
    }
  }
  return result;
}

function writeDeleteSet(encoder: encoding.Encoder, kept: Map<number, ClockRange[]>): void {
  encoding.writeVarUint(encoder, kept.size);
  for (const [client, ranges] of kept) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const range of ranges) {
      encoding.writeVarUint(encoder, range.clock);
      encoding.writeVarUint(encoder, range.len);
    }
  }
}

export function splitUpdate(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  judgeLocation: JudgeLocation,
): SplitUpdate | null {
  const byClient = indexByClient(decoded.structs);
  const judge = new StructJudge(doc.store, new Resolver(doc.store, byClient), judgeLocation);
  const encoder = new Y.UpdateEncoderV1();
  const split: SplitUpdate = {
    update: new Uint8Array(),
    refusal: null,
    keptStructs: 0,
    refusedStructs: 0,
    refusedDeletions: 0,
  };
  try {
    encoding.writeVarUint(encoder.restEncoder, byClient.size);
    for (const [client, structs] of byClient) {
      const first = structs[0];
      if (first === undefined || !isContiguous(structs)) return null;
      encoding.writeVarUint(encoder.restEncoder, structs.length);
      encoder.writeClient(client);
      encoding.writeVarUint(encoder.restEncoder, first.id.clock);
      for (const struct of structs) {
        const refusal = judge.refusalOf(struct);
        if (refusal === null) {
          if (!isAlreadyKnown(doc.store, struct)) split.keptStructs += 1;
          struct.write(encoder, 0);
          continue;
        }
        split.refusedStructs += 1;
        split.refusal ??= refusal;
        encoder.writeInfo(0);
        encoder.writeLen(struct.length);
      }
    }
    const deletions = splitDeletions(doc, decoded, judge);
    if (deletions === null) return null;
    split.refusedDeletions = deletions.refused;
    split.refusal ??= deletions.refusal;
    writeDeleteSet(encoder.restEncoder, deletions.kept);
  } catch {
    // The inspector resolved this update already; a throw here means the two disagree, and the
    // safe answer is the old one: refuse it whole (the caller logs the refusal).
    return null;
  }
  split.update = encoder.toUint8Array();
  return split;
}
