/**
 * Disk trouble mid-session: DATA_DIR is a small tmpfs that a filler file fills to the last byte
 * while participants keep editing. The relay keeps relaying, says so loudly (an error log line,
 * /healthz 503), writes again by itself once there is room, and after a kill -9 and restart the
 * server alone (no client left to resend anything) holds every note.
 *
 * Why tmpfs: the tests run as root, and root ignores file permissions, so chmod cannot make the
 * directory read-only; remounting a filesystem read-only is refused while the server holds its
 * log files open for writing (EBUSY), so a full disk is the failure a running server really
 * meets. Where mounting is not permitted (an unprivileged container) that part is skipped.
 *
 * Read-only: the second part runs the server as an unprivileged user (setpriv, needs root) and
 * takes the write permission off its data directories mid-session. Files already open keep
 * accepting appends (that is how Unix works), so what fails is every new file: compaction's
 * snapshot, new sessions. Skipped where the test does not run as root.
 */
import { execFileSync } from 'node:child_process';
import { chmod, chown, open, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  whenSynced,
  type CreatedSession,
} from '../helpers/server-clients';
import {
  UNPRIVILEGED_UID,
  canRunUnprivileged,
  startUnprivilegedServer,
  type UnprivilegedServer,
  countNotes,
  editOnce,
  health,
  joinEditors,
  pause,
  seededRandom,
  testSeed,
  waitForConvergence,
  waitForHealth,
  type Editor,
} from '../helpers/reliability';

const TMPFS_SIZE = '8m';

function tryMountTmpfs(directory: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_SIZE}`, 'tmpfs', directory], {
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

/** Writes zeros until the filesystem is full; returns the filler's path. */
async function fillDisk(directory: string): Promise<string> {
  const filler = path.join(directory, 'filler');
  const handle = await open(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (let written = 0; written < 64 * 1024 * 1024; written += chunk.length)
      await handle.write(chunk);
    throw new Error('the tmpfs never filled up');
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOSPC')) throw error;
  } finally {
    await handle.close();
  }
  // Partial pages may still fit: top up byte by byte until not even one more goes in.
  const topUp = await open(filler, 'a');
  try {
    for (let bytes = 0; bytes < 65_536; bytes += 1) await topUp.write(Buffer.alloc(1));
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOSPC')) throw error;
  } finally {
    await topUp.close();
  }
  return filler;
}

const mountPoint = await mkdtemp(path.join(os.tmpdir(), 'collectief-disk-'));
const mounted = tryMountTmpfs(mountPoint);
if (!mounted) await rm(mountPoint, { recursive: true, force: true });

describe.skipIf(!mounted)('a full disk mid-session', () => {
  const random = seededRandom(testSeed());
  let server: TestServer;
  let session: CreatedSession;
  let editors: Editor[] = [];

  beforeAll(async () => {
    server = await startServer({ dataDir: mountPoint });
    session = await createSession(server);
    editors = await joinEditors(server, session, 5, 'Disk');
    for (let round = 0; round < 3; round += 1)
      for (const editor of editors) editOnce(editor, random, 30);
  });

  afterAll(async () => {
    try {
      for (const editor of editors) editor.client.destroy();
    } finally {
      await stopAndClean(server);
      execFileSync('umount', [mountPoint]);
      await rm(mountPoint, { recursive: true, force: true });
    }
  });

  let filler = '';

  it('reports the failure loudly: an error log line and /healthz 503', async () => {
    filler = await fillDisk(mountPoint);
    let failed = false;
    const failing = server
      .waitForLog((line) => line.event === 'storage-failing')
      .finally(() => (failed = true));
    // The log file's last page may still have some slack: edit until it is used up (on a busy
    // machine the edits arrive slowly, so allow up to 15 s of editing).
    for (let round = 0; round < 300 && !failed; round += 1) {
      for (const editor of editors) editOnce(editor, random, 30);
      await pause(50);
    }
    const line = await failing;
    expect(line.level).toBe('error');
    const answer = await waitForHealth(server, false);
    expect(answer.status).toBe(503);
    expect(answer.problems.join(' ')).toMatch(/ENOSPC|no space/i);
  }, 60_000);

  it('keeps relaying while the disk is full', async () => {
    for (let round = 0; round < 5; round += 1)
      for (const editor of editors) editOnce(editor, random, 30);
    const watcher = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(watcher);
    expect(
      await waitForConvergence(
        editors.map((editor) => editor.client.doc),
        watcher.doc,
        15_000,
      ),
    ).toBe(0);
    expect(countNotes(watcher.doc, editors).lost).toEqual([]);
    watcher.destroy();
    expect((await health(server)).ok).toBe(false);
  });

  it('writes again by itself once there is room, and /healthz is ok again', async () => {
    const recovered = server.waitForLog((line) => line.event === 'storage-recovered', 15_000);
    await rm(filler);
    await recovered;
    expect((await waitForHealth(server, true)).status).toBe(200);
  });

  it('holds every note on disk: after the clients leave and a kill -9, the server alone has them all', async () => {
    for (const editor of editors) editOnce(editor, random, 30);
    const watcher = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(watcher);
    expect(
      await waitForConvergence(
        editors.map((editor) => editor.client.doc),
        watcher.doc,
        15_000,
      ),
    ).toBe(0);
    watcher.destroy();
    for (const editor of editors) editor.client.provider.destroy();
    await server.kill9();
    await server.start();
    const fresh = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(fresh);
    const counted = countNotes(fresh.doc, editors);
    fresh.destroy();
    expect(counted.expected).toBeGreaterThan(0);
    expect(counted.lost).toEqual([]);
    expect(counted.misplaced).toEqual([]);
  });
});

const unprivileged = canRunUnprivileged();

describe.skipIf(!unprivileged)('a data directory that becomes read-only mid-session', () => {
  const random = seededRandom(testSeed());
  let dataDir = '';
  let server: UnprivilegedServer;
  let session: CreatedSession;
  let editors: Editor[] = [];
  const writable = async (mode: number): Promise<void> => {
    for (const directory of [
      dataDir,
      path.join(dataDir, 'sessions'),
      path.join(dataDir, 'sessions', session.code),
    ])
      await chmod(directory, mode);
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'collectief-readonly-'));
    await chown(dataDir, UNPRIVILEGED_UID, UNPRIVILEGED_UID);
    // Compaction writes a new snapshot file every few records: the write a read-only directory refuses.
    server = await startUnprivilegedServer(dataDir, {
      COMPACT_AFTER_RECORDS: '5',
      RATE_LIMIT_JOINS_PER_MINUTE: '100000',
    });
    session = await createSession(server);
    editors = await joinEditors(server, session, 4, 'ReadOnly');
  });

  afterAll(async () => {
    try {
      for (const editor of editors) editor.client.destroy();
    } finally {
      await stopAndClean(server);
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps relaying, reports loudly, refuses new sessions with 503, and writes again once allowed', async () => {
    await writable(0o555);
    const failing = server.waitForLog((line) => line.event === 'storage-failing');
    for (let round = 0; round < 4; round += 1)
      for (const editor of editors) editOnce(editor, random, 30);
    expect((await failing).level).toBe('error');
    const answer = await waitForHealth(server, false);
    expect(answer.problems.join(' ')).toMatch(/EACCES|permission/i);
    expect((await api(server, 'POST', '/api/sessions', { body: { lang: 'en' } })).status).toBe(503);
    const watcher = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(watcher);
    expect(
      await waitForConvergence(
        editors.map((editor) => editor.client.doc),
        watcher.doc,
        15_000,
      ),
    ).toBe(0);
    watcher.destroy();

    const recovered = server.waitForLog((line) => line.event === 'storage-recovered', 15_000);
    await writable(0o755);
    for (const editor of editors) editOnce(editor, random, 30);
    await recovered;
    await waitForHealth(server, true);
  });

  it('holds every note on disk afterwards: the server alone has them after a kill -9', async () => {
    const watcher = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(watcher);
    expect(
      await waitForConvergence(
        editors.map((editor) => editor.client.doc),
        watcher.doc,
        15_000,
      ),
    ).toBe(0);
    watcher.destroy();
    for (const editor of editors) editor.client.provider.destroy();
    await server.kill9();
    await server.start();
    const fresh = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(fresh);
    const counted = countNotes(fresh.doc, editors);
    fresh.destroy();
    expect(counted.expected).toBeGreaterThan(0);
    expect(counted.lost).toEqual([]);
    expect(counted.misplaced).toEqual([]);
  });
});
