/**
 * The HTTP API as the contract states it, including a hostile participant's requests:
 * votes for someone else, bad tokens, closed propositions, facilitator endpoints without the key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeProposition, openProposition } from '../../shared/activities/propositions/actions';
import { readControl, readResult } from '../../shared/session/schema';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  joinSession,
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';
import { propositionId as asPropositionId } from '../../shared/core/ids';

let server: TestServer;
let session: CreatedSession;
let alice: Participant;
let mallory: Participant;
let control: ConnectedClient;
let openId: string;
let draftId: string;
let choiceId: string;

const bearer = (token: string, participantId?: string): Record<string, string> =>
  participantId === undefined
    ? { Authorization: `Bearer ${token}` }
    : { Authorization: `Bearer ${token}`, 'X-Participant-Id': participantId };
const votePath = (propositionId: string): string =>
  `/api/sessions/${session.code}/votes/${propositionId}`;
/**
 * Secret ballot: a vote is readable only by its owner (GET /votes/mine), and CONTROL carries
 * only the published voter count. Returns what each says for Alice and the proposition.
 */
const ballot = async (propositionId: string): Promise<{ mine: unknown; voters: number }> => {
  const answer = await api(server, 'GET', `/api/sessions/${session.code}/votes/mine`, {
    headers: bearer(alice.participantToken, alice.participantId),
  });
  const votes = (answer.body as { votes: Record<string, unknown> }).votes;
  return {
    mine: votes[propositionId],
    voters: readResult(control.doc, asPropositionId(propositionId)).voters,
  };
};

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, { title: 'Wijkavond', lang: 'nl' });
  alice = await joinSession(server, session.code, 'Alice');
  mallory = await joinSession(server, session.code, 'Mallory');
  control = connectClient(server, session.code, 'control', facilitatorParams(session));
  await whenSynced(control);
  const [first, second] = readControl(control.doc).propositions;
  if (first === undefined || second === undefined)
    throw new Error('template has fewer than two propositions');
  openId = first.id;
  draftId = second.id;
  choiceId = first.choices[0]?.id ?? '';
  expect(openProposition(control.doc, asPropositionId(openId)).ok).toBe(true);
});

afterAll(async () => {
  try {
    control.destroy();
  } finally {
    await stopAndClean(server);
  }
});

describe('sessions', () => {
  it('creates a session with a code, a key and links', () => {
    expect(session.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(session.facilitatorKey.length).toBeGreaterThanOrEqual(22);
    expect(session.joinUrl).toBe(`${server.url}/join/${session.code}`);
    expect(session.consoleUrl).toBe(
      `${server.url}/console/${session.code}#key=${session.facilitatorKey}`,
    );
    expect(session.presentUrl).toBe(
      `${server.url}/present/${session.code}#key=${session.facilitatorKey}`,
    );
  });

  it('tells anyone the public metadata, and 404 for unknown codes', async () => {
    const found = await api(server, 'GET', `/api/sessions/${session.code}`);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({
      code: session.code,
      title: 'Wijkavond',
      lang: 'nl',
      participantCount: 2,
    });
    expect((await api(server, 'GET', '/api/sessions/ZZZZZZZZ')).status).toBe(404);
    expect((await api(server, 'GET', '/api/sessions/..%2F..%2Fetc')).status).toBe(404);
  });

  it('refuses bad creation input with 400', async () => {
    expect((await api(server, 'POST', '/api/sessions', { body: { lang: 'de' } })).status).toBe(400);
    expect(
      (await api(server, 'POST', '/api/sessions', { body: { template: { nonsense: true } } }))
        .status,
    ).toBe(400);
    const notJson = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    // Without the JSON content type it is refused before the body is read (cross-origin guard).
    const plain = await fetch(`${server.url}/api/sessions`, { method: 'POST', body: '{oops' });
    expect(plain.status).toBe(415);
  });

  it('checks the facilitator key: 204 right, 403 wrong, 401 missing', async () => {
    const path = `/api/sessions/${session.code}/facilitator`;
    expect(
      (await api(server, 'GET', path, { headers: bearer(session.facilitatorKey) })).status,
    ).toBe(204);
    expect((await api(server, 'GET', path, { headers: bearer('wrong-key') })).status).toBe(403);
    expect(
      (await api(server, 'GET', path, { headers: bearer(alice.participantToken) })).status,
    ).toBe(403);
    expect((await api(server, 'GET', path)).status).toBe(401);
    expect((await api(server, 'GET', `${path}?key=${session.facilitatorKey}`)).status).toBe(401);
  });

  it('refuses DELETE and exports without the right key', async () => {
    for (const headers of [
      {},
      bearer('wrong'),
      bearer(mallory.participantToken, mallory.participantId),
    ]) {
      const deleted = await api(server, 'DELETE', `/api/sessions/${session.code}`, { headers });
      expect([401, 403]).toContain(deleted.status);
      const exported = await api(server, 'GET', `/api/sessions/${session.code}/export/votes.csv`, {
        headers,
      });
      expect([401, 403]).toContain(exported.status);
    }
    expect((await api(server, 'GET', `/api/sessions/${session.code}`)).status).toBe(200);
  });
});

describe('participants', () => {
  it('join with a name and get an id and a token', async () => {
    const response = await api(server, 'POST', `/api/sessions/${session.code}/participants`, {
      body: { name: 'Noor', perspective: 'resident' },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      participantId: expect.any(String),
      participantToken: expect.any(String),
    });
  });

  it('are refused without a name or with an unknown perspective', async () => {
    const path = `/api/sessions/${session.code}/participants`;
    expect((await api(server, 'POST', path, { body: {} })).status).toBe(400);
    expect(
      (await api(server, 'POST', path, { body: { name: 'X', perspective: 'king' } })).status,
    ).toBe(400);
  });
});

describe('votes', () => {
  it("records a participant's own vote and lets them change it while open", async () => {
    const cast = await api(server, 'PUT', votePath(openId), {
      body: { choiceId },
      headers: bearer(alice.participantToken, alice.participantId),
    });
    expect(cast.status).toBe(200);
    await waitUntil(
      async () =>
        JSON.stringify(await ballot(openId)) === JSON.stringify({ mine: choiceId, voters: 1 }),
      'vote visible',
    );
    const withdrawn = await api(server, 'PUT', votePath(openId), {
      body: { choiceId: null },
      headers: bearer(alice.participantToken, alice.participantId),
    });
    expect(withdrawn.status).toBe(200);
    await waitUntil(
      async () => JSON.stringify(await ballot(openId)) === JSON.stringify({ voters: 0 }),
      'vote withdrawn',
    );
    await api(server, 'PUT', votePath(openId), {
      body: { choiceId },
      headers: bearer(alice.participantToken, alice.participantId),
    });
    await waitUntil(
      async () =>
        JSON.stringify(await ballot(openId)) === JSON.stringify({ mine: choiceId, voters: 1 }),
      'vote back',
    );
  });

  it('refuses a vote for another participant, with a bad token, or without one', async () => {
    const other = await api(server, 'PUT', votePath(openId), {
      body: { choiceId: null },
      headers: bearer(mallory.participantToken, alice.participantId),
    });
    expect(other.status).toBe(403);
    const forged = await api(server, 'PUT', votePath(openId), {
      body: { choiceId },
      headers: bearer('forged', mallory.participantId),
    });
    expect(forged.status).toBe(403);
    const missing = await api(server, 'PUT', votePath(openId), {
      body: { choiceId },
      headers: { 'X-Participant-Id': mallory.participantId },
    });
    expect(missing.status).toBe(401);
    expect(await ballot(openId)).toEqual({ mine: choiceId, voters: 1 });
  });

  it('refuses bad choices (400), unknown propositions (404) and propositions that are not open (409)', async () => {
    const headers = bearer(mallory.participantToken, mallory.participantId);
    expect(
      (await api(server, 'PUT', votePath(openId), { body: { choiceId: 'nope' }, headers })).status,
    ).toBe(400);
    expect(
      (await api(server, 'PUT', votePath('no-such-proposition'), { body: { choiceId }, headers }))
        .status,
    ).toBe(404);
    expect(
      (await api(server, 'PUT', votePath(draftId), { body: { choiceId }, headers })).status,
    ).toBe(409);
    expect(closeProposition(control.doc, asPropositionId(openId)).ok).toBe(true);
    const recast = async (body: { choiceId: string | null }): Promise<number> =>
      (
        await api(server, 'PUT', votePath(openId), {
          body,
          headers: bearer(alice.participantToken, alice.participantId),
        })
      ).status;
    // The close travels facilitator -> relay; poll with a vote that changes nothing until the relay has it.
    await waitUntil(async () => (await recast({ choiceId })) === 409, 'the relay has the close');
    expect(await recast({ choiceId: null })).toBe(409);
    expect(await ballot(openId)).toEqual({ mine: choiceId, voters: 1 });
  });
});

describe('exports and backups', () => {
  it.each(['report.md', 'session.json', 'initiatives.csv', 'votes.csv', 'takeaways.csv'])(
    'serves %s to the facilitator',
    async (file) => {
      const response = await api(server, 'GET', `/api/sessions/${session.code}/export/${file}`, {
        headers: bearer(session.facilitatorKey),
      });
      expect(response.status).toBe(200);
      expect(response.text.length).toBeGreaterThan(0);
      expect(response.headers.get('content-disposition')).toContain(file);
    },
  );

  it('answers 404 for an unknown export file', async () => {
    const response = await api(server, 'GET', `/api/sessions/${session.code}/export/secrets.txt`, {
      headers: bearer(session.facilitatorKey),
    });
    expect(response.status).toBe(404);
  });

  it('restores session.json into a new session', async () => {
    const backup = await api(server, 'GET', `/api/sessions/${session.code}/export/session.json`, {
      headers: bearer(session.facilitatorKey),
    });
    const restored = await createSession(server, { backup: backup.body });
    expect(restored.code).not.toBe(session.code);
    const described = await api(server, 'GET', `/api/sessions/${restored.code}`);
    expect(described.body).toMatchObject({ title: 'Wijkavond', lang: 'nl', participantCount: 3 });
    const broken = await api(server, 'POST', '/api/sessions', {
      body: { backup: { format: 'nope' } },
    });
    expect(broken.status).toBe(400);
  });
});

describe('operations', () => {
  it('answers /healthz and /metrics', async () => {
    const health = await api(server, 'GET', '/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ ok: true });
    const metrics = await api(server, 'GET', '/metrics');
    expect(metrics.text).toMatch(/^collectief_connections \d+$/m);
    expect(metrics.text).toMatch(/^collectief_updates_applied_total \d+$/m);
  });

  it('serves the SPA routes and 404s the rest', async () => {
    for (const path of [
      '/',
      `/join/${session.code}`,
      `/present/${session.code}`,
      `/report/${session.code}`,
    ]) {
      const page = await api(server, 'GET', path);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
    }
    expect((await api(server, 'GET', '/nope/nothing.js')).status).toBe(404);
    expect((await api(server, 'GET', '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('never logs keys or tokens', () => {
    const everything = JSON.stringify(server.logs);
    expect(everything).not.toContain(session.facilitatorKey);
    expect(everything).not.toContain(alice.participantToken);
  });
});
