/**
 * Where a struct sits in a document: its root and the keys from the root down to itself (null
 * for a position in a sequence). The authority inspector only needs the first key; the schema
 * check needs the whole path. An update's item names its parent by root name, by the parent
 * item's id, or not at all (then it shares its neighbour's parent and key); parents and
 * neighbours may be in the document or earlier in the same update.
 */
import * as Y from 'yjs';
import { findIn } from './inspector';
import type { DecodedUpdate } from './protocol';

export type StructPath = { root: string; keys: (string | null)[] };

type UpdateStruct = DecodedUpdate['structs'][number];

/** Deeper than any schema: a longer chain is refused rather than walked. */
const MAX_DEPTH = 16;

/** Path of an item already integrated in the document; null when it lies nowhere visible. */
export function integratedPath(item: Y.Item): StructPath | null {
  const keys: (string | null)[] = [];
  let current = item;
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    keys.unshift(current.parentSub);
    const parent: unknown = current.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    const owner: Y.Item | null = parent._item;
    if (owner === null) return { root: Y.findRootTypeKey(parent), keys };
    current = owner;
  }
  return null;
}

export class UpdatePaths {
  private readonly byClient = new Map<number, UpdateStruct[]>();
  private readonly memo = new Map<UpdateStruct, StructPath | null>();
  private readonly visiting = new Set<UpdateStruct>();

  constructor(
    private readonly doc: Y.Doc,
    structs: readonly UpdateStruct[],
  ) {
    for (const struct of structs) {
      const list = this.byClient.get(struct.id.client);
      if (list === undefined) this.byClient.set(struct.id.client, [struct]);
      else list.push(struct);
    }
  }

  /** Path of an item of the update; null when it cannot be placed (refuse it). */
  pathOf(item: Y.Item): StructPath | null {
    const known = this.memo.get(item);
    if (known !== undefined) return known;
    if (this.visiting.has(item) || this.visiting.size > MAX_DEPTH) return null;
    this.visiting.add(item);
    const path = this.resolve(item);
    this.visiting.delete(item);
    this.memo.set(item, path);
    return path;
  }

  private resolve(item: Y.Item): StructPath | null {
    const parent: unknown = item.parent;
    if (typeof parent === 'string') return { root: parent, keys: [item.parentSub] };
    if (parent instanceof Y.ID) {
      const parentPath = this.pathOfId(parent);
      return parentPath === null
        ? null
        : { root: parentPath.root, keys: [...parentPath.keys, item.parentSub] };
    }
    // Same parent and key as the neighbour it was inserted next to.
    const neighbour = item.origin ?? item.rightOrigin;
    return neighbour === null ? null : this.pathOfId(neighbour);
  }

  private pathOfId(id: Y.ID): StructPath | null {
    if (id.clock < Y.getState(this.doc.store, id.client)) {
      const struct: Y.Item | Y.GC = Y.getItem(this.doc.store, id);
      return struct instanceof Y.Item ? integratedPath(struct) : null;
    }
    const pending = findIn(this.byClient.get(id.client), id.clock);
    return pending instanceof Y.Item ? this.pathOf(pending) : null;
  }
}
