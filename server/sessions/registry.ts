/**
 * Loads, creates, unloads and deletes sessions. Loading is shared: concurrent requests for the
 * same code wait for one load. A session with no connections is flushed and dropped after the
 * idle grace; while its storage is failing it stays in memory (the only copy of recent updates).
 */
import * as Y from 'yjs';
import { CLOSE_CODE, roomName, type RoomKind } from '../../shared/core/protocol';
import { isBoardLocked } from '../../shared/session/schema';
import type { ServerConfig } from '../config';
import { describeError, type Logger } from '../log';
import type { Counters } from '../metrics';
import { Room } from '../relay/room';
import type { Usage } from '../relay/storage-ledger';
import type { SessionMeta, SessionStore } from '../storage/store';
import {
  hashFacilitatorKey,
  newFacilitatorKey,
  newSessionCode,
  newTokenSecret,
} from './credentials';
import { LiveSession } from './live-session';
import type { BallotBox } from '../ballots/ballot-box';
import type { BallotState } from '../ballots/ballot-file';
import { migrateLegacyVotes } from '../ballots/migrate';
import { bindResults } from '../ballots/publish';
import { newBallotKey } from '../ballots/voter-key';
import { Revocations } from './revocations';

export type RegistryDeps = {
  config: ServerConfig;
  log: Logger;
  counters: Counters;
  store: SessionStore;
};
export type NewSessionDocs = {
  control: Y.Doc;
  board: Y.Doc;
  /** Ballots restored from a sealed backup, with the key they are filed under. */
  ballots?: { ballotKey: string; state: BallotState };
};

export class SessionRegistry {
  private readonly sessions = new Map<string, LiveSession>();
  private readonly loading = new Map<string, Promise<LiveSession | null>>();

  constructor(private readonly deps: RegistryDeps) {}

  get loaded(): Iterable<LiveSession> {
    return this.sessions.values();
  }

  get loadedCount(): number {
    return this.sessions.size;
  }

  /** The live session for a code, loading it from disk when needed; null when it does not exist. */
  async acquire(code: string): Promise<LiveSession | null> {
    const live = this.sessions.get(code);
    if (live !== undefined) {
      this.scheduleIdleCheck(live);
      return live;
    }
    const pending = this.loading.get(code) ?? this.load(code);
    this.loading.set(code, pending);
    try {
      return await pending;
    } finally {
      this.loading.delete(code);
    }
  }

  /** Persists a freshly built pair of documents under a new code and keeps it loaded. */
  async create(docs: NewSessionDocs): Promise<{ session: LiveSession; facilitatorKey: string }> {
    const facilitatorKey = newFacilitatorKey();
    const code = await this.deps.store.create(newSessionCode, {
      board: docs.board,
      control: docs.control,
      ballots: docs.ballots?.state ?? new Map(),
      meta: {
        version: 1,
        createdAt: Date.now(),
        facilitatorKeyHash: hashFacilitatorKey(facilitatorKey),
        participantTokenSecret: newTokenSecret(),
        ballotKey: docs.ballots?.ballotKey ?? newBallotKey(),
        revokedParticipantIds: [],
      },
    });
    docs.board.destroy();
    docs.control.destroy();
    const session = await this.acquire(code);
    if (session === null) throw new Error(`session ${code} vanished right after creation`);
    this.deps.log.info('session-created', { code });
    return { session, facilitatorKey };
  }

  /** Closes every socket (CLOSE_CODE.sessionDeleted), forgets the session and removes every byte of it. */
  async delete(session: LiveSession): Promise<void> {
    session.deleted = true;
    if (session.idleTimer !== null) clearTimeout(session.idleTimer);
    for (const room of session.rooms) room.closeAll(CLOSE_CODE.sessionDeleted, 'session deleted');
    this.sessions.delete(session.code);
    session.stopResults();
    await Promise.all(session.rooms.map((room) => room.store.discard()));
    await session.ballots.discard();
    for (const room of session.rooms) room.destroy();
    await this.deps.store.delete(session.code);
    this.deps.log.info('session-deleted', { code: session.code });
  }

  /** False once a session was unloaded or deleted: a holder of the old object must not use it. */
  isCurrent(session: LiveSession): boolean {
    return !session.deleted && this.sessions.get(session.code) === session;
  }

  /** Called when a connection leaves: the last one out starts the idle grace. */
  scheduleIdleCheck(session: LiveSession): void {
    if (session.connectionCount > 0 || session.deleted) return;
    if (session.idleTimer !== null) clearTimeout(session.idleTimer);
    session.idleTimer = setTimeout(
      () => void this.unloadIfIdle(session),
      this.deps.config.roomIdleMs,
    );
    session.idleTimer.unref();
  }

  async flushAll(): Promise<void> {
    await Promise.all(
      [...this.sessions.values()].flatMap((session) =>
        session.rooms.map((room) => room.store.flush()),
      ),
    );
  }

  async shutdown(): Promise<void> {
    for (const session of this.sessions.values()) {
      if (session.idleTimer !== null) clearTimeout(session.idleTimer);
    }
    await Promise.all(
      [...this.sessions.values()].flatMap((session) => [
        ...session.rooms.map((room) => room.store.close()),
        session.ballots.close(),
      ]),
    );
  }

  private async load(code: string): Promise<LiveSession | null> {
    const meta = await this.deps.store.readMeta(code);
    if (meta === null) return null;
    // The session budget covers both documents: each room asks the other's usage.
    let boardUsage = (): Usage => ({ structs: 0, bytes: 0 });
    const control = await this.openRoom(
      code,
      'control',
      () => false,
      () => boardUsage(),
    );
    let board: Room;
    try {
      board = await this.openRoom(
        code,
        'board',
        () => isBoardLocked(control.doc),
        () => control.ledger.total,
      );
      const openedBoard = board;
      boardUsage = () => openedBoard.ledger.total;
    } catch (error) {
      await control.store.discard();
      control.destroy();
      throw error;
    }
    let ballots: BallotBox;
    let stopResults: () => void;
    try {
      ({ ballots, stopResults } = await this.openBallots(code, meta, control, board));
    } catch (error) {
      await Promise.all([control.store.discard(), board.store.discard()]);
      control.destroy();
      board.destroy();
      throw error;
    }
    const revocations = new Revocations(meta.revokedParticipantIds, (ids) =>
      this.deps.store.writeMeta(code, { ...meta, revokedParticipantIds: ids }),
    );
    const session = new LiveSession(meta, board, control, ballots, stopResults, revocations);
    this.sessions.set(code, session);
    this.deps.counters.roomsLoaded += 1;
    this.deps.log.info('session-loaded', { code });
    this.scheduleIdleCheck(session);
    return session;
  }

  /**
   * Opens the private ballot store, moves ballots of an old-layout session out of CONTROL (and
   * rewrites CONTROL's files so none stays on disk), then starts publishing `results`.
   */
  private async openBallots(
    code: string,
    meta: SessionMeta,
    control: Room,
    board: Room,
  ): Promise<{ ballots: BallotBox; stopResults: () => void }> {
    const { log, config } = this.deps;
    if (meta.ballotKey === undefined) {
      meta.ballotKey = newBallotKey();
      await this.deps.store.writeMeta(code, meta);
    }
    const ballots = await this.deps.store.openBallots(code, meta.ballotKey, {
      compactAfterRecords: config.compactAfterRecords,
      onTornTail: (keptBytes) =>
        log.warn('storage-torn-tail', { code: meta.code, file: 'ballots.log', keptBytes }),
      onCompactionError: (error) =>
        log.error('ballots-compaction-failed', { code: meta.code, error: describeError(error) }),
    });
    try {
      const moved = await migrateLegacyVotes(control.doc, board.doc, ballots);
      if (moved.propositions > 0) {
        await control.store.compactNow();
        log.info('ballots-migrated', { code: meta.code, ...moved });
      }
    } catch (error) {
      await ballots.close();
      throw error;
    }
    return { ballots, stopResults: bindResults(control.doc, ballots, config.resultsPublishMs) };
  }

  private async openRoom(
    code: string,
    kind: RoomKind,
    isBoardLocked: () => boolean,
    otherRoomUsage: () => Usage,
  ): Promise<Room> {
    const doc = new Y.Doc();
    const store = await this.deps.store.openDoc(code, kind, doc);
    const { log, counters, config } = this.deps;
    return new Room(roomName(code, kind), kind, doc, store, {
      log,
      counters,
      broadcastTickMs: config.broadcastTickMs,
      broadcastMaxTickMs: config.broadcastMaxTickMs,
      isBoardLocked,
      budgets: config.budgets,
      otherRoomUsage,
    });
  }

  private async unloadIfIdle(session: LiveSession): Promise<void> {
    session.idleTimer = null;
    if (
      session.connectionCount > 0 ||
      session.deleted ||
      this.sessions.get(session.code) !== session
    )
      return;
    await Promise.all(session.rooms.map((room) => room.store.flush()));
    if (session.rooms.some((room) => room.store.pendingRecords > 0)) {
      this.deps.log.warn('session-unload-postponed', {
        code: session.code,
        reason: 'storage failing',
      });
      this.scheduleIdleCheck(session);
      return;
    }
    if (session.connectionCount > 0 || session.deleted) return;
    this.sessions.delete(session.code);
    session.stopResults();
    await Promise.all([
      ...session.rooms.map((room) => room.store.close()),
      session.ballots.close(),
    ]);
    for (const room of session.rooms) room.destroy();
    this.deps.counters.roomsUnloaded += 1;
    this.deps.log.info('session-unloaded', { code: session.code });
    collectGarbageIfExposed();
  }
}

/** With --expose-gc (tests, operators chasing memory), give the memory of an unloaded session back at once. */
function collectGarbageIfExposed(): void {
  const gc: unknown = Reflect.get(globalThis, 'gc');
  if (typeof gc === 'function') gc();
}
