/**
 * The default store: one folder per session under DATA_DIR (layout in session-files.ts), each
 * document an fsynced append-only log plus a snapshot (doc-store.ts), the ballots in their own
 * log (server/ballots).
 */
import { mkdir, stat } from 'node:fs/promises';
import type * as Y from 'yjs';
import type { RoomKind } from '../../shared/core/protocol';
import { BallotBox, type BallotBoxOptions } from '../ballots/ballot-box';
import type { ServerConfig } from '../config';
import { DocStore, type DocStoreOptions } from './doc-store';
import {
  createSessionDir,
  docPaths,
  listSessionCodes,
  readMeta,
  removeSessionDir,
  sessionDir,
  sessionsRoot,
  writeMeta,
} from './session-files';
import type { DocLog, NewStoredSession, SessionMeta, SessionStore, StoreParts } from './store';

/** Code collisions are rare (31^8 codes): ten in a row means something else is wrong. */
const MAX_CODE_ATTEMPTS = 10;
/** A failed write is tried again after this long; its records wait in memory meanwhile. */
const STORAGE_RETRY_MS = 1000;

export class FileSessionStore implements SessionStore {
  constructor(
    private readonly dataDir: string,
    private readonly docOptions: DocStoreOptions,
  ) {}

  static fromConfig(config: ServerConfig, parts: StoreParts): FileSessionStore {
    return new FileSessionStore(config.dataDir, {
      fsyncIntervalMs: config.fsyncIntervalMs,
      compactAfterRecords: config.compactAfterRecords,
      compactAfterBytes: config.compactAfterBytes,
      retryMs: STORAGE_RETRY_MS,
      ...parts,
    });
  }

  async prepare(): Promise<void> {
    await mkdir(sessionsRoot(this.dataDir), { recursive: true });
  }

  async create(newCode: () => string, session: NewStoredSession): Promise<string> {
    const { code, directory } = await this.allocateDirectory(newCode);
    await DocStore.create(docPaths(directory, 'board'), session.board);
    await DocStore.create(docPaths(directory, 'control'), session.control);
    await BallotBox.create(directory, session.ballots);
    // meta.json last: its presence is what makes the session exist.
    await writeMeta(directory, { ...session.meta, code });
    return code;
  }

  readMeta(code: string): Promise<SessionMeta | null> {
    return readMeta(sessionDir(this.dataDir, code));
  }

  writeMeta(code: string, meta: SessionMeta): Promise<void> {
    return writeMeta(sessionDir(this.dataDir, code), meta);
  }

  openDoc(code: string, kind: RoomKind, doc: Y.Doc): Promise<DocLog> {
    return DocStore.open(docPaths(sessionDir(this.dataDir, code), kind), doc, this.docOptions);
  }

  openBallots(code: string, ballotKey: string, options: BallotBoxOptions): Promise<BallotBox> {
    return BallotBox.open(sessionDir(this.dataDir, code), ballotKey, options);
  }

  delete(code: string): Promise<void> {
    return removeSessionDir(sessionDir(this.dataDir, code));
  }

  listCodes(): Promise<string[]> {
    return listSessionCodes(this.dataDir);
  }

  async lastModified(code: string): Promise<number> {
    return (await stat(sessionDir(this.dataDir, code))).mtimeMs;
  }

  private async allocateDirectory(
    newCode: () => string,
  ): Promise<{ code: string; directory: string }> {
    for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt += 1) {
      const code = newCode();
      const directory = sessionDir(this.dataDir, code);
      if (await createSessionDir(directory)) return { code, directory };
    }
    throw new Error('could not allocate a free session code');
  }
}
