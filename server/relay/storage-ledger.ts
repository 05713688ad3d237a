/**
 * What a room's document holds, per namespace: Yjs structs (each costs the server memory and every
 * joiner download time, even when deleted) and live content bytes. In the BOARD a namespace is
 * the first key below a root (a participant id, or the facilitator's examples); the CONTROL
 * document is one namespace. Exact at load (one walk over the document), then kept up to date
 * from each transaction; item splits by delete ranges come from the update's cost check, and
 * Yjs's later merging of neighbours is not subtracted, so between loads the counts can only be
 * a little high, never low.
 */
import * as Y from 'yjs';
import type { RoomKind } from '../../shared/core/protocol';
import { integratedPath, type StructPath } from './struct-paths';

export type Usage = { structs: number; bytes: number };

/** Structs that lie nowhere visible (GC placeholders, orphans). */
export const UNPLACED = '#unplaced';
const CONTROL_NAMESPACE = '#control';

function valueBytes(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return 8;
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (value instanceof Uint8Array) return value.byteLength;
  return JSON.stringify(value)?.length ?? 0;
}

/** Size of an item's content, whether or not it is deleted yet. */
export function contentBytes(item: Y.Item): number {
  const content: unknown = item.content;
  const key = item.parentSub?.length ?? 0;
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) {
    let total = key;
    for (const value of content.arr) total += valueBytes(value);
    return total;
  }
  if (content instanceof Y.ContentString) return key + content.str.length;
  if (content instanceof Y.ContentBinary) return key + content.content.byteLength;
  if (content instanceof Y.ContentEmbed) return key + valueBytes(content.embed);
  if (content instanceof Y.ContentFormat)
    return key + content.key.length + valueBytes(content.value);
  if (content instanceof Y.ContentType) return key + 1;
  return 0;
}

export class StorageLedger {
  private readonly byNamespace = new Map<string, Usage>();
  readonly total: Usage = { structs: 0, bytes: 0 };
  /** Splits the cost check counted for the update being applied now (Yjs does not report them). */
  private pendingSplits = new Map<string, number>();

  constructor(
    private readonly kind: RoomKind,
    doc: Y.Doc,
  ) {
    for (const structs of doc.store.clients.values()) {
      for (const struct of structs)
        this.addStruct(
          struct,
          !(struct instanceof Y.Item) || struct.deleted ? 0 : contentBytes(struct),
        );
    }
    doc.on('afterTransaction', (transaction: Y.Transaction) => this.record(doc, transaction));
  }

  namespaceOf(path: StructPath | null): string {
    if (this.kind === 'control') return CONTROL_NAMESPACE;
    const first = path?.keys[0];
    return typeof first === 'string' ? first : UNPLACED;
  }

  usageOf(namespace: string): Usage {
    return this.byNamespace.get(namespace) ?? { structs: 0, bytes: 0 };
  }

  /** Called just before Y.applyUpdate with the splits its delete ranges will cause, per namespace. */
  expectSplits(splits: Map<string, number>): void {
    this.pendingSplits = splits;
  }

  private add(namespace: string, structs: number, bytes: number): void {
    const usage = this.byNamespace.get(namespace) ?? { structs: 0, bytes: 0 };
    usage.structs += structs;
    usage.bytes += bytes;
    this.byNamespace.set(namespace, usage);
    this.total.structs += structs;
    this.total.bytes += bytes;
  }

  private addStruct(struct: Y.Item | Y.GC | Y.Skip, bytes: number): void {
    const path = struct instanceof Y.Item ? integratedPath(struct) : null;
    this.add(this.namespaceOf(path), 1, bytes);
  }

  private record(doc: Y.Doc, transaction: Y.Transaction): void {
    for (const [client, after] of transaction.afterState) {
      const before = transaction.beforeState.get(client) ?? 0;
      if (after <= before) continue;
      const structs = doc.store.clients.get(client) ?? [];
      for (let index = Y.findIndexSS(structs, before); index < structs.length; index += 1) {
        const struct = structs[index];
        if (struct === undefined) break;
        this.addStruct(
          struct,
          struct instanceof Y.Item && !struct.deleted ? contentBytes(struct) : 0,
        );
      }
    }
    Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
      const createdBefore = struct.id.clock < (transaction.beforeState.get(struct.id.client) ?? 0);
      if (!createdBefore || !(struct instanceof Y.Item)) return;
      this.add(this.namespaceOf(integratedPath(struct)), 0, -contentBytes(struct));
    });
    for (const [namespace, splits] of this.pendingSplits) this.add(namespace, splits, 0);
    this.pendingSplits = new Map();
  }
}
