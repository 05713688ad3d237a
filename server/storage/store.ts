/**
 * What the relay and the sessions need from storage, written down once. The file store
 * (file-store.ts, the default) is the first implementation; other stores (PostgreSQL for
 * scale-out) go beside it and are picked in main.ts. Nothing outside server/storage and main.ts
 * knows which one runs.
 */
import type * as Y from 'yjs';
import type { RoomKind } from '../../shared/core/protocol';
import type { BallotBox, BallotBoxOptions } from '../ballots/ballot-box';
import type { BallotState } from '../ballots/ballot-file';
import type { Logger } from '../log';
import type { Counters } from '../metrics';
import type { StorageHealth } from './health';

/**
 * What the server keeps beside the documents: secrets, and the creation time retention needs
 * without loading a session. Public metadata (title, language, creation time as shown) is read
 * from the CONTROL document only, so a rename has one place to land.
 */
export type SessionMeta = {
  version: 1;
  code: string;
  createdAt: number;
  /** SHA-256 of the facilitator key, hex. The key itself is never stored. */
  facilitatorKeyHash: string;
  /** HMAC secret for participant tokens, base64url. */
  participantTokenSecret: string;
  /**
   * HMAC key under which ballots are filed (server/ballots/voter-key.ts), base64url. Missing in
   * sessions made before secret ballots: the registry adds one at load.
   */
  ballotKey?: string;
  /**
   * Participants the facilitator removed: their tokens are refused everywhere, for good. Kept
   * here, not in a document: the metadata never reaches a socket, and it is read before any
   * credential is checked.
   */
  revokedParticipantIds: string[];
};

/**
 * One document's durable log, as a room uses it. `append` takes an accepted update at once;
 * `flush` resolves once everything appended so far is durable (or storage failed and retries:
 * relaying goes on, `pendingRecords` says what is still only in memory).
 */
export interface DocLog {
  readonly pendingRecords: number;
  append(update: Uint8Array): void;
  flush(): Promise<void>;
  /** Folds the history into one snapshot now, so content the server deleted leaves storage. */
  compactNow(): Promise<void>;
  /** Flushes, then releases what the log holds (session unload, shutdown). */
  close(): Promise<void>;
  /** Drops what is pending and releases the log (session deletion). */
  discard(): Promise<void>;
}

/** A new session's first state: its two documents, its ballots, and its metadata but the code. */
export type NewStoredSession = {
  board: Y.Doc;
  control: Y.Doc;
  ballots: BallotState;
  meta: Omit<SessionMeta, 'code'>;
};

/** What a store reports to: the server's log, its counters, and storage health (/healthz). */
export type StoreParts = { log: Logger; counters: Counters; health: StorageHealth };

export interface SessionStore {
  /** Makes the store ready for use (the file store creates its folder); throws when it cannot. */
  prepare(): Promise<void>;
  /**
   * Stores a new session under a free code drawn from `newCode` and returns that code. The
   * metadata goes last: a session exists once its metadata does, so a crash halfway leaves none.
   */
  create(newCode: () => string, session: NewStoredSession): Promise<string>;
  /** null when the session does not exist; throws when it exists but cannot be read. */
  readMeta(code: string): Promise<SessionMeta | null>;
  writeMeta(code: string, meta: SessionMeta): Promise<void>;
  /** Loads the stored document into `doc` and returns its log for the updates that follow. */
  openDoc(code: string, kind: RoomKind, doc: Y.Doc): Promise<DocLog>;
  /** The session's private ballot store (server/ballots). */
  openBallots(code: string, ballotKey: string, options: BallotBoxOptions): Promise<BallotBox>;
  /** Removes every stored byte of the session, durably. */
  delete(code: string): Promise<void>;
  /** Every stored session, including creations that never completed (for retention). */
  listCodes(): Promise<string[]>;
  /** When the session's storage last changed, ms since the epoch (for retention). */
  lastModified(code: string): Promise<number>;
}
