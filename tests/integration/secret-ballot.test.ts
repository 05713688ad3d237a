/**
 * Secret ballot, against real server processes and the official y-websocket client:
 * - while results are hidden, participant B changing their vote changes nothing participant A or
 *   the facilitator can observe (raw frames on both rooms' sockets, HTTP answers);
 * - with live results, B and C swapping their votes changes nothing either can observe;
 * - a one-person perspective group is never shown on its own (CONTROL, every export);
 * - the own-vote answer survives kill -9 and is nobody else's to read;
 * - a backup restores the tallies without naming who voted what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProposition, revealProposition } from '../../shared/activities/propositions/actions';
import { updateSettings } from '../../shared/session/settings';
import { updateParticipant } from '../../shared/session/participants';
import { readBoard, readControl, readResult, readSettings } from '../../shared/session/schema';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  createSession,
  facilitatorParams,
  participantParams,
  waitUntil,
  whenSynced,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';
import {
  httpView,
  insertedItems,
  joinAs,
  mine,
  observedClient,
  updatesIn,
  vote,
  type ObservedClient,
} from '../helpers/ballot-observers';
import {
  participantId as asParticipantId,
  propositionId as asPropositionId,
} from '../../shared/core/ids';

type Room = { session: CreatedSession; propositionId: string; clients: ObservedClient[] };

/** A session with its first proposition opened by the facilitator's own client. */
async function openedSession(server: TestServer): Promise<Room & { facilitator: ObservedClient }> {
  const session = await createSession(server, { title: 'Wijkavond', lang: 'nl' });
  const facilitator = observedClient(server, session.code, 'control', facilitatorParams(session));
  await waitUntil(() => facilitator.provider.synced, 'facilitator synced');
  const first = readControl(facilitator.doc).propositions[0];
  if (first === undefined) throw new Error('the template has propositions');
  expect(openProposition(facilitator.doc, first.id).ok).toBe(true);
  return { session, propositionId: first.id, clients: [facilitator], facilitator };
}

async function castUntilOpen(
  server: TestServer,
  room: Room,
  who: Participant,
  choiceId: string,
): Promise<void> {
  await waitUntil(
    async () => (await vote(server, room.session.code, who, room.propositionId, choiceId)) === 200,
    'vote accepted (the relay has the open)',
  );
}

async function watch(server: TestServer, room: Room, params: Record<string, string>) {
  const board = observedClient(server, room.session.code, 'board', params);
  const control = observedClient(server, room.session.code, 'control', params);
  room.clients.push(board, control);
  await waitUntil(() => board.provider.synced && control.provider.synced, 'observer synced');
  return { board, control };
}

describe('while results are hidden', () => {
  let server: TestServer;
  let room: Room & { facilitator: ObservedClient };

  beforeAll(async () => {
    // Every ballot change is published at once here: no publishing window hides anything.
    server = await startServer({ env: { RESULTS_PUBLISH_MS: '0' } });
    room = await openedSession(server);
  });

  afterAll(async () => {
    try {
      for (const client of room.clients) client.destroy();
    } finally {
      await stopAndClean(server);
    }
  });

  it('B changing their vote reaches no socket and no HTTP answer of A or the facilitator', async () => {
    const code = room.session.code;
    const a = await joinAs(server, code, 'Anna', 'resident');
    const b = await joinAs(server, code, 'Bram', 'resident');
    const c = await joinAs(server, code, 'Cees', 'resident');
    const participant = await watch(server, room, participantParams(a));
    const facilitator = await watch(server, room, facilitatorParams(room.session));
    await castUntilOpen(server, room, b, 'agree');
    const seen = (client: ObservedClient) =>
      readResult(client.doc, asPropositionId(room.propositionId)).voters;
    await waitUntil(
      () => seen(participant.control) === 1 && seen(facilitator.control) === 1,
      'one voter published',
    );
    expect(readResult(participant.control.doc, asPropositionId(room.propositionId))).toEqual({
      voters: 1,
      visible: false,
    });
    const sockets = [
      participant.board,
      participant.control,
      facilitator.board,
      facilitator.control,
    ];
    const mark = sockets.map((socket) => socket.frames.length);
    const before = await httpView(server, room.session, a);

    expect(await vote(server, code, b, room.propositionId, 'disagree')).toBe(200);
    expect(await vote(server, code, b, room.propositionId, 'neutral')).toBe(200);
    expect(await httpView(server, room.session, a)).toEqual(before);

    // Sentinels: C's first vote (CONTROL) and D joining (BOARD) are sent after anything B's
    // changes could have caused, on the same sockets, in order.
    await castUntilOpen(server, room, c, 'agree');
    const d = await joinAs(server, code, 'Dewi', 'other');
    await waitUntil(
      () =>
        seen(participant.control) === 2 &&
        seen(facilitator.control) === 2 &&
        participant.board.doc.getMap('participants').has(d.participantId) &&
        facilitator.board.doc.getMap('participants').has(d.participantId),
      'sentinels arrived',
    );
    const after = sockets.map((socket, index) => socket.frames.slice(mark[index]));
    const [aBoard, aControl, fBoard, fControl] = after.map((frames) => updatesIn(frames));
    // CONTROL: only C's sentinel, one new entry (voters 2) on each socket.
    expect(insertedItems(aControl ?? [])).toBe(1);
    expect(insertedItems(fControl ?? [])).toBe(1);
    // BOARD: only D's registration.
    for (const update of [...(aBoard ?? []), ...(fBoard ?? [])])
      expect(Buffer.from(update).includes(Buffer.from(d.participantId))).toBe(true);
    expect(readResult(participant.control.doc, asPropositionId(room.propositionId))).toEqual({
      voters: 2,
      visible: false,
    });
    // Nobody's socket ever carried B's id next to a choice: CONTROL holds no participant id.
    const controlJson = JSON.stringify(participant.control.doc.toJSON());
    for (const who of [a, b, c]) expect(controlJson).not.toContain(who.participantId);
  });

  it('answers each participant their own vote only, and it survives kill -9', async () => {
    const code = room.session.code;
    const voter = await joinAs(server, code, 'Eva', 'professional');
    const other = await joinAs(server, code, 'Fleur', 'professional');
    await castUntilOpen(server, room, voter, 'disagree');
    await server.kill9();
    await server.start();
    expect(await mine(server, code, voter)).toEqual({
      status: 200,
      body: { votes: { [room.propositionId]: 'disagree' } },
    });
    expect(await mine(server, code, other)).toEqual({ status: 200, body: { votes: {} } });
    // Another participant's id with one's own token, or the facilitator key as a participant.
    const forged = await api(server, 'GET', `/api/sessions/${code}/votes/mine`, {
      headers: {
        Authorization: `Bearer ${other.participantToken}`,
        'X-Participant-Id': voter.participantId,
      },
    });
    expect(forged.status).toBe(403);
    const asFacilitator = await api(server, 'GET', `/api/sessions/${code}/votes/mine`, {
      headers: {
        Authorization: `Bearer ${room.session.facilitatorKey}`,
        'X-Participant-Id': voter.participantId,
      },
    });
    expect(asFacilitator.status).toBe(403);
    expect((await api(server, 'GET', `/api/sessions/${code}/votes/mine`)).status).toBe(401);
  });
});

describe('with live results', () => {
  let server: TestServer;
  let room: Room & { facilitator: ObservedClient };

  beforeAll(async () => {
    // A publishing window far longer than the test: only facilitator moves publish (at once).
    server = await startServer({ env: { RESULTS_PUBLISH_MS: '600000' } });
    room = await openedSession(server);
  });

  afterAll(async () => {
    try {
      for (const client of room.clients) client.destroy();
    } finally {
      await stopAndClean(server);
    }
  });

  it('B and C swapping their votes reaches no socket and no HTTP answer', async () => {
    const code = room.session.code;
    const a = await joinAs(server, code, 'Anna', 'resident');
    const b = await joinAs(server, code, 'Bram', 'resident');
    const c = await joinAs(server, code, 'Cees', 'resident');
    const e = await joinAs(server, code, 'Eva', 'resident');
    await castUntilOpen(server, room, b, 'agree');
    await castUntilOpen(server, room, c, 'disagree');
    await castUntilOpen(server, room, e, 'agree');
    expect(updateSettings(room.facilitator.doc, { resultsVisibility: 'live' }).ok).toBe(true);
    const participant = await watch(server, room, participantParams(a));
    const facilitator = await watch(server, room, facilitatorParams(room.session));
    await waitUntil(
      () => readResult(participant.control.doc, asPropositionId(room.propositionId)).voters === 3,
      'live results published',
    );
    const published = readResult(participant.control.doc, asPropositionId(room.propositionId));
    expect(published).toMatchObject({
      voters: 3,
      visible: true,
      counts: { agree: 2, neutral: 0, disagree: 1 },
      groups: { resident: { agree: 2, neutral: 0, disagree: 1 } },
    });
    const sockets = [
      participant.board,
      participant.control,
      facilitator.board,
      facilitator.control,
    ];
    const mark = sockets.map((socket) => socket.frames.length);
    const before = await httpView(server, room.session, a);

    expect(await vote(server, code, b, room.propositionId, 'disagree')).toBe(200);
    expect(await vote(server, code, c, room.propositionId, 'agree')).toBe(200);
    expect(await httpView(server, room.session, a)).toEqual(before);

    // Sentinel: a facilitator setting publishes pending ballot changes at once, then relays.
    expect(updateSettings(room.facilitator.doc, { dotBudget: 5 }).ok).toBe(true);
    await waitUntil(
      () =>
        readSettings(participant.control.doc).dotBudget === 5 &&
        readSettings(facilitator.control.doc).dotBudget === 5,
      'sentinel arrived',
    );
    const [aBoard, aControl, fBoard, fControl] = sockets.map((socket, index) =>
      updatesIn(socket.frames.slice(mark[index])),
    );
    expect(insertedItems(aControl ?? [])).toBe(1); // the dot budget, nothing else
    expect(insertedItems(fControl ?? [])).toBeLessThanOrEqual(1);
    expect(insertedItems([...(aBoard ?? []), ...(fBoard ?? [])])).toBe(0);
    expect(readResult(participant.control.doc, asPropositionId(room.propositionId))).toEqual(
      published,
    );
    // The swap is on file all the same.
    expect(await mine(server, code, b)).toMatchObject({
      body: { votes: { [room.propositionId]: 'disagree' } },
    });
  });
});

describe('small groups, exports and backups', () => {
  let server: TestServer;
  let room: Room & { facilitator: ObservedClient };
  let municipality: Participant;

  beforeAll(async () => {
    server = await startServer({ env: { RESULTS_PUBLISH_MS: '0' } });
    room = await openedSession(server);
    const code = room.session.code;
    for (const name of ['Anna', 'Bram', 'Cees']) {
      await castUntilOpen(server, room, await joinAs(server, code, name, 'resident'), 'agree');
    }
    municipality = await joinAs(server, code, 'Wethouder', 'municipality');
    await castUntilOpen(server, room, municipality, 'disagree');
    await waitUntil(
      () => readResult(room.facilitator.doc, asPropositionId(room.propositionId)).voters === 4,
      'four voters',
    );
    expect(revealProposition(room.facilitator.doc, asPropositionId(room.propositionId)).ok).toBe(
      true,
    );
    await waitUntil(
      () => readResult(room.facilitator.doc, asPropositionId(room.propositionId)).visible,
      'revealed results published',
    );
  });

  afterAll(async () => {
    try {
      for (const client of room.clients) client.destroy();
    } finally {
      await stopAndClean(server);
    }
  });

  it('never shows the one-person group on its own, in CONTROL or any export', async () => {
    const published = readResult(room.facilitator.doc, asPropositionId(room.propositionId));
    // Residents beside the total would give the municipality vote away by subtraction: both
    // are folded into the total.
    expect(published).toEqual({
      voters: 4,
      visible: true,
      counts: { agree: 3, neutral: 0, disagree: 1 },
      groups: {},
      suppressed: ['resident', 'municipality'],
    });
    const headers = { Authorization: `Bearer ${room.session.facilitatorKey}` };
    const file = async (name: string) =>
      (await api(server, 'GET', `/api/sessions/${room.session.code}/export/${name}`, { headers }))
        .text;
    const csv = await file('votes.csv');
    const report = await file('report.md');
    const backup = await file('session.json');
    expect(csv).toContain('te weinig stemmen om apart te tonen');
    expect(report).toContain('| Gemeente | te weinig stemmen om apart te tonen |');
    expect(report).not.toContain('100% (1)');
    for (const text of [csv, report]) expect(text).not.toContain('Wethouder');
    // The backup names the participant (board) but links them to no choice.
    const parsed = JSON.parse(backup) as {
      version: number;
      control: Record<string, unknown>;
      sealedBallots?: string;
    };
    expect(parsed.version).toBe(2);
    expect(parsed.control).not.toHaveProperty('votes');
    expect(typeof parsed.sealedBallots).toBe('string');
    expect(parsed.sealedBallots).not.toContain(municipality.participantId);
    expect(JSON.stringify(parsed.control)).not.toContain(municipality.participantId);
  });

  it('keeps a vote in the group it was cast in when the voter changes perspective', async () => {
    const before = readResult(room.facilitator.doc, asPropositionId(room.propositionId));
    const board = observedClient(
      server,
      room.session.code,
      'board',
      participantParams(municipality),
    );
    room.clients.push(board);
    await waitUntil(() => board.provider.synced, 'board synced');
    expect(
      updateParticipant(board.doc, asParticipantId(municipality.participantId), {
        perspective: 'resident',
      }).ok,
    ).toBe(true);
    const watcher = await watch(server, room, facilitatorParams(room.session));
    await waitUntil(
      () =>
        readBoard(watcher.board.doc).participants[municipality.participantId]?.perspective ===
        'resident',
      'perspective changed',
    );
    // A facilitator move republishes at once: the split must not move that vote to residents.
    expect(updateSettings(room.facilitator.doc, { dotBudget: 4 }).ok).toBe(true);
    await waitUntil(() => readSettings(watcher.control.doc).dotBudget === 4, 'settings arrived');
    expect(readResult(watcher.control.doc, asPropositionId(room.propositionId))).toEqual(before);
  });

  it('restores a backup with its tallies, and refuses sealed ballots it cannot open', async () => {
    const headers = { Authorization: `Bearer ${room.session.facilitatorKey}` };
    const exported = await api(
      server,
      'GET',
      `/api/sessions/${room.session.code}/export/session.json`,
      { headers },
    );
    const restored = await api(server, 'POST', '/api/sessions', {
      body: { backup: exported.body },
    });
    expect(restored.status).toBe(201);
    const copy = restored.body as CreatedSession;
    const viewer = observedClient(server, copy.code, 'control', facilitatorParams(copy));
    room.clients.push(viewer);
    await whenSynced({ ...viewer, destroy: viewer.destroy });
    await waitUntil(
      () => readResult(viewer.doc, asPropositionId(room.propositionId)).voters === 4,
      'restored results',
    );
    expect(readResult(viewer.doc, asPropositionId(room.propositionId))).toEqual(
      readResult(room.facilitator.doc, asPropositionId(room.propositionId)),
    );
    // Ballots really came back (not only the published numbers): reopening hides the counts
    // and keeps the four voters.
    expect(openProposition(viewer.doc, asPropositionId(room.propositionId)).ok).toBe(true);
    await waitUntil(
      () => !readResult(viewer.doc, asPropositionId(room.propositionId)).visible,
      'reopened: hidden again',
    );
    expect(readResult(viewer.doc, asPropositionId(room.propositionId))).toEqual({
      voters: 4,
      visible: false,
    });

    const tampered = { ...(exported.body as Record<string, unknown>), sealedBallots: 'cbs1.x.y.z' };
    const refused = await api(server, 'POST', '/api/sessions', { body: { backup: tampered } });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('sealed by another server');
  });
});
