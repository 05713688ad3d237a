/**
 * One document's durable state: `<kind>.snapshot` (one record: the whole document) plus
 * `<kind>.log` (append-only records, one per accepted update).
 *
 * Durability: the relay appends every accepted update and asks for a flush at once (group commit:
 * one write + fdatasync covers everything that arrived while the previous one ran), and shows the
 * update to other clients only after that flush returns (see Room.onDocUpdate). So anything a
 * second client has seen survives kill -9 and power loss. An append nobody flushes is still
 * written within `fsyncIntervalMs` (default 20 ms) by a timer: the bound for any accepted update.
 *
 * Every disk operation runs on one promise chain, so a write, a compaction and a close never
 * interleave. A failed write keeps its records in memory, reports to StorageHealth and retries;
 * flushes still resolve, so relaying goes on while the disk is failing.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import * as Y from 'yjs';
import type { Logger } from '../log';
import { describeError } from '../log';
import type { Counters } from '../metrics';
import { writeFileAtomic } from './atomic-file';
import type { StorageHealth } from './health';
import { encodeRecord, readRecords } from './records';
import type { DocLog } from './store';

export type DocPaths = { snapshot: string; log: string };

export type DocStoreOptions = {
  fsyncIntervalMs: number;
  compactAfterRecords: number;
  compactAfterBytes: number;
  retryMs: number;
  log: Logger;
  counters: Counters;
  health: StorageHealth;
};

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

/** A write may be partial (a nearly full disk accepts what fits): keep going until the disk refuses. */
async function writeFully(handle: FileHandle, bytes: Buffer): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    if (bytesWritten === 0) throw new Error('the disk accepted no bytes');
    offset += bytesWritten;
  }
}

export class DocStore implements DocLog {
  private pending: Buffer[] = [];
  private chain: Promise<void> = Promise.resolve();
  private flushTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  /** After a failed write the file may end in a partial record: cut back to this before appending. */
  private mustTruncate = false;
  private closed = false;

  private constructor(
    private readonly paths: DocPaths,
    private readonly doc: Y.Doc,
    private readonly handle: FileHandle,
    private logBytes: number,
    private logRecords: number,
    private readonly options: DocStoreOptions,
  ) {}

  /** Loads snapshot + log into `doc` (stopping at the first bad record) and opens the log for appends. */
  static async open(paths: DocPaths, doc: Y.Doc, options: DocStoreOptions): Promise<DocStore> {
    const snapshotFile = await readIfExists(paths.snapshot);
    const snapshot = snapshotFile === null ? null : readRecords(snapshotFile).records[0];
    if (snapshot !== undefined && snapshot !== null) Y.applyUpdate(doc, snapshot);
    const logFile = await readIfExists(paths.log);
    const scan =
      logFile === null ? { records: [], validBytes: 0, truncated: false } : readRecords(logFile);
    doc.transact(() => {
      for (const record of scan.records) Y.applyUpdate(doc, record);
    });
    const handle = await open(paths.log, 'a');
    if (scan.truncated) {
      options.log.warn('storage-torn-tail', { file: paths.log, keptBytes: scan.validBytes });
      await handle.truncate(scan.validBytes);
    }
    return new DocStore(paths, doc, handle, scan.validBytes, scan.records.length, options);
  }

  /** Writes the first snapshot of a brand-new document (session creation). */
  static async create(paths: DocPaths, doc: Y.Doc): Promise<void> {
    await writeFileAtomic(paths.snapshot, encodeRecord(Y.encodeStateAsUpdate(doc)));
  }

  get pendingRecords(): number {
    return this.pending.length;
  }

  append(update: Uint8Array): void {
    if (this.closed) {
      // The registry closes a store only with no writers left; reaching this is a bug worth seeing.
      this.options.log.error('storage-append-after-close', {
        file: this.paths.log,
        bytes: update.length,
      });
      return;
    }
    this.pending.push(encodeRecord(update));
    if (this.flushTimer === null && this.retryTimer === null) {
      this.flushTimer = setTimeout(() => this.scheduleWrite(), this.options.fsyncIntervalMs);
    }
  }

  /** Resolves once everything appended so far is on disk (or the attempt failed and will retry). */
  flush(): Promise<void> {
    this.clearTimers();
    return this.enqueue(() => this.writePending());
  }

  /**
   * Folds the log into a fresh snapshot now: after the server deleted content that must leave
   * the disk (the ballot migration), no old snapshot or log record may keep it.
   */
  compactNow(): Promise<void> {
    this.clearTimers();
    return this.enqueue(async () => {
      if (!this.closed) await this.compact();
    });
  }

  /** Flushes, then releases the file handle. */
  async close(): Promise<void> {
    await this.flush();
    // Everything reached the log: a failed compaction is no longer a problem worth a 503.
    if (this.pending.length === 0) this.options.health.recover(this.paths.log);
    this.closed = true;
    this.clearTimers();
    await this.enqueue(() => this.handle.close());
  }

  /** For session deletion: drops whatever is pending, waits for running writes, releases the file. */
  async discard(): Promise<void> {
    this.closed = true;
    this.pending = [];
    this.clearTimers();
    await this.enqueue(() => this.handle.close());
  }

  private clearTimers(): void {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.flushTimer = null;
    this.retryTimer = null;
  }

  private scheduleWrite(): void {
    this.flushTimer = null;
    this.retryTimer = null;
    void this.enqueue(() => this.writePending());
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    const next = this.chain.then(operation).catch((error: unknown) => {
      this.options.log.error('storage-operation-failed', {
        file: this.paths.log,
        error: describeError(error),
      });
    });
    this.chain = next;
    return next;
  }

  private async writePending(): Promise<void> {
    if (this.closed) return;
    if (this.pending.length > 0 && !(await this.appendBatch())) return;
    // Also reached by retries with nothing pending: a compaction that failed is tried again.
    if (
      this.logRecords >= this.options.compactAfterRecords ||
      this.logBytes >= this.options.compactAfterBytes
    ) {
      await this.compact();
    }
  }

  /** Writes and fsyncs the pending batch; false when the disk refused (the batch is kept). */
  private async appendBatch(): Promise<boolean> {
    const batch = this.pending;
    this.pending = [];
    const bytes = Buffer.concat(batch);
    try {
      if (this.mustTruncate) await this.handle.truncate(this.logBytes);
      this.mustTruncate = false;
      await writeFully(this.handle, bytes);
      await this.handle.datasync();
    } catch (error) {
      this.recoverBatch(batch, error);
      return false;
    }
    this.logBytes += bytes.length;
    this.logRecords += batch.length;
    this.options.counters.storageFlushes += 1;
    this.options.counters.storageRecordsWritten += batch.length;
    this.options.health.recover(this.paths.log);
    return true;
  }

  private recoverBatch(batch: Buffer[], error: unknown): void {
    this.pending = batch.concat(this.pending);
    this.mustTruncate = true;
    this.options.counters.storageErrors += 1;
    this.options.health.fail(this.paths.log, describeError(error));
    if (this.retryTimer === null && !this.closed) {
      this.retryTimer = setTimeout(() => this.scheduleWrite(), this.options.retryMs);
    }
  }

  /**
   * Folds the log into a new snapshot so history stays bounded. The snapshot is taken from the live
   * document, which already holds every pending update, so those need no separate write; if the
   * snapshot cannot be written they go back to the pending batch.
   */
  private async compact(): Promise<void> {
    const snapshot = encodeRecord(Y.encodeStateAsUpdate(this.doc));
    const included = this.pending;
    this.pending = [];
    try {
      await writeFileAtomic(this.paths.snapshot, snapshot);
      await this.handle.truncate(0);
    } catch (error) {
      this.recoverBatch(included, error);
      return;
    }
    this.logBytes = 0;
    this.logRecords = 0;
    this.options.counters.compactions += 1;
    this.options.health.recover(this.paths.log);
    this.options.log.debug('storage-compacted', {
      file: this.paths.snapshot,
      bytes: snapshot.length,
    });
  }
}
