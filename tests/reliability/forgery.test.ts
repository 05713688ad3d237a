/**
 * Forged authority, every path: a participant (Mallory) tries to act as the facilitator or as
 * another participant (Alice) through hand-crafted Yjs updates, awareness messages and HTTP
 * requests. Each attempt is refused and changes nothing. (tests/integration/authority.test.ts
 * covers every kind of facilitator state through the official client; this file covers what a
 * hand-written client can do beyond that.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addInitiative } from '../../shared/activities/quadrant/initiatives';
import { openProposition } from '../../shared/activities/propositions/actions';
import { EXPORT_FILES, roomName } from '../../shared/core/protocol';
import { readBoard, readControl, readResult } from '../../shared/session/schema';
import { CONTROL_ROOT, FACILITATOR_NAMESPACE } from '../../shared/core/layout';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  joinSession,
  openRawSocket,
  participantParams,
  ticketQuery,
  upgradeRefusal,
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';
import { awarenessFrame, syncFrame } from './fuzz-frames';
import {
  initiativeId as asInitiativeId,
  participantId as asParticipantId,
  propositionId as asPropositionId,
} from '../../shared/core/ids';

let server: TestServer;
let session: CreatedSession;
let otherSession: CreatedSession;
let alice: Participant;
let mallory: Participant;
let facilitatorControl: ConnectedClient;
let propositionId = '';
let choiceId = '';

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server);
  otherSession = await createSession(server);
  alice = await joinSession(server, session.code, 'Alice');
  mallory = await joinSession(server, session.code, 'Mallory');
  facilitatorControl = connectClient(server, session.code, 'control', facilitatorParams(session));
  await whenSynced(facilitatorControl);
  const proposition = readControl(facilitatorControl.doc).propositions[0];
  if (proposition === undefined) throw new Error('no proposition in the template');
  propositionId = proposition.id;
  choiceId = proposition.choices[0]?.id ?? '';
  expect(openProposition(facilitatorControl.doc, asPropositionId(propositionId)).ok).toBe(true);
  const watcher = connectClient(server, session.code, 'control', participantParams(alice));
  await waitUntil(
    () => readControl(watcher.doc).propositions[0]?.state === 'open',
    'proposition open',
  );
  watcher.destroy();
});

afterAll(async () => {
  try {
    facilitatorControl.destroy();
  } finally {
    await stopAndClean(server);
  }
});

const bearer = (secret: string, participantId?: string): Record<string, string> => ({
  Authorization: `Bearer ${secret}`,
  ...(participantId === undefined ? {} : { 'X-Participant-Id': participantId }),
});

/**
 * Ballots are no longer in CONTROL (secret ballot): a refused vote must leave the published voter
 * count at zero, and the victim's own-vote answer (their token) empty.
 */
async function votesNow(owner: {
  secret: string;
  participantId: string;
}): Promise<Record<string, unknown>> {
  const reader = connectClient(server, session.code, 'control', facilitatorParams(session));
  await whenSynced(reader);
  expect(readResult(reader.doc, asPropositionId(propositionId)).voters).toBe(0);
  reader.destroy();
  const mine = await api(server, 'GET', `/api/sessions/${session.code}/votes/mine`, {
    headers: bearer(owner.secret, owner.participantId),
  });
  expect(mine.status).toBe(200);
  const body = mine.body as { votes: Record<string, unknown> };
  return body.votes;
}

describe('forged HTTP requests', () => {
  it("refuses a vote cast for Alice with Mallory's token", async () => {
    const response = await api(
      server,
      'PUT',
      `/api/sessions/${session.code}/votes/${propositionId}`,
      {
        body: { choiceId },
        headers: bearer(mallory.participantToken, alice.participantId),
      },
    );
    expect(response.status).toBe(403);
    expect(
      await votesNow({ secret: alice.participantToken, participantId: alice.participantId }),
    ).toEqual({});
  });

  it("refuses a vote in the facilitator's name with a participant token", async () => {
    const response = await api(
      server,
      'PUT',
      `/api/sessions/${session.code}/votes/${propositionId}`,
      {
        body: { choiceId },
        headers: bearer(mallory.participantToken, FACILITATOR_NAMESPACE),
      },
    );
    expect(response.status).toBe(403);
    expect(
      await votesNow({ secret: session.facilitatorKey, participantId: FACILITATOR_NAMESPACE }),
    ).toEqual({});
  });

  it('refuses a participant token from another session', async () => {
    const stranger = await joinSession(server, otherSession.code, 'Stranger');
    const response = await api(
      server,
      'PUT',
      `/api/sessions/${session.code}/votes/${propositionId}`,
      {
        body: { choiceId },
        headers: bearer(stranger.participantToken, stranger.participantId),
      },
    );
    expect(response.status).toBe(403);
  });

  it('ignores a participant id chosen by the client at join', async () => {
    const response = await api(server, 'POST', `/api/sessions/${session.code}/participants`, {
      body: { name: 'Copycat', participantId: alice.participantId, participantToken: 'x' },
    });
    expect(response.status).toBe(201);
    expect(JSON.stringify(response.body)).not.toContain(alice.participantId);
  });

  const facilitatorPaths: [string, string][] = [
    ['GET', '/facilitator'],
    ['DELETE', ''],
    ...EXPORT_FILES.map((file): [string, string] => ['GET', `/export/${file}`]),
  ];

  it.each(facilitatorPaths)(
    "refuses %s /api/sessions/:code%s with a participant token, another session's key, or ?key=",
    async (method, suffix) => {
      const path = `/api/sessions/${session.code}${suffix}`;
      expect(
        (
          await api(server, method, path, {
            headers: bearer(mallory.participantToken, mallory.participantId),
          })
        ).status,
      ).toBe(403);
      expect(
        (await api(server, method, path, { headers: bearer(otherSession.facilitatorKey) })).status,
      ).toBe(403);
      expect(
        (await api(server, method, `${path}?key=${encodeURIComponent(session.facilitatorKey)}`))
          .status,
      ).toBe(401);
      expect(
        (
          await api(server, method, path, {
            headers: { Authorization: `Basic ${session.facilitatorKey}` },
          })
        ).status,
      ).toBe(401);
      expect((await api(server, 'GET', `/api/sessions/${session.code}`)).status).toBe(200);
    },
  );
});

describe('forged websocket credentials', () => {
  const ticketStatus = async (code: string, headers: Record<string, string>): Promise<number> =>
    (await api(server, 'POST', `/api/sessions/${code}/tickets`, { headers })).status;

  it("refuses a ticket for a participant id with another participant's token, or a key of another session", async () => {
    expect(
      await ticketStatus(session.code, bearer(mallory.participantToken, alice.participantId)),
    ).toBe(403);
    expect(await ticketStatus(session.code, bearer(otherSession.facilitatorKey))).toBe(403);
    expect(
      await ticketStatus(session.code, bearer(session.facilitatorKey, FACILITATOR_NAMESPACE)),
    ).toBe(403);
    expect(await ticketStatus(session.code, {})).toBe(401);
  });

  it("refuses another session's ticket, a ticket with another participant id, and keys in the URL", async () => {
    const room = roomName(session.code, 'board');
    const foreign = await ticketQuery(server, otherSession.code, facilitatorParams(otherSession));
    expect((await upgradeRefusal(server, `/${room}?${foreign}`)).status).toBe(403);
    const own = await ticketQuery(server, session.code, participantParams(mallory));
    const swapped = own.replace(mallory.participantId, alice.participantId);
    expect(swapped).not.toBe(own);
    expect((await upgradeRefusal(server, `/${room}?${swapped}`)).status).toBe(403);
    const legacy = await upgradeRefusal(server, `/${room}?key=${session.facilitatorKey}`);
    expect(legacy.status).toBe(400);
    expect(legacy.body).toContain('tickets');
    expect(
      (
        await upgradeRefusal(
          server,
          `/${room}?pid=${alice.participantId}&token=${alice.participantToken}`,
        )
      ).status,
    ).toBe(400);
  });
});

describe('forged awareness', () => {
  it('relays a participant claiming the facilitator role as mere presence: it grants nothing', async () => {
    const hostile = connectClient(server, session.code, 'control', participantParams(mallory));
    await whenSynced(hostile);
    hostile.provider.awareness.setLocalState({
      user: { participantId: FACILITATOR_NAMESPACE, name: 'Facilitator', role: 'facilitator' },
    });
    const refused = server.waitForLog((line) => line.event === 'update-refused');
    hostile.doc.getMap(CONTROL_ROOT.live).set('boardLocked', true);
    expect(String((await refused).reason)).toMatch(/read-only/);
    hostile.destroy();
    expect(readControl(facilitatorControl.doc).live.boardLocked).toBe(false);
  });

  it("refuses awareness written under the facilitator's client id (no impersonation, no kicking them out)", async () => {
    facilitatorControl.provider.awareness.setLocalState({
      user: { participantId: FACILITATOR_NAMESPACE, name: 'Facilitator', role: 'facilitator' },
    });
    const watcher = connectClient(server, session.code, 'control', participantParams(alice));
    await waitUntil(
      () => watcher.provider.awareness.getStates().has(facilitatorControl.doc.clientID),
      'alice sees the facilitator',
    );
    const raw = await openRawSocket(
      server,
      roomName(session.code, 'control'),
      participantParams(mallory),
    );
    const refused = server.waitForLog((line) => line.event === 'awareness-refused');
    raw.socket.send(
      awarenessFrame([
        { clientId: facilitatorControl.doc.clientID, clock: 1_000_000, state: 'null' },
      ]),
    );
    await refused;
    raw.socket.send(
      awarenessFrame([{ clientId: 77, clock: 1, state: JSON.stringify({ user: { name: 'me' } }) }]),
    );
    raw.socket.send(
      awarenessFrame([
        {
          clientId: facilitatorControl.doc.clientID,
          clock: 1_000_001,
          state: JSON.stringify({ user: { name: 'Mallory as facilitator', role: 'facilitator' } }),
        },
      ]),
    );
    await server.waitForLog((line) => line.event === 'awareness-refused');
    const seen = watcher.provider.awareness.getStates().get(facilitatorControl.doc.clientID);
    expect(JSON.stringify(seen)).toContain('"name":"Facilitator"');
    raw.socket.close();
    watcher.destroy();
  });
});

/** Mallory's board copy and a raw socket to push crafted updates through. */
async function craftOnBoard(write: (doc: Y.Doc) => void, clientId?: number): Promise<Uint8Array> {
  const copy = connectClient(server, session.code, 'board', participantParams(mallory));
  await whenSynced(copy);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(copy.doc));
  copy.destroy();
  if (clientId !== undefined) doc.clientID = clientId;
  const before = Y.encodeStateVector(doc);
  write(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

describe('forged Yjs updates', () => {
  it("refuses an update that hides a write to Alice's notes among Mallory's own", async () => {
    const update = await craftOnBoard((doc) => {
      expect(
        addInitiative(doc, asParticipantId(mallory.participantId), {
          id: asInitiativeId('mine'),
          text: 'mine',
          x: 0,
          y: 0,
          at: Date.now(),
        }).ok,
      ).toBe(true);
      expect(
        addInitiative(doc, asParticipantId(alice.participantId), {
          id: asInitiativeId('planted'),
          text: 'planted',
          x: 0,
          y: 0,
          at: Date.now(),
        }).ok,
      ).toBe(true);
    });
    const raw = await openRawSocket(
      server,
      roomName(session.code, 'board'),
      participantParams(mallory),
    );
    const refused = server.waitForLog((line) => line.event === 'update-refused');
    raw.socket.send(syncFrame(1, update));
    expect(String((await refused).reason)).toMatch(/namespace/);
    raw.socket.close();
    const reader = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(reader);
    expect(readBoard(reader.doc).initiatives[alice.participantId]?.planted).toBeUndefined();
    // Only the forbidden part is refused: what Mallory may write is kept (server/relay/split.ts).
    expect(readBoard(reader.doc).initiatives[mallory.participantId]?.mine).toBeDefined();
    reader.destroy();
  });

  it("keeps Alice's offline edits when Mallory writes under Alice's client id first after a restart", async () => {
    const aliceBoard = connectClient(server, session.code, 'board', participantParams(alice));
    await whenSynced(aliceBoard);
    expect(
      addInitiative(aliceBoard.doc, asParticipantId(alice.participantId), {
        id: asInitiativeId('before'),
        text: 'before restart',
        x: 0.1,
        y: 0.1,
        at: Date.now(),
      }).ok,
    ).toBe(true);
    const watcher = connectClient(server, session.code, 'board', facilitatorParams(session));
    await waitUntil(
      () => readBoard(watcher.doc).initiatives[alice.participantId]?.before !== undefined,
      'first note stored',
    );
    watcher.destroy();
    aliceBoard.provider.disconnect();
    const aliceClientId = aliceBoard.doc.clientID;
    expect(
      addInitiative(aliceBoard.doc, asParticipantId(alice.participantId), {
        id: asInitiativeId('offline'),
        text: 'written offline',
        x: 0.2,
        y: 0.2,
        at: Date.now(),
      }).ok,
    ).toBe(true);
    await server.restart();
    // After the restart the relay has not seen Alice's client id yet; Mallory squats the clocks
    // Alice's offline note occupies (client ids are visible in every update).
    const squat = await craftOnBoard((doc) => {
      expect(
        addInitiative(doc, asParticipantId(mallory.participantId), {
          id: asInitiativeId('squat'),
          text: 'squat',
          x: 0,
          y: 0,
          at: Date.now(),
        }).ok,
      ).toBe(true);
    }, aliceClientId);
    const raw = await openRawSocket(
      server,
      roomName(session.code, 'board'),
      participantParams(mallory),
    );
    raw.socket.send(syncFrame(2, squat));
    aliceBoard.provider.connect();
    await whenSynced(aliceBoard);
    const fresh = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(fresh);
    const arrived = await waitUntil(
      () => readBoard(fresh.doc).initiatives[alice.participantId]?.offline !== undefined,
      "alice's offline note",
      3000,
    ).then(
      () => true,
      () => false,
    );
    raw.socket.close();
    fresh.destroy();
    // y-websocket's destroy() assumes the awareness knows the doc's client id, which Yjs replaces
    // after a client-id collision; tell the awareness about the new id so cleanup does not throw.
    aliceBoard.provider.awareness.meta.set(aliceBoard.doc.clientID, {
      clock: 0,
      lastUpdated: Date.now(),
    });
    aliceBoard.destroy();
    expect(arrived).toBe(true);
  });

  it('refuses an update that cannot be integrated (a gap in its clocks), so nothing waits in memory', async () => {
    const updates: Uint8Array[] = [];
    await craftOnBoard((doc) => {
      doc.on('update', (update: Uint8Array) => updates.push(update));
      expect(
        addInitiative(doc, asParticipantId(mallory.participantId), {
          id: asInitiativeId('first'),
          text: 'first',
          x: 0,
          y: 0,
          at: Date.now(),
        }).ok,
      ).toBe(true);
      expect(
        addInitiative(doc, asParticipantId(mallory.participantId), {
          id: asInitiativeId('second'),
          text: 'x'.repeat(200),
          x: 0,
          y: 0,
          at: Date.now(),
        }).ok,
      ).toBe(true);
    });
    const second = updates[1];
    if (second === undefined) throw new Error('expected two updates');
    const raw = await openRawSocket(
      server,
      roomName(session.code, 'board'),
      participantParams(mallory),
    );
    const refused = server.waitForLog((line) => line.event === 'update-refused', 3000);
    raw.socket.send(syncFrame(2, second));
    expect(String((await refused).reason)).toMatch(/gap|missing|unknown/);
    raw.socket.close();
  });
});
