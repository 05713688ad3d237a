/**
 * The facilitator controls who is in the room, as a chair would (issue 11, "a fair count"):
 * participant cap, "deuren dicht", removal with a revoked token, and the session's join budget.
 * Real server processes, the official y-websocket client, HTTP as a browser sends it.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addInitiative } from '../../shared/activities/quadrant/initiatives';
import { openProposition } from '../../shared/activities/propositions/actions';
import { updateSettings } from '../../shared/session/settings';
import { CLOSE_CODE, WS_PARAM } from '../../shared/core/protocol';
import { issueTicket } from '../../server/sessions/tickets';
import { readControl } from '../../shared/session/schema';
import { readResult } from '../../shared/activities/propositions/schema';
import { readSettings } from '../../shared/session/schema/readControl';
import type { Settings } from '../../shared/session/schema/types';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  joinSession,
  participantParams,
  waitUntil,
  whenSynced,
  type ApiResponse,
  type ConnectedClient,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';
import {
  participantId as asParticipantId,
  propositionId as asPropositionId,
} from '../../shared/core/ids';

let server: TestServer;
const clients: ConnectedClient[] = [];

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  try {
    for (const client of clients) client.destroy();
  } finally {
    await stopAndClean(server);
  }
});

function connect(
  target: TestServer,
  code: string,
  kind: 'board' | 'control',
  params: Record<string, string>,
): ConnectedClient {
  const client = connectClient(target, code, kind, params);
  clients.push(client);
  return client;
}

const facilitator = (session: CreatedSession): Record<string, string> => ({
  Authorization: `Bearer ${session.facilitatorKey}`,
});
const asParticipant = (participant: Participant): Record<string, string> => ({
  Authorization: `Bearer ${participant.participantToken}`,
  'X-Participant-Id': participant.participantId,
});

function tryJoin(target: TestServer, code: string, name: string): Promise<ApiResponse> {
  return api(target, 'POST', `/api/sessions/${code}/participants`, { body: { name } });
}

/** The session's participant token secret, read from its meta.json (as the server holds it). */
async function participantTokenSecret(code: string): Promise<string> {
  const meta: unknown = JSON.parse(
    await readFile(path.join(server.dataDir, 'sessions', code, 'meta.json'), 'utf8'),
  );
  return String(Reflect.get(Object(meta), 'participantTokenSecret'));
}

function errorCode(response: ApiResponse): unknown {
  const { body } = response;
  return typeof body === 'object' && body !== null ? Reflect.get(body, 'code') : undefined;
}

/** The facilitator changes settings over their socket; resolves once the server itself holds them. */
async function setSettings(
  target: TestServer,
  session: CreatedSession,
  patch: Partial<Settings>,
): Promise<void> {
  const control = connect(target, session.code, 'control', facilitatorParams(session));
  await whenSynced(control);
  expect(updateSettings(control.doc, patch).ok).toBe(true);
  // A fresh reader syncs from the server's own document: when it sees the patch, so do joins.
  await waitUntil(async () => {
    const reader = connectClient(target, session.code, 'control', facilitatorParams(session));
    try {
      await whenSynced(reader);
      const settings = readSettings(reader.doc);
      return Object.entries(patch).every(([key, value]) => Reflect.get(settings, key) === value);
    } finally {
      reader.destroy();
    }
  }, 'the server holds the new settings');
  control.destroy();
}

/** Opens the session's first proposition; answers its id and its first two choices. */
async function openFirstProposition(
  target: TestServer,
  session: CreatedSession,
): Promise<{ control: ConnectedClient; propositionId: string; agree: string; disagree: string }> {
  const control = connect(target, session.code, 'control', facilitatorParams(session));
  await whenSynced(control);
  const proposition = readControl(control.doc).propositions[0];
  const [agree, disagree] = proposition?.choices ?? [];
  if (proposition === undefined || agree === undefined || disagree === undefined)
    throw new Error('the template has no proposition with two choices');
  // Live results: the test reads the tally the server publishes (ballots never leave the server).
  expect(updateSettings(control.doc, { resultsVisibility: 'live' }).ok).toBe(true);
  expect(openProposition(control.doc, proposition.id).ok).toBe(true);
  const open = connectClient(target, session.code, 'control', facilitatorParams(session));
  await waitUntil(
    () => readControl(open.doc).propositions[0]?.state === 'open',
    'the server holds the open proposition',
  );
  open.destroy();
  return { control, propositionId: proposition.id, agree: agree.id, disagree: disagree.id };
}

function vote(
  target: TestServer,
  code: string,
  participant: Participant,
  propositionId: string,
  choiceId: string,
): Promise<ApiResponse> {
  return api(target, 'PUT', `/api/sessions/${code}/votes/${propositionId}`, {
    headers: asParticipant(participant),
    body: { choiceId },
  });
}

/** Votes per choice as the server publishes them (live results) in everyone's CONTROL copy. */
function tally(control: ConnectedClient, propositionId: string): Record<string, number> {
  const result = readResult(control.doc, asPropositionId(propositionId));
  return result.visible ? { ...result.counts } : {};
}

/** Resolves with the code of the next close the server sends this client. */
function nextClose(client: ConnectedClient): Promise<number> {
  return new Promise((resolve) =>
    client.provider.once('connection-close', (event) => resolve(event?.code ?? 0)),
  );
}

describe('participant cap', () => {
  it('refuses the join beyond the cap with session-full, and admits again once raised', async () => {
    const session = await createSession(server, { lang: 'nl', participantCap: 3 });
    for (const name of ['Ans', 'Bram', 'Cor'])
      expect((await tryJoin(server, session.code, name)).status).toBe(201);
    const refused = await tryJoin(server, session.code, 'Dirk');
    expect(refused.status).toBe(403);
    expect(errorCode(refused)).toBe('session-full');
    await server.logged((line) => line.event === 'join-refused');
    await setSettings(server, session, { participantCap: 4 });
    expect((await tryJoin(server, session.code, 'Dirk')).status).toBe(201);
    const info = await api(server, 'GET', `/api/sessions/${session.code}`);
    expect(Reflect.get(Object(info.body), 'participantCount')).toBe(4);
  });

  it('refuses a cap outside its bounds at creation', async () => {
    for (const participantCap of [0, 2001, 2.5, '10']) {
      const response = await api(server, 'POST', '/api/sessions', { body: { participantCap } });
      expect(response.status).toBe(400);
    }
  });
});

describe('doors closed', () => {
  it('refuses a new join but not a participant already in, who reconnects and votes', async () => {
    const session = await createSession(server, { lang: 'nl' });
    const ans = await joinSession(server, session.code, 'Ans');
    const { propositionId, agree } = await openFirstProposition(server, session);
    await setSettings(server, session, { doorsClosed: true });

    const late = await tryJoin(server, session.code, 'Laat');
    expect(late.status).toBe(403);
    expect(errorCode(late)).toBe('doors-closed');

    const board = connect(server, session.code, 'board', participantParams(ans));
    await whenSynced(board);
    expect(board.doc.getMap(BOARD_ROOT.participants).has(ans.participantId)).toBe(true);
    expect((await vote(server, session.code, ans, propositionId, agree)).status).toBe(200);

    await setSettings(server, session, { doorsClosed: false });
    expect((await tryJoin(server, session.code, 'Laat')).status).toBe(201);
  });
});

describe('removing a participant', () => {
  let session: CreatedSession;
  let alice: Participant;
  let bob: Participant;
  let control: ConnectedClient;
  let propositionId: string;
  let agree: string;
  let aliceBoard: ConnectedClient;
  let aliceControl: ConnectedClient;
  const removal = (participantId: string, query = ''): string =>
    `/api/sessions/${session.code}/participants/${participantId}${query}`;

  beforeAll(async () => {
    session = await createSession(server, { lang: 'nl' });
    alice = await joinSession(server, session.code, 'Alice');
    bob = await joinSession(server, session.code, 'Bob');
    const opened = await openFirstProposition(server, session);
    ({ control, propositionId, agree } = opened);
    expect((await vote(server, session.code, alice, propositionId, opened.agree)).status).toBe(200);
    expect((await vote(server, session.code, bob, propositionId, opened.disagree)).status).toBe(
      200,
    );
    aliceBoard = connect(server, session.code, 'board', participantParams(alice));
    aliceControl = connect(server, session.code, 'control', participantParams(alice));
    await Promise.all([whenSynced(aliceBoard), whenSynced(aliceControl)]);
    const note = { text: 'Buurtkamer', x: 0.2, y: 0.4, at: Date.now() };
    expect(addInitiative(aliceBoard.doc, asParticipantId(alice.participantId), note).ok).toBe(true);
    await waitUntil(() => tally(control, propositionId)[opened.agree] === 1, 'both votes counted');
  });

  it('needs the facilitator key and a known participant', async () => {
    expect((await api(server, 'DELETE', removal(bob.participantId))).status).toBe(401);
    const withToken = await api(server, 'DELETE', removal(bob.participantId), {
      headers: { Authorization: `Bearer ${bob.participantToken}` },
    });
    expect(withToken.status).toBe(403);
    const unknown = await api(server, 'DELETE', removal('nobody-here'), {
      headers: facilitator(session),
    });
    expect(unknown.status).toBe(404);
    const facilitatorNamespace = await api(server, 'DELETE', removal('facilitator'), {
      headers: facilitator(session),
    });
    expect(facilitatorNamespace.status).toBe(404);
  });

  it('closes their open sockets with participantRemoved, withdraws their vote and their texts', async () => {
    await waitUntil(
      () =>
        aliceBoard.doc.getMap(BOARD_ROOT.initiatives).toJSON()[alice.participantId] !== undefined,
      'the note reached the server',
    );
    const closes = Promise.all([nextClose(aliceBoard), nextClose(aliceControl)]);
    const gaveUp = new Promise<number>((resolve) =>
      aliceBoard.provider.once('closed', (event) => resolve(event.code)),
    );
    const response = await api(server, 'DELETE', removal(alice.participantId, '?texts=remove'), {
      headers: facilitator(session),
    });
    expect(response.status).toBe(200);
    expect(Reflect.get(Object(response.body), 'textsRemoved')).toBe(1);
    expect(await closes).toEqual([CLOSE_CODE.participantRemoved, CLOSE_CODE.participantRemoved]);
    // The official client stops retrying on its own (44xx) and says why.
    expect(await gaveUp).toBe(CLOSE_CODE.participantRemoved);
    expect(aliceBoard.provider.shouldConnect).toBe(false);

    await waitUntil(
      () => Object.values(tally(control, propositionId)).reduce((a, b) => a + b, 0) === 1,
      'the removed vote left the tally',
    );
    expect(readResult(control.doc, asPropositionId(propositionId)).voters).toBe(1);
    const bobsVote = await api(server, 'GET', `/api/sessions/${session.code}/votes/mine`, {
      headers: asParticipant(bob),
    });
    expect(bobsVote.body).toEqual({ votes: { [propositionId]: expect.any(String) } });
    const observer = connect(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(observer);
    expect(observer.doc.getMap(BOARD_ROOT.participants).has(alice.participantId)).toBe(false);
    expect(observer.doc.getMap(BOARD_ROOT.initiatives).toJSON()[alice.participantId]).toEqual({});
    await server.logged((line) => line.event === 'participant-removed');
  });

  it('refuses their token on every endpoint and socket, also after a restart', async () => {
    const refusedEverywhere = async (): Promise<void> => {
      const ballot = await vote(server, session.code, alice, propositionId, agree);
      expect(ballot.status).toBe(403);
      expect(errorCode(ballot)).toBe('participant-removed');
      // No new ticket for a removed participant, and the app learns why.
      const ticket = await api(server, 'POST', `/api/sessions/${session.code}/tickets`, {
        headers: asParticipant(alice),
      });
      expect(ticket.status).toBe(403);
      expect(errorCode(ticket)).toBe('participant-removed');
      // A ticket issued before the removal still gets the socket closed, before the room.
      const secret = await participantTokenSecret(session.code);
      for (const kind of ['board', 'control'] as const) {
        const again = connectClient(server, session.code, kind, {
          [WS_PARAM.ticket]: issueTicket(
            secret,
            session.code,
            { role: 'participant', participantId: alice.participantId },
            Date.now() + 60_000,
          ),
        });
        const closed = await new Promise<number>((resolve) =>
          again.provider.once('closed', (event) => resolve(event.code)),
        );
        expect(closed).toBe(CLOSE_CODE.participantRemoved);
        // Refused before the room: not one byte of the session reached it.
        expect(again.provider.synced).toBe(false);
        expect(again.doc.getMap(BOARD_ROOT.participants).size).toBe(0);
        again.destroy();
      }
      // Bob is untouched.
      expect((await vote(server, session.code, bob, propositionId, agree)).status).toBe(200);
    };
    await refusedEverywhere();
    await server.restart();
    await refusedEverywhere();
    const meta: unknown = JSON.parse(
      await readFile(path.join(server.dataDir, 'sessions', session.code, 'meta.json'), 'utf8'),
    );
    expect(Reflect.get(Object(meta), 'revokedParticipantIds')).toEqual([alice.participantId]);
  });

  it('removes only the texts when asked, and the participant stays in', async () => {
    const board = connect(server, session.code, 'board', participantParams(bob));
    await whenSynced(board);
    for (const text of ['een', 'twee', 'drie'])
      expect(
        addInitiative(board.doc, asParticipantId(bob.participantId), { text, x: 0, y: 0, at: 1 })
          .ok,
      ).toBe(true);
    const observer = connect(server, session.code, 'board', facilitatorParams(session));
    const bobsNotes = (): number =>
      Object.keys(
        (observer.doc.getMap(BOARD_ROOT.initiatives).toJSON()[bob.participantId] ?? {}) as object,
      ).length;
    await waitUntil(() => bobsNotes() === 3, "Bob's notes reached the server");
    const response = await api(server, 'DELETE', removal(bob.participantId, '/texts'), {
      headers: facilitator(session),
    });
    expect(response.status).toBe(200);
    expect(Reflect.get(Object(response.body), 'textsRemoved')).toBe(3);
    await waitUntil(() => bobsNotes() === 0, "Bob's notes are gone");
    expect(observer.doc.getMap(BOARD_ROOT.participants).has(bob.participantId)).toBe(true);
    expect(board.provider.wsconnected).toBe(true);
  });
});

describe('join budget per session', () => {
  let rated: TestServer;
  beforeAll(async () => {
    // One identity per minute beyond the cap: no refill can happen while this test runs.
    rated = await startServer({ env: { RATE_LIMIT_SESSION_JOINS_PER_MINUTE: '1' } });
  });
  afterAll(async () => {
    await stopAndClean(rated);
  });

  it('lets a whole room join at once but does not refill removed seats by the dozen', async () => {
    const session = await createSession(rated, { lang: 'nl', participantCap: 5 });
    const joined: Participant[] = [];
    for (let index = 0; index < 5; index += 1)
      joined.push(await joinSession(rated, session.code, `P${index}`));
    for (const participant of joined.slice(0, 3)) {
      const response = await api(
        rated,
        'DELETE',
        `/api/sessions/${session.code}/participants/${participant.participantId}`,
        { headers: facilitator(session) },
      );
      expect(response.status).toBe(200);
    }
    // Three seats are free, but five identities were minted within the minute.
    const refused = await tryJoin(rated, session.code, 'Again');
    expect(refused.status).toBe(429);
    expect(errorCode(refused)).toBe('join-rate');
    await rated.logged((line) => line.event === 'join-refused' && line.reason === 'join-rate');
  });
});

describe('the one-address attack from issue 11', () => {
  const HONEST = 20;
  const ATTEMPTS = 1199;

  /** 20 people, a 10-10 tie, then one address tries to mint 1,199 identities and vote with each. */
  async function attack(
    target: TestServer,
    closeDoorsFirst: boolean,
  ): Promise<{ admitted: Participant[]; counts: Record<string, number>; session: CreatedSession }> {
    const session = await createSession(target, { lang: 'nl' });
    const room: Participant[] = [];
    for (let index = 0; index < HONEST; index += 1)
      room.push(await joinSession(target, session.code, `Bewoner ${index}`));
    const { control, propositionId, agree, disagree } = await openFirstProposition(target, session);
    for (const [index, participant] of room.entries()) {
      const choice = index % 2 === 0 ? agree : disagree;
      expect((await vote(target, session.code, participant, propositionId, choice)).status).toBe(
        200,
      );
    }
    if (closeDoorsFirst) await setSettings(target, session, { doorsClosed: true });
    const admitted: Participant[] = [];
    const statuses: Record<number, number> = {};
    const worker = async (from: number): Promise<void> => {
      for (let index = from; index < ATTEMPTS; index += 20) {
        const response = await tryJoin(target, session.code, `Bot ${index}`);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        if (response.status !== 201) continue;
        const bot = {
          participantId: String(Reflect.get(Object(response.body), 'participantId')),
          participantToken: String(Reflect.get(Object(response.body), 'participantToken')),
        };
        admitted.push(bot);
        await vote(target, session.code, bot, propositionId, disagree);
      }
    };
    await Promise.all(Array.from({ length: 20 }, (_, from) => worker(from)));
    const expected = HONEST / 2 + admitted.length;
    await waitUntil(() => tally(control, propositionId)[disagree] === expected, 'votes counted');
    console.info(
      `attack (doors ${closeDoorsFirst ? 'closed' : 'open'}): ${admitted.length} of ${ATTEMPTS} identities admitted, statuses ${JSON.stringify(statuses)}, tally ${tally(control, propositionId)[agree]}-${tally(control, propositionId)[disagree]}`,
    );
    return { admitted, counts: tally(control, propositionId), session };
  }

  let attacked: TestServer;
  beforeEach(async () => {
    // Production's per-address budget, as in the issue's run; a fresh server (and budget) each.
    attacked = await startServer({ env: { RATE_LIMIT_JOINS_PER_MINUTE: '600' } });
  });
  afterEach(async () => {
    await stopAndClean(attacked);
  });

  it('admits none of the 1,199 once the doors are closed: the tie stays a tie', async () => {
    const { admitted, counts } = await attack(attacked, true);
    expect(admitted).toHaveLength(0);
    expect(Object.values(counts).filter((count) => count > 0)).toEqual([HONEST / 2, HONEST / 2]);
  }, 120_000);

  it('with the doors open, stops at the cap; removing the intruders restores the tie', async () => {
    const { admitted, counts, session } = await attack(attacked, false);
    expect(admitted.length).toBe(250 - HONEST);
    expect(Math.max(...Object.values(counts))).toBe(HONEST / 2 + admitted.length);
    // The facilitator sees 250 voters in a room of 20, closes the doors and removes the intruders.
    await setSettings(attacked, session, { doorsClosed: true });
    for (const bot of admitted) {
      const response = await api(
        attacked,
        'DELETE',
        `/api/sessions/${session.code}/participants/${bot.participantId}`,
        { headers: facilitator(session) },
      );
      expect(response.status).toBe(200);
    }
    const reader = connect(attacked, session.code, 'control', facilitatorParams(session));
    await whenSynced(reader);
    const propositionId = readControl(reader.doc).propositions[0]?.id;
    await waitUntil(
      () => readResult(reader.doc, propositionId ?? asPropositionId('none')).voters === HONEST,
      'only the honest votes are left',
    );
    const restored = readResult(reader.doc, propositionId ?? asPropositionId('none'));
    const counted = restored.visible ? Object.values(restored.counts) : [];
    expect(counted.filter((count) => count > 0)).toEqual([HONEST / 2, HONEST / 2]);
  }, 180_000);
});
