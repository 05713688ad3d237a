/**
 * The server's own presence entry in the BOARD room: who is present is what the server knows from
 * its sockets (participant ids with an open socket, and whether the facilitator is connected), not
 * what presence states claim. Published under the room document's clientID, which nobody else may
 * use (Room.clientOwners), and renewed like any client's state so peers do not drop it.
 */
import {
  SERVER_PRESENCE_FIELD,
  SERVER_PRESENCE_RENEWAL_MS,
  type ServerPresence,
} from '../../shared/core/protocol';
import type { Connection } from './connection';
import type { AwarenessEntry } from './protocol';

export function presenceOf(connections: Iterable<Connection>): ServerPresence {
  const participantIds = new Set<string>();
  let facilitator = false;
  for (const connection of connections) {
    if (connection.principal.role === 'facilitator') facilitator = true;
    else participantIds.add(connection.principal.participantId);
  }
  return { participantIds: [...participantIds].sort(), facilitator };
}

export class ServerPresenceEntry {
  private clock = 0;
  private state: string | null = null;

  constructor(private readonly clientId: number) {}

  /** The entry to publish when who is present changed, else null. */
  refresh(connections: Iterable<Connection>): AwarenessEntry | null {
    const state = JSON.stringify({ [SERVER_PRESENCE_FIELD]: presenceOf(connections) });
    if (state === this.state) return null;
    this.state = state;
    this.clock += 1;
    return { clientId: this.clientId, clock: this.clock, state };
  }

  /** The same state under a newer clock (a keep-alive), or null before the first refresh. */
  renewal(): AwarenessEntry | null {
    if (this.state === null) return null;
    this.clock += 1;
    return { clientId: this.clientId, clock: this.clock, state: this.state };
  }
}

/** Publishes the entry: a change at once, a renewal with the other keep-alives. */
export type PublishPresence = (entry: AwarenessEntry, kind: 'change' | 'renewal') => void;

/** The BOARD room's publisher: refreshed on every join and leave, renewed on a timer. */
export class ServerPresencePublisher {
  private readonly entry: ServerPresenceEntry;
  private readonly timer: NodeJS.Timeout;

  constructor(
    clientId: number,
    private readonly connections: () => ReadonlySet<Connection>,
    private readonly publish: PublishPresence,
  ) {
    this.entry = new ServerPresenceEntry(clientId);
    this.refresh();
    this.timer = setInterval(() => this.renew(), SERVER_PRESENCE_RENEWAL_MS);
    this.timer.unref();
  }

  refresh(): void {
    const entry = this.entry.refresh(this.connections());
    if (entry !== null) this.publish(entry, 'change');
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private renew(): void {
    if (this.connections().size === 0) return;
    const renewal = this.entry.renewal();
    if (renewal !== null) this.publish(renewal, 'renewal');
  }
}
