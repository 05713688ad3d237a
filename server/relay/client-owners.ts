/**
 * Which principal owns which Yjs client id in one room. A client id's clocks are a single
 * sequence: if Mallory could write under Alice's id, she would take the clocks Alice's offline
 * edits will use, and those edits would then be lost or land as Mallory's. So the first principal
 * that writes (or shows presence) under an id owns it, and nobody else may use it.
 */
import type * as Y from 'yjs';
import type { RoomKind } from '../../shared/core/protocol';
import { FACILITATOR_PRINCIPAL } from './connection';
import { SEVERAL_NAMESPACES, namespaceOfClient } from './inspector';

/** The owner of the room document's own client id: the server's writes (votes, presence, joins). */
export const SERVER_PRINCIPAL = '#server';

export class ClientOwners {
  /** clientID -> principal that first wrote with it since load. */
  private readonly owners = new Map<number, string>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly kind: RoomKind,
  ) {
    this.owners.set(doc.clientID, SERVER_PRINCIPAL);
  }

  /**
   * Claims every id for `principalId`, or none: false when any of them belongs to someone else.
   */
  claim(principalId: string, clients: Iterable<number>): boolean {
    const wanted = [...clients];
    for (const client of wanted) {
      const owner = this.owners.get(client) ?? this.ownerFromContent(client, principalId);
      if (owner !== undefined && owner !== principalId) return false;
    }
    for (const client of wanted) this.owners.set(client, principalId);
    return true;
  }

  /**
   * The owners map starts empty after every load (restart, idle unload). A client id that already
   * wrote content belongs to the participant in whose namespace all of it lies, so nobody else can
   * squat the clocks that writer's offline edits will use; content in several namespaces or in
   * CONTROL can only be the facilitator's (who may reclaim any id: it writes everywhere).
   * Remembered once found, so a refused squatter cannot make the relay scan again and again.
   */
  private ownerFromContent(client: number, claimant: string): string | undefined {
    if (claimant === FACILITATOR_PRINCIPAL) return undefined;
    const namespace = namespaceOfClient(this.doc, client);
    if (namespace === null) return undefined;
    const owner =
      this.kind === 'control' || namespace === SEVERAL_NAMESPACES
        ? FACILITATOR_PRINCIPAL
        : namespace;
    this.owners.set(client, owner);
    return owner;
  }
}
