/**
 * A failing disk must not stop a workshop: the relay keeps relaying, reports loudly (log line,
 * /healthz 503 {ok:false}), keeps unwritten updates in memory, retries, and recovers by itself.
 *
 * Two simulations:
 * - no privileges needed: the snapshot's temporary file is a symlink to /dev/full, so every
 *   compaction fails with ENOSPC until the link is removed;
 * - with root (mount allowed): DATA_DIR on a tiny tmpfs that a filler file fills up completely,
 *   so the log appends themselves fail. Skipped where tmpfs cannot be mounted.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  entryIn,
  facilitatorParams,
  joinSession,
  namespaceMap,
  participantParams,
  waitUntil,
  whenSynced,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';

const servers: TestServer[] = [];
const healthStatus = async (server: TestServer): Promise<number> =>
  (await api(server, 'GET', '/healthz')).status;

afterAll(async () => {
  await stopAndClean(...servers);
});

/** A participant writes one note while a facilitator watches; returns once the watcher has it. */
async function writeWatched(
  server: TestServer,
  session: CreatedSession,
  alice: Participant,
  key: string,
  text = key,
  writerRole: 'participant' | 'facilitator' = 'participant',
): Promise<void> {
  const writer = connectClient(
    server,
    session.code,
    'board',
    writerRole === 'participant' ? participantParams(alice) : facilitatorParams(session),
  );
  const reader = connectClient(server, session.code, 'board', facilitatorParams(session));
  await Promise.all([whenSynced(writer), whenSynced(reader)]);
  namespaceMap(writer.doc, BOARD_ROOT.initiatives, alice.participantId).set(
    key,
    new Y.Map([['text', text]]),
  );
  await waitUntil(
    () => entryIn(reader.doc, BOARD_ROOT.initiatives, alice.participantId, key) !== undefined,
    `${key} relayed`,
  );
  writer.destroy();
  reader.destroy();
}

async function readsBack(
  server: TestServer,
  session: CreatedSession,
  alice: Participant,
  key: string,
): Promise<boolean> {
  const reader = connectClient(server, session.code, 'board', facilitatorParams(session));
  await whenSynced(reader);
  const found =
    entryIn(reader.doc, BOARD_ROOT.initiatives, alice.participantId, key) instanceof Y.Map;
  reader.destroy();
  return found;
}

describe('when compaction cannot write its snapshot', () => {
  it('keeps relaying, answers 503, retries and recovers once there is room', async () => {
    const server = await startServer({ env: { COMPACT_AFTER_RECORDS: '1' } });
    servers.push(server);
    const session = await createSession(server);
    const fullDisk = path.join(server.dataDir, 'sessions', session.code, 'board.snapshot.tmp');
    await symlink('/dev/full', fullDisk);
    const failing = server.waitForLog((line) => line.event === 'storage-failing');
    const alice = await joinSession(server, session.code, 'Alice');
    await writeWatched(server, session, alice, 'n1');
    expect(String((await failing).problem)).toMatch(/ENOSPC|no space/i);
    const health = await api(server, 'GET', '/healthz');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ ok: false, problems: [expect.stringMatching(/board/)] });

    const recovered = server.waitForLog((line) => line.event === 'storage-recovered');
    await rm(fullDisk);
    await recovered;
    expect(await healthStatus(server)).toBe(200);
    await server.kill9();
    await server.start();
    expect(await readsBack(server, session, alice, 'n1')).toBe(true);
  });
});

function mountTinyTmpfs(directory: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', directory], {
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

describe('when the disk is full', async () => {
  const mountPoint = await mkdtemp(path.join(os.tmpdir(), 'collectief-full-'));
  const mounted = process.platform === 'linux' && mountTinyTmpfs(mountPoint);
  let server: TestServer | undefined;
  afterAll(async () => {
    // Stopped before its data directory is unmounted, also when the test failed half-way.
    await stopAndClean(server);
    if (mounted) execFileSync('umount', ['-l', mountPoint]);
    await rm(mountPoint, { recursive: true, force: true });
  });

  it.skipIf(!mounted)(
    'keeps the unwritten updates in memory, stays loaded, and writes them once space returns',
    async () => {
      const started = await startServer({ dataDir: mountPoint, env: { ROOM_IDLE_MS: '200' } });
      server = started;
      const session = await createSession(started);
      const alice = await joinSession(started, session.code, 'Alice');
      const filler = path.join(mountPoint, 'filler');
      await writeFile(filler, Buffer.alloc(4 * 1024 * 1024)).catch((error: unknown) => {
        if (!(error instanceof Error && 'code' in error && error.code === 'ENOSPC')) throw error;
      });
      const failing = started.waitForLog((line) => line.event === 'storage-failing');
      // Larger than a page: tmpfs would still fit a small append into the log's last page. Only
      // the facilitator may write a text this long (the relay holds participants to the limits).
      await writeWatched(started, session, alice, 'during-full', 'x'.repeat(16_384), 'facilitator');
      expect(String((await failing).problem)).toMatch(/ENOSPC|no space/i);
      expect(await healthStatus(started)).toBe(503);

      await started.waitForLog(
        (line) => line.event === 'session-unload-postponed' && line.code === session.code,
      );
      expect(await readsBack(started, session, alice, 'during-full')).toBe(true);

      const recovered = started.waitForLog((line) => line.event === 'storage-recovered');
      await rm(filler);
      await recovered;
      await waitUntil(async () => (await healthStatus(started)) === 200, 'healthy again');
      await started.kill9();
      await started.start();
      expect(await readsBack(started, session, alice, 'during-full')).toBe(true);
      // Stopped here, before the describe's afterAll unmounts its data directory.
      await started.stop();
    },
  );
});
