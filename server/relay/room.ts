/**
 * One relayed Yjs document (a session's BOARD or CONTROL). Holds the document, the awareness
 * states and the connections; every accepted change, whether from a socket or from the server's
 * own HTTP handlers, goes doc 'update' -> storage log + coalesced broadcast.
 */
import * as Y from 'yjs';
import {
  CLOSE_CODE,
  PRESENCE_RENEWAL_MS,
  type CloseCode,
  type RoomKind,
} from '../../shared/core/protocol';
import type { Logger } from '../log';
import type { Counters } from '../metrics';
import type { DocLog } from '../storage/store';
import { inspectUpdate, type Location } from './inspector';
import { judge, type Verdict } from './policy';
import { AwarenessStates, encodeAwarenessEntries } from './awareness-states';
import { Broadcaster } from './broadcast';
import { checkBudgets, type BudgetLimits } from './budgets';
import { presenceCountProblem, presenceStateProblem } from './presence-limits';
import { ServerPresencePublisher } from './presence-server';
import { StorageLedger, type Usage } from './storage-ledger';
import { encodePlaceholders, refusedRanges } from './placeholders';
import { splitUpdate, type Refusal } from './split';
import { ClientOwners } from './client-owners';
import type { Connection } from './connection';
import {
  decodeFrame,
  encodeAwareness,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  type AwarenessEntry,
  type DecodedUpdate,
  type Frame,
} from './protocol';

export type RoomDeps = {
  log: Logger;
  counters: Counters;
  broadcastTickMs: number;
  broadcastMaxTickMs: number;
  /** The BOARD asks its session's CONTROL document; CONTROL rooms ignore it. */
  isBoardLocked: () => boolean;
  budgets: BudgetLimits;
  /** What the session's other document holds: the session budget covers both. */
  otherRoomUsage: () => Usage;
};

export class Room {
  readonly connections = new Set<Connection>();
  lastBroadcastAt = Date.now();
  private readonly awareness = new AwarenessStates();
  private readonly broadcaster: Broadcaster;
  /** Presence has its own merge windows, so cursors never delay document updates. */
  private readonly presence: Broadcaster;
  /**
   * Presence renewals (same state, newer clock) go out together once per PRESENCE_RENEWAL_MS.
   * Every presence broadcast comes back as one echo frame from each official client, so sending
   * 500 renewals one by one would cost 500 x 500 inbound frames every 15 s.
   */
  private readonly renewals: Broadcaster;
  /** Nobody may write under another's clientID (client-owners.ts). */
  private readonly clientOwners: ClientOwners;
  /** Set once the room is closing (delete, shutdown, unload): frames still in flight are ignored. */
  private closing = false;
  private fullStateMessage: Buffer | null = null;
  private stateVectorMessage: Buffer | null = null;
  /** Structs and bytes per namespace, for the storage budgets (budgets.ts). */
  readonly ledger: StorageLedger;
  /** BOARD only: the server-owned presence count (presence-server.ts). */
  private readonly serverPresence: ServerPresencePublisher | null;

  constructor(
    readonly name: string,
    readonly kind: RoomKind,
    readonly doc: Y.Doc,
    readonly store: DocLog,
    private readonly deps: RoomDeps,
  ) {
    const { broadcastTickMs } = deps;
    const deliver = (message: Buffer): void => this.broadcast(message);
    const widest = (): number => this.widestWindowMs();
    this.broadcaster = new Broadcaster(broadcastTickMs, widest, deliver);
    this.presence = new Broadcaster(broadcastTickMs, widest, deliver);
    this.renewals = Broadcaster.trailingOnly(PRESENCE_RENEWAL_MS, deliver);
    this.clientOwners = new ClientOwners(doc, kind);
    this.ledger = new StorageLedger(kind, doc);
    doc.on('update', (update: Uint8Array) => this.onDocUpdate(update));
    this.serverPresence =
      kind === 'board'
        ? new ServerPresencePublisher(
            doc.clientID,
            () => this.connections,
            (entry, change) =>
              (change === 'change' ? this.presence : this.renewals).queueAwareness(
                this.awareness.apply([entry]),
              ),
          )
        : null;
  }

  join(connection: Connection): void {
    this.connections.add(connection);
    this.serverPresence?.refresh();
    connection.send(this.syncStep1());
    if (this.awareness.size > 0) connection.send(this.allAwareness());
  }

  leave(connection: Connection): void {
    this.connections.delete(connection);
    this.serverPresence?.refresh();
    if (connection.awarenessClientId === null) return;
    const removal = this.awareness.remove(connection.awarenessClientId);
    if (removal !== null) this.presence.queueAwareness([removal]);
  }

  /** Entry point for every binary frame from a socket. */
  receive(connection: Connection, bytes: Uint8Array): void {
    if (this.closing) return;
    this.deps.counters.messagesReceived += 1;
    this.deps.counters.bytesReceived += bytes.length;
    const frame = decodeFrame(bytes);
    if (frame.type === 'error') {
      this.closeMalformed(connection, frame.reason);
      return;
    }
    this.handle(connection, frame);
  }

  broadcast(message: Buffer): void {
    for (const connection of this.connections) connection.send(message);
    const count = this.connections.size;
    this.deps.counters.broadcasts += 1;
    this.deps.counters.messagesSent += count;
    this.deps.counters.bytesSent += count * message.length;
    this.lastBroadcastAt = Date.now();
  }

  /**
   * A broadcast costs one send per socket, so bigger rooms may merge over longer windows during a
   * burst: 5 sockets per millisecond (200 sockets: 40 ms, 500: 100 ms), capped by configuration.
   * Quiet rooms never widen, so a single writer's updates still go out at once.
   */
  private widestWindowMs(): number {
    const bySize = Math.ceil(this.connections.size / 5);
    return Math.min(this.deps.broadcastMaxTickMs, Math.max(this.deps.broadcastTickMs, bySize));
  }

  closeAll(code: CloseCode, reason: string): void {
    this.serverPresence?.stop();
    this.broadcaster.flushNow();
    this.presence.flushNow();
    this.renewals.flushNow();
    this.closing = true;
    for (const connection of this.connections) connection.close(code, reason);
  }

  destroy(): void {
    this.closing = true;
    this.serverPresence?.stop();
    this.broadcaster.flushNow();
    this.presence.flushNow();
    this.renewals.flushNow();
    this.doc.destroy();
  }

  private handle(connection: Connection, frame: Frame): void {
    switch (frame.type) {
      case 'sync-step-1':
        this.sendWhenDurable(
          connection,
          this.syncStep2(frame.stateVector, frame.isEmptyStateVector),
        );
        return;
      case 'sync-step-2':
      case 'update':
        this.receiveUpdate(connection, frame.update, frame.decoded);
        return;
      case 'awareness':
        this.receiveAwareness(connection, frame);
        return;
      case 'query-awareness':
        connection.send(this.allAwareness());
        return;
    }
  }

  private receiveUpdate(connection: Connection, update: Uint8Array, decoded: DecodedUpdate): void {
    const inspection = inspectUpdate(this.doc, decoded);
    if (inspection.kind === 'noop') return;
    if (inspection.kind === 'unresolvable') {
      this.refuse(connection, inspection.reason, decoded);
      return;
    }
    if (!this.clientOwners.claim(connection.principalId, inspection.clients)) {
      // No placeholders here: those clocks belong to someone else.
      this.refuse(connection, "update written under another writer's client id", null);
      return;
    }
    const boardLocked = this.deps.isBoardLocked();
    const verdict = judge(this.kind, connection.principal, inspection.touches, boardLocked);
    if (!verdict.allowed) {
      this.refuseInPart(connection, decoded, boardLocked, verdict);
      return;
    }
    if (!this.withinBudgets(connection, decoded)) return;
    this.apply(connection, update);
  }

  private apply(connection: Connection, update: Uint8Array): void {
    try {
      Y.applyUpdate(this.doc, update, connection);
    } catch (error) {
      this.closeMalformed(
        connection,
        error instanceof Error
          ? `update failed to apply: ${error.message}`
          : 'update failed to apply',
      );
    }
  }

  /**
   * Budgets (budgets.ts), before anything is applied; a refusal goes the usual refuse() way and
   * the writer hears why (permission denied with the budget's code), so its screen can return to
   * the shared state.
   */
  private withinBudgets(connection: Connection, decoded: DecodedUpdate): boolean {
    const budget = checkBudgets({
      doc: this.doc,
      kind: this.kind,
      principal: connection.principal,
      decoded,
      ledger: this.ledger,
      otherRoomUsage: this.deps.otherRoomUsage(),
      limits: this.deps.budgets,
    });
    if (budget.allowed) {
      this.ledger.expectSplits(budget.splits);
      return true;
    }
    this.deps.counters.budgetRefusals += 1;
    this.deps.log.warn('budget-refused', {
      room: this.name,
      role: connection.principal.role,
      budget: budget.code,
      reason: budget.reason,
    });
    this.refuse(connection, `${budget.code}: ${budget.reason}`, decoded);
    connection.send(encodePermissionDenied(budget.code));
    return false;
  }

  private receiveAwareness(
    connection: Connection,
    frame: Extract<Frame, { type: 'awareness' }>,
  ): void {
    const fresh = frame.entries.filter((entry) => !this.awareness.isEcho(entry));
    // The official client re-sends every presence change it receives (y-websocket's awareness
    // handler ignores the origin), so echoes of others' entries are normal traffic, not forgery.
    if (fresh.length === 0) return;
    if (!this.presenceWithinLimits(connection, fresh)) return;
    for (const entry of fresh) {
      connection.awarenessClientId ??= entry.clientId;
      // Presence also claims the client id for writing: a clientID seen in someone's awareness
      // cannot then be used by another participant to squat that writer's future clocks.
      if (
        entry.clientId !== connection.awarenessClientId ||
        this.isAwarenessTaken(connection, entry.clientId) ||
        !this.clientOwners.claim(connection.principalId, [entry.clientId])
      ) {
        this.deps.counters.awarenessRefused += 1;
        this.deps.log.warn('awareness-refused', { room: this.name, clientId: entry.clientId });
        return;
      }
    }
    const renewals: AwarenessEntry[] = [];
    const changes: AwarenessEntry[] = [];
    for (const entry of fresh) (this.awareness.isRenewal(entry) ? renewals : changes).push(entry);
    this.renewals.queueAwareness(this.awareness.apply(renewals));
    this.presence.queueAwareness(this.awareness.apply(changes));
  }

  /** Presence budgets (presence-limits.ts): refused states are neither relayed nor stored. */
  private presenceWithinLimits(connection: Connection, fresh: AwarenessEntry[]): boolean {
    // Frames held back by the rate gate may arrive after their socket left: no ghost presence.
    if (!this.connections.has(connection)) return false;
    let problem: string | null = null;
    for (const entry of fresh) problem ??= presenceStateProblem(entry);
    if (problem === null && connection.awarenessClientId === null) {
      let held = 0;
      for (const other of this.connections) {
        if (other.awarenessClientId !== null && other.principalId === connection.principalId)
          held += 1;
      }
      problem = presenceCountProblem(held);
    }
    if (problem === null) return true;
    this.deps.counters.awarenessRefused += 1;
    this.deps.log.warn('presence-refused', { room: this.name, reason: problem });
    return false;
  }

  private isAwarenessTaken(connection: Connection, clientId: number): boolean {
    for (const other of this.connections) {
      if (other !== connection && other.awarenessClientId === clientId) return true;
    }
    return false;
  }

  /**
   * Keeps what the policy allows of a refused update (split.ts: nothing allowed is lost with what
   * is refused, e.g. offline takeaways synced together with a note moved after the board was
   * locked) and tells the writer, whose screen still shows the refused part, so it can return to
   * the shared state. One small message per refused update: cheap for clients that retry forever.
   */
  private refuseInPart(
    connection: Connection,
    decoded: DecodedUpdate,
    boardLocked: boolean,
    verdict: Refusal,
  ): void {
    const judgeLocation = (location: Location): Verdict =>
      judge(this.kind, connection.principal, location === null ? [] : [location], boardLocked);
    const split = splitUpdate(this.doc, decoded, judgeLocation);
    if (split === null) {
      this.refuse(connection, verdict.reason, decoded);
    } else {
      this.deps.counters.updatesRefused += 1;
      this.deps.log.warn('update-refused', {
        room: this.name,
        role: connection.principal.role,
        principal: connection.principalId,
        reason: verdict.reason,
        code: verdict.code,
        keptStructs: split.keptStructs,
        refusedStructs: split.refusedStructs,
        refusedDeletions: split.refusedDeletions,
      });
      // The kept part is bounded like any other update: a refused struct must not wave through a
      // costly or oversized one riding in the same update.
      if (this.withinBudgets(connection, Y.decodeUpdate(split.update)))
        this.apply(connection, split.update);
    }
    connection.send(encodePermissionDenied(verdict.code));
  }

  /** Drops an update; with `decoded`, fills its clocks with placeholders (see placeholders.ts). */
  private refuse(connection: Connection, reason: string, decoded: DecodedUpdate | null): void {
    this.deps.counters.updatesRefused += 1;
    const role = connection.principal.role;
    this.deps.log.warn('update-refused', { room: this.name, role, reason });
    if (decoded === null) return;
    const ranges = refusedRanges(this.doc, decoded).filter((range) =>
      this.clientOwners.claim(connection.principalId, [range.client]),
    );
    if (ranges.length > 0) Y.applyUpdate(this.doc, encodePlaceholders(ranges), this);
  }

  private closeMalformed(connection: Connection, reason: string): void {
    this.deps.counters.framesMalformed += 1;
    this.deps.log.warn('frame-malformed', { room: this.name, reason });
    // Close reasons are limited to 123 bytes by the websocket protocol.
    connection.close(CLOSE_CODE.malformedFrame, reason.replace(/[^\x20-\x7e]/g, '?').slice(0, 120));
  }

  /**
   * Write-ahead: peers receive an update only once it is on disk (or the disk is known to be
   * failing). Otherwise a kill -9 could take from the server an update that other clients already
   * hold; they would send it back on reconnect, the relay would have to refuse it (it is outside
   * their namespace) and their own later edits with it. Cost: one group-committed fdatasync per
   * event-loop turn (measured on this machine: p50 0.14 ms, p99 4.4 ms).
   */
  private onDocUpdate(update: Uint8Array): void {
    this.fullStateMessage = null;
    this.stateVectorMessage = null;
    this.deps.counters.updatesApplied += 1;
    this.store.append(update);
    void this.store.flush().then(() => this.broadcaster.queueUpdate(update));
  }

  /** Sends state computed now once everything it contains is durable (see onDocUpdate). */
  private sendWhenDurable(connection: Connection, message: Buffer): void {
    void this.store.flush().then(() => connection.send(message));
  }

  private syncStep1(): Buffer {
    this.stateVectorMessage ??= encodeSyncStep1(Y.encodeStateVector(this.doc));
    return this.stateVectorMessage;
  }

  /** Late joiners usually send an empty state vector: they all get one cached full-state message. */
  private syncStep2(stateVector: Uint8Array, isEmpty: boolean): Buffer {
    if (!isEmpty) return encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector));
    this.fullStateMessage ??= encodeSyncStep2(Y.encodeStateAsUpdate(this.doc));
    return this.fullStateMessage;
  }

  private allAwareness(): Buffer {
    const entries = this.awareness.all();
    return encodeAwareness(encodeAwarenessEntries(entries, entries.length));
  }
}
