/**
 * The update inspector: which (root, first key) pairs would an incoming update change? Who may
 * change them is the policy's question (policy.ts); this module only resolves locations.
 *
 * Every struct of an update sits in a parent chain that ends at a root type. An update's Item
 * names its parent in one of three ways: a root name (string), the ID of a parent item (whose
 * content is a nested type), or nothing at all when it has an origin/right origin, in which
 * case it shares that neighbour's parent and key. Neighbours and parents may be in the room's
 * document or earlier in the same update. "first key" is the map key directly below the root
 * (for the BOARD: the participantId namespace).
 *
 * Deletions count only when they delete an item that is currently alive: a client's sync step 2
 * repeats its whole delete set, which must pass as a no-op. Anything that cannot be resolved is
 * refused, so nothing reaches the document unchecked (including deletions aimed at clocks that do
 * not exist yet, which Yjs would otherwise keep pending and apply later).
 */
import * as Y from 'yjs';
import type { DecodedUpdate } from './protocol';

export type Touch = { root: string; key: string | null };

export type Inspection =
  | { kind: 'noop' }
  | { kind: 'changes'; touches: Touch[]; clients: Set<number> }
  | { kind: 'unresolvable'; reason: string };

export type UpdateStruct = DecodedUpdate['structs'][number];
/** A resolved location; null = the struct lands nowhere visible (Yjs turns it into GC). */
export type Location = Touch | null;

export class Unresolvable extends Error {}

export function indexByClient(structs: UpdateStruct[]): Map<number, UpdateStruct[]> {
  const byClient = new Map<number, UpdateStruct[]>();
  for (const struct of structs) {
    const list = byClient.get(struct.id.client);
    if (list === undefined) byClient.set(struct.id.client, [struct]);
    else list.push(struct);
  }
  return byClient;
}

/** Binary search over one client's structs of an update, ordered by clock. */
export function findIn(list: UpdateStruct[] | undefined, clock: number): UpdateStruct | null {
  if (list === undefined) return null;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const struct = list[middle];
    if (struct === undefined) return null;
    if (clock < struct.id.clock) high = middle - 1;
    else if (clock >= struct.id.clock + struct.length) low = middle + 1;
    else return struct;
  }
  return null;
}

/** Location of an item already integrated in the document. */
export function locateIntegrated(item: Y.Item): Location {
  let current = item;
  for (;;) {
    const parent: unknown = current.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    const owner: Y.Item | null = parent._item;
    if (owner === null) return { root: Y.findRootTypeKey(parent), key: current.parentSub };
    current = owner;
  }
}

export class Resolver {
  private readonly memo = new Map<UpdateStruct, Location>();
  private readonly visiting = new Set<UpdateStruct>();

  constructor(
    private readonly store: Y.Doc['store'],
    private readonly updateStructs: Map<number, UpdateStruct[]>,
  ) {}

  findInUpdate(client: number, clock: number): UpdateStruct | null {
    return findIn(this.updateStructs.get(client), clock);
  }

  /** Location of whatever struct holds `id`: in the document first, then in the update. */
  locateId(id: Y.ID): Location {
    if (id.clock < Y.getState(this.store, id.client)) {
      // Typed as Item, but a collected range comes back as GC.
      const struct: Y.Item | Y.GC = Y.getItem(this.store, id);
      return struct instanceof Y.Item ? locateIntegrated(struct) : null;
    }
    const pending = this.findInUpdate(id.client, id.clock);
    if (pending === null)
      throw new Unresolvable(`reference to unknown struct ${id.client}:${id.clock}`);
    return this.locateUpdateStruct(pending);
  }

  locateUpdateStruct(struct: UpdateStruct): Location {
    if (!(struct instanceof Y.Item)) return null;
    const known = this.memo.get(struct);
    if (known !== undefined) return known;
    if (this.visiting.has(struct)) throw new Unresolvable('cyclic parent chain');
    this.visiting.add(struct);
    const location = this.locateNew(struct);
    this.visiting.delete(struct);
    this.memo.set(struct, location);
    return location;
  }

  private locateNew(item: Y.Item): Location {
    const parent: unknown = item.parent;
    if (typeof parent === 'string') return { root: parent, key: item.parentSub };
    if (parent instanceof Y.ID) return this.locateChildOf(parent);
    const neighbour = item.origin ?? item.rightOrigin;
    if (neighbour === null) throw new Unresolvable('item without parent or neighbours');
    return this.locateId(neighbour);
  }

  /** A child of item `parentId` lives wherever that item lives (same root, same first key). */
  private locateChildOf(parentId: Y.ID): Location {
    const inDocument = parentId.clock < Y.getState(this.store, parentId.client);
    if (inDocument) {
      const parentStruct: Y.Item | Y.GC = Y.getItem(this.store, parentId);
      if (!(parentStruct instanceof Y.Item) || !(parentStruct.content instanceof Y.ContentType))
        return null;
      return locateIntegrated(parentStruct);
    }
    return this.locateId(parentId);
  }
}

function isAlreadyKnown(store: Y.Doc['store'], struct: UpdateStruct): boolean {
  return struct.id.clock + struct.length <= Y.getState(store, struct.id.client);
}

function collectDeletions(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  resolver: Resolver,
  touches: Location[],
): void {
  const store = doc.store;
  for (const [client, ranges] of decoded.ds.clients) {
    const state = Y.getState(store, client);
    const structs = store.clients.get(client);
    for (const range of ranges) {
      const end = range.clock + range.len;
      if (structs !== undefined && range.clock < state) {
        let index = Y.findIndexSS(structs, range.clock);
        for (
          let struct = structs[index];
          struct !== undefined && struct.id.clock < end;
          struct = structs[++index]
        ) {
          if (struct instanceof Y.Item && !struct.deleted) touches.push(locateIntegrated(struct));
        }
      }
      // Clocks past the document's state must be created by this same update.
      for (let clock = Math.max(range.clock, state); clock < end;) {
        const struct = resolver.findInUpdate(client, clock);
        if (struct === null)
          throw new Unresolvable(`deletion of unknown struct ${client}:${clock}`);
        touches.push(resolver.locateUpdateStruct(struct));
        clock = struct.id.clock + struct.length;
      }
    }
  }
}

/** One touch per (root, first key): an update's structs and deletions often share them. */
function dedupe(locations: Location[]): Touch[] {
  const seen = new Map<string, Touch>();
  for (const location of locations) {
    if (location !== null) seen.set(`${location.root}\u0000${location.key ?? ''}`, location);
  }
  return [...seen.values()];
}

export function inspectUpdate(doc: Y.Doc, decoded: DecodedUpdate): Inspection {
  const resolver = new Resolver(doc.store, indexByClient(decoded.structs));
  const locations: Location[] = [];
  const clients = new Set<number>();
  try {
    const nextClock = new Map<number, number>();
    for (const struct of decoded.structs) {
      // Yjs would keep an update with a gap pending in memory until the missing clocks arrive,
      // which for a crafted one is never; a real client sends them with its next sync anyway.
      if (struct instanceof Y.Skip)
        throw new Unresolvable(
          `reference to unknown struct ${struct.id.client}:${struct.id.clock} (a gap in the update)`,
        );
      const expected = nextClock.get(struct.id.client) ?? Y.getState(doc.store, struct.id.client);
      if (struct.id.clock > expected)
        throw new Unresolvable(
          `reference to unknown struct ${struct.id.client}:${expected} (a gap before ${struct.id.clock})`,
        );
      nextClock.set(struct.id.client, Math.max(expected, struct.id.clock + struct.length));
      if (isAlreadyKnown(doc.store, struct)) continue;
      clients.add(struct.id.client);
      locations.push(resolver.locateUpdateStruct(struct));
    }
    collectDeletions(doc, decoded, resolver, locations);
  } catch (error) {
    // Yjs lookups throw on references that do not exist; either way the update cannot be checked.
    const reason = error instanceof Error ? error.message : 'unresolvable update';
    return { kind: 'unresolvable', reason };
  }
  const touches = dedupe(locations);
  if (touches.length === 0 && clients.size === 0) return { kind: 'noop' };
  return { kind: 'changes', touches, clients };
}

/** The client id's content spans several namespaces (only the facilitator or the server writes like that). */
export const SEVERAL_NAMESPACES = Symbol('several namespaces');

/**
 * Whose namespace a client id's content already in the document lies in: the one first key all
 * of it sits under, SEVERAL_NAMESPACES, or null when it has no located content. Lets the relay
 * give a client id back to its writer after a restart, before anyone else can squat its clocks.
 */
export function namespaceOfClient(
  doc: Y.Doc,
  client: number,
): string | null | typeof SEVERAL_NAMESPACES {
  const structs = doc.store.clients.get(client);
  if (structs === undefined) return null;
  let namespace: string | null = null;
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const location = locateIntegrated(struct);
    if (location === null || location.key === null) continue;
    if (namespace !== null && namespace !== location.key) return SEVERAL_NAMESPACES;
    namespace = location.key;
  }
  return namespace;
}
