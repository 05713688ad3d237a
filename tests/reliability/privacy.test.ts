/**
 * Privacy: the facilitator key (and participant tokens) never reach the server's output, the
 * participant links, the exports or the disk; deleting a session removes every stored byte; and
 * the retention setting removes sessions older than RETENTION_DAYS.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addInitiative } from '../../shared/activities/quadrant/initiatives';
import { EXPORT_FILES, roomName } from '../../shared/core/protocol';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  joinSession,
  participantParams,
  upgradeRefusal,
  waitUntil,
  whenSynced,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';
import { readBoard } from '../../shared/session/schema';
import {
  initiativeId as asInitiativeId,
  participantId as asParticipantId,
} from '../../shared/core/ids';

/** Everything the server process writes to stdout and stderr, raw, across restarts. */
function captureOutput(server: TestServer, into: string[]): void {
  server.process.stdout?.on('data', (chunk: Buffer | string) => into.push(chunk.toString()));
  server.process.stderr?.on('data', (chunk: Buffer | string) => into.push(chunk.toString()));
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function diskContains(directory: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const file of await filesUnder(directory)) {
    if ((await readFile(file)).includes(Buffer.from(needle, 'utf8'))) hits.push(file);
  }
  return hits;
}

describe('the facilitator key and participant tokens', () => {
  let server: TestServer;
  let session: CreatedSession;
  let alice: Participant;
  const output: string[] = [];
  let secrets: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    captureOutput(server, output);
    session = await createSession(server);
    alice = await joinSession(server, session.code, 'Alice');
    secrets = [session.facilitatorKey, alice.participantToken];
    // Exercise every path that carries a secret, successful and refused.
    const facilitator = connectClient(server, session.code, 'board', facilitatorParams(session));
    const participant = connectClient(server, session.code, 'board', participantParams(alice));
    await Promise.all([whenSynced(facilitator), whenSynced(participant)]);
    expect(
      addInitiative(participant.doc, asParticipantId(alice.participantId), {
        id: asInitiativeId('n1'),
        text: 'Buurtmoestuin',
        x: 0,
        y: 0,
        at: Date.now(),
      }).ok,
    ).toBe(true);
    await waitUntil(
      () => readBoard(facilitator.doc).initiatives[alice.participantId]?.n1 !== undefined,
      'note relayed',
    );
    facilitator.destroy();
    participant.destroy();
    await upgradeRefusal(
      server,
      `/${roomName(session.code, 'board')}?key=${session.facilitatorKey}x`,
    );
    await upgradeRefusal(
      server,
      `/${roomName(session.code, 'control')}?pid=${alice.participantId}&token=${alice.participantToken}x`,
    );
    await api(
      server,
      'GET',
      `/api/sessions/${session.code}/export/report.md?key=${session.facilitatorKey}`,
    );
    await api(server, 'GET', `/api/sessions/${session.code}/facilitator`, {
      headers: { Authorization: `Bearer ${session.facilitatorKey}x` },
    });
    await api(
      server,
      'PUT',
      `/api/sessions/${session.code}/votes/nope?token=${alice.participantToken}`,
      {
        body: { choiceId: null },
        headers: {
          Authorization: `Bearer ${alice.participantToken}`,
          'X-Participant-Id': alice.participantId,
        },
      },
    );
    await api(server, 'GET', `/nowhere?key=${session.facilitatorKey}`);
    await server.restart();
    captureOutput(server, output);
  });

  afterAll(async () => {
    await stopAndClean(server);
  });

  it("never appear in the server's stdout or stderr", () => {
    const everything = output.join('');
    expect(everything.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });

  it('keep the key out of the participant link and in the fragment of the presenter link', () => {
    expect(session.joinUrl).not.toContain(session.facilitatorKey);
    const presentUrl = new URL(session.presentUrl);
    expect(presentUrl.pathname + presentUrl.search).not.toContain(session.facilitatorKey);
    expect(presentUrl.hash).toBe(`#key=${session.facilitatorKey}`);
  });

  it.each(EXPORT_FILES)(
    'never appear in the %s export or the public session metadata',
    async (file) => {
      const exported = await api(server, 'GET', `/api/sessions/${session.code}/export/${file}`, {
        headers: { Authorization: `Bearer ${session.facilitatorKey}` },
      });
      const metadata = await api(server, 'GET', `/api/sessions/${session.code}`);
      expect(exported.status).toBe(200);
      for (const secret of secrets) {
        expect(exported.text).not.toContain(secret);
        expect(metadata.text).not.toContain(secret);
      }
    },
  );

  it('are never stored on disk (only a hash of the key, and a secret tokens are derived from)', async () => {
    for (const secret of secrets) expect(await diskContains(server.dataDir, secret)).toEqual([]);
  });
});

describe('deleting a session', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(async () => {
    await stopAndClean(server);
  });

  it('removes every stored byte of it, for good, and leaves other sessions alone', async () => {
    const doomed = await createSession(server, { lang: 'nl', title: 'Wijkavond Oost' });
    const kept = await createSession(server, { lang: 'nl', title: 'Wijkavond West' });
    const alice = await joinSession(server, doomed.code, 'Alice Verwijderd');
    const board = connectClient(server, doomed.code, 'board', participantParams(alice));
    await whenSynced(board);
    expect(
      addInitiative(board.doc, asParticipantId(alice.participantId), {
        id: asInitiativeId('n1'),
        text: 'Geheime moestuin',
        x: 0,
        y: 0,
        at: Date.now(),
      }).ok,
    ).toBe(true);
    const observer = connectClient(server, doomed.code, 'board', facilitatorParams(doomed));
    await waitUntil(
      () => readBoard(observer.doc).initiatives[alice.participantId]?.n1 !== undefined,
      'note stored',
    );
    observer.destroy();
    expect((await diskContains(server.dataDir, 'Geheime moestuin')).length).toBeGreaterThan(0);

    const deleted = await api(server, 'DELETE', `/api/sessions/${doomed.code}`, {
      headers: { Authorization: `Bearer ${doomed.facilitatorKey}` },
    });
    expect(deleted.status).toBe(204);
    board.destroy();
    for (const needle of ['Geheime moestuin', 'Alice Verwijderd', 'Wijkavond Oost', doomed.code]) {
      expect(await diskContains(server.dataDir, needle)).toEqual([]);
    }
    expect((await filesUnder(server.dataDir)).some((file) => file.includes(doomed.code))).toBe(
      false,
    );
    await server.kill9();
    await server.start();
    expect((await api(server, 'GET', `/api/sessions/${doomed.code}`)).status).toBe(404);
    expect((await api(server, 'GET', `/api/sessions/${kept.code}`)).status).toBe(200);
  });
});

describe(`retention`, () => {
  const RETENTION_DAYS = 7;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer({ env: { RETENTION_DAYS: String(RETENTION_DAYS) } });
  });

  afterAll(async () => {
    await stopAndClean(server);
  });

  it(`removes sessions older than RETENTION_DAYS (${RETENTION_DAYS}) at start and keeps younger ones`, async () => {
    const old = await createSession(server, { lang: 'en', title: 'Last month' });
    const young = await createSession(server, { lang: 'en', title: 'Yesterday' });
    await server.stop();
    const day = 24 * 60 * 60 * 1000;
    for (const [code, ageDays] of [
      [old.code, RETENTION_DAYS + 1],
      [young.code, RETENTION_DAYS - 1],
    ] as const) {
      const metaFile = path.join(server.dataDir, 'sessions', code, 'meta.json');
      const meta: unknown = JSON.parse(await readFile(metaFile, 'utf8'));
      if (typeof meta !== 'object' || meta === null) throw new Error('meta.json is not an object');
      await writeFile(metaFile, JSON.stringify({ ...meta, createdAt: Date.now() - ageDays * day }));
    }
    const expired = server.waitForLog((line) => line.event === 'session-expired', 15_000);
    await server.start();
    expect((await expired).code).toBe(old.code);
    expect(await diskContains(server.dataDir, 'Last month')).toEqual([]);
    expect((await api(server, 'GET', `/api/sessions/${old.code}`)).status).toBe(404);
    expect((await api(server, 'GET', `/api/sessions/${young.code}`)).status).toBe(200);
  });
});
