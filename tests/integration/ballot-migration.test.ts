/**
 * A session stored before secret ballots kept every vote in CONTROL `votes`
 * (propositionId -> participantId -> choiceId), in its snapshot and its log. Loading it moves the
 * ballots into the private store and rewrites CONTROL's files: afterwards no CONTROL file holds a
 * participant id at all, while each participant still gets their own vote back.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeRecord, readRecords } from '../../server/storage/records';
import { CONTROL_ROOT } from '../../shared/core/layout';
import { readControl, readResult } from '../../shared/session/schema';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  waitUntil,
  whenSynced,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';
import { joinAs, mine } from '../helpers/ballot-observers';
import { propositionId as asPropositionId } from '../../shared/core/ids';

let server: TestServer;
let session: CreatedSession;
let anna: Participant;
let bram: Participant;
let propositionId: string;
let directory: string;

async function controlDocFromDisk(): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const snapshot = readRecords(await readFile(path.join(directory, 'control.snapshot'))).records[0];
  if (snapshot !== undefined) Y.applyUpdate(doc, snapshot);
  for (const record of readRecords(await readFile(path.join(directory, 'control.log'))).records)
    Y.applyUpdate(doc, record);
  return doc;
}

const controlFiles = ['control.snapshot', 'control.log'];

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, { lang: 'nl' });
  anna = await joinAs(server, session.code, 'Anna', 'resident');
  bram = await joinAs(server, session.code, 'Bram', 'municipality');
  const control = connectClient(server, session.code, 'control', facilitatorParams(session));
  await whenSynced(control);
  propositionId = readControl(control.doc).propositions[0]?.id ?? '';
  control.destroy();
  await server.stop();
  directory = path.join(server.dataDir, 'sessions', session.code);

  // Rebuild the files as the old server wrote them: votes in the CONTROL snapshot (and the
  // proposition open), a changed vote in the log, no ballot key, no ballot store.
  const doc = await controlDocFromDisk();
  doc.transact(() => {
    const entry = doc.getMap(CONTROL_ROOT.propositions).get(propositionId);
    if (entry instanceof Y.Map) entry.set('state', 'open');
    const ballots = new Y.Map<unknown>();
    ballots.set(anna.participantId, 'agree');
    ballots.set(bram.participantId, 'agree');
    doc.getMap(CONTROL_ROOT.votes).set(propositionId, ballots);
  });
  await writeFile(
    path.join(directory, 'control.snapshot'),
    encodeRecord(Y.encodeStateAsUpdate(doc)),
  );
  const before = Y.encodeStateVector(doc);
  const ballots = doc.getMap(CONTROL_ROOT.votes).get(propositionId);
  if (ballots instanceof Y.Map) ballots.set(bram.participantId, 'disagree');
  await writeFile(
    path.join(directory, 'control.log'),
    encodeRecord(Y.encodeStateAsUpdate(doc, before)),
  );
  const meta = JSON.parse(await readFile(path.join(directory, 'meta.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  delete meta.ballotKey;
  await writeFile(path.join(directory, 'meta.json'), JSON.stringify(meta));
  await rm(path.join(directory, 'ballots.snapshot'), { force: true });
  await rm(path.join(directory, 'ballots.log'), { force: true });
  // The old layout really is on disk: ids next to choices in the snapshot; the log's changed
  // vote points at Bram's entry there (Yjs writes the key only for a map entry's first value).
  const snapshotBytes = await readFile(path.join(directory, 'control.snapshot'));
  expect(snapshotBytes.includes(Buffer.from(bram.participantId))).toBe(true);
  expect((await readFile(path.join(directory, 'control.log'))).includes('disagree')).toBe(true);
  await server.start();
});

afterAll(async () => {
  await stopAndClean(server);
});

describe('an old-layout session', () => {
  it('is migrated at load: ballots private, CONTROL files rewritten without them', async () => {
    const migrated = server.waitForLog((line) => line.event === 'ballots-migrated');
    expect((await api(server, 'GET', `/api/sessions/${session.code}`)).status).toBe(200);
    expect(await migrated).toMatchObject({ code: session.code, ballots: 2, propositions: 1 });
    // The log's old records (the changed vote among them) are folded away; what follows is the
    // server's first publication (hidden results: a voter count).
    expect((await readFile(path.join(directory, 'control.log'))).includes('disagree')).toBe(false);
    for (const file of controlFiles) {
      const bytes = await readFile(path.join(directory, file));
      for (const who of [anna, bram])
        expect(bytes.includes(Buffer.from(who.participantId)), `${file}`).toBe(false);
    }
    for (const file of ['ballots.snapshot', 'ballots.log']) {
      const bytes = await readFile(path.join(directory, file)).catch(() => Buffer.alloc(0));
      for (const who of [anna, bram])
        expect(bytes.includes(Buffer.from(who.participantId))).toBe(false);
    }
    const meta = JSON.parse(await readFile(path.join(directory, 'meta.json'), 'utf8')) as {
      ballotKey?: unknown;
    };
    expect(typeof meta.ballotKey).toBe('string');
  });

  it('keeps every vote, readable only by its owner, and publishes aggregates only', async () => {
    expect(await mine(server, session.code, anna)).toEqual({
      status: 200,
      body: { votes: { [propositionId]: 'agree' } },
    });
    expect(await mine(server, session.code, bram)).toEqual({
      status: 200,
      body: { votes: { [propositionId]: 'disagree' } },
    });
    const control = connectClient(server, session.code, 'control', facilitatorParams(session));
    await whenSynced(control);
    await waitUntil(
      () => readResult(control.doc, asPropositionId(propositionId)).voters === 2,
      'published',
    );
    expect(readResult(control.doc, asPropositionId(propositionId))).toEqual({
      voters: 2,
      visible: false,
    });
    expect(control.doc.getMap(CONTROL_ROOT.votes).size).toBe(0);
    expect(JSON.stringify(control.doc.toJSON())).not.toContain(bram.participantId);
    control.destroy();
  });

  it('stays migrated after kill -9 (nothing left to move)', async () => {
    await server.kill9();
    await server.start();
    const loaded = server.waitForLog((line) => line.event === 'session-loaded');
    expect((await api(server, 'GET', `/api/sessions/${session.code}`)).status).toBe(200);
    await loaded;
    const runs = server.logs.filter((line) => line.event === 'ballots-migrated');
    expect(runs).toHaveLength(1);
    expect(await mine(server, session.code, bram)).toMatchObject({
      body: { votes: { [propositionId]: 'disagree' } },
    });
  });
});
