/**
 * The session title has one home, the CONTROL document: a rename made the way the console makes
 * it (the shared action over the official y-websocket client) is what GET /api/sessions/:code
 * answers, also after the server restarts and loads the session from disk.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setSessionTitle } from '../../shared/activities/content/actions';
import { startServer, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  waitUntil,
  whenSynced,
  type CreatedSession,
} from '../helpers/server-clients';

let server: TestServer;
let session: CreatedSession;

async function publicTitle(): Promise<unknown> {
  const { status, body } = await api(server, 'GET', `/api/sessions/${session.code}`);
  expect(status).toBe(200);
  return typeof body === 'object' && body !== null && 'title' in body ? body.title : undefined;
}

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, { title: 'Wijkavond', lang: 'nl' });
});

afterAll(async () => {
  await server.stop();
  await server.cleanup();
});

describe('session title', () => {
  it('answers the title the facilitator renamed the session to', async () => {
    expect(await publicTitle()).toBe('Wijkavond');
    const facilitator = connectClient(server, session.code, 'control', facilitatorParams(session));
    await whenSynced(facilitator);
    expect(setSessionTitle(facilitator.doc, 'Wijkavond Noord').ok).toBe(true);
    await waitUntil(async () => (await publicTitle()) === 'Wijkavond Noord', 'renamed title');
    facilitator.destroy();
  });

  it('still answers the new title after a restart, also from a meta.json that holds a title', async () => {
    await server.stop();
    // Servers before this fix kept title and language in meta.json too: such a file still loads,
    // and its stale copy is not what anyone is shown.
    const metaFile = path.join(server.dataDir, 'sessions', session.code, 'meta.json');
    const stored: unknown = JSON.parse(await readFile(metaFile, 'utf8'));
    if (typeof stored !== 'object' || stored === null)
      throw new Error('meta.json is not an object');
    await writeFile(metaFile, JSON.stringify({ ...stored, title: 'Wijkavond', lang: 'en' }));
    await server.start();
    expect(await publicTitle()).toBe('Wijkavond Noord');
    const answer = await api(server, 'GET', `/api/sessions/${session.code}`);
    expect(answer.body).toMatchObject({ code: session.code, lang: 'nl' });
  });
});
