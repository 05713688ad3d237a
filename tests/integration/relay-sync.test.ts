import { BOARD_ROOT } from '../../shared/session/activities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { lockBoard } from '../../shared/activities/quadrant/board';
import type { RoomKind } from '../../shared/core/protocol';
import { CONTROL_ROOT } from '../../shared/core/layout';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  connectClient,
  entryIn,
  createSession,
  facilitatorParams,
  joinSession,
  namespaceMap,
  participantParams,
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';

describe('relay: official y-websocket clients', () => {
  let server: TestServer;
  let session: CreatedSession;
  let alice: Participant;
  let bob: Participant;
  const clients: ConnectedClient[] = [];
  const connect = (kind: RoomKind, params: Record<string, string>): ConnectedClient => {
    const client = connectClient(server, session.code, kind, params);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
    alice = await joinSession(server, session.code, 'Alice');
    bob = await joinSession(server, session.code, 'Bob');
  });

  afterAll(async () => {
    try {
      for (const client of clients) client.destroy();
    } finally {
      await stopAndClean(server);
    }
  });

  it('lets two participants converge through the relay', async () => {
    const a = connect('board', participantParams(alice));
    const b = connect('board', participantParams(bob));
    await Promise.all([whenSynced(a), whenSynced(b)]);

    namespaceMap(a.doc, BOARD_ROOT.initiatives, alice.participantId).set(
      'a1',
      new Y.Map([['text', 'Buurtmoestuin']]),
    );
    namespaceMap(b.doc, BOARD_ROOT.initiatives, bob.participantId).set(
      'b1',
      new Y.Map([['text', 'Repair café']]),
    );

    await waitUntil(
      () =>
        entryIn(a.doc, BOARD_ROOT.initiatives, bob.participantId, 'b1') !== undefined &&
        entryIn(b.doc, BOARD_ROOT.initiatives, alice.participantId, 'a1') !== undefined,
      'both notes on both clients',
    );
    expect(a.doc.getMap(BOARD_ROOT.initiatives).toJSON()).toEqual(
      b.doc.getMap(BOARD_ROOT.initiatives).toJSON(),
    );
    expect(a.doc.getMap(BOARD_ROOT.participants).size).toBe(2);
  });

  it('gives a late third client the whole state', async () => {
    const late = connect('board', facilitatorParams(session));
    await whenSynced(late);
    await waitUntil(
      () => entryIn(late.doc, BOARD_ROOT.initiatives, bob.participantId, 'b1') !== undefined,
      'late client has b1',
    );
    expect(namespaceMap(late.doc, BOARD_ROOT.initiatives, alice.participantId).toJSON()).toEqual({
      a1: { text: 'Buurtmoestuin' },
    });
  });

  it('relays awareness between clients of a room', async () => {
    const a = connect('board', participantParams(alice));
    const b = connect('board', participantParams(bob));
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.provider.awareness.setLocalState({
      user: { participantId: alice.participantId, name: 'Alice', role: 'participant' },
    });
    await waitUntil(
      () => b.provider.awareness.getStates().has(a.doc.clientID),
      'bob sees alice present',
    );
    a.provider.disconnect();
    await waitUntil(
      () => !b.provider.awareness.getStates().has(a.doc.clientID),
      'alice gone after disconnect',
    );
  });

  it("takes the official client's echoes of others' presence as normal traffic, not forgery", async () => {
    const refusalsBefore = server.logs.filter((line) => line.event === 'awareness-refused').length;
    const a = connect('board', participantParams(alice));
    const b = connect('board', participantParams(bob));
    await Promise.all([whenSynced(a), whenSynced(b)]);
    for (let round = 1; round <= 5; round += 1) {
      a.provider.awareness.setLocalStateField('round', round);
      b.provider.awareness.setLocalStateField('round', round);
    }
    await waitUntil(
      () =>
        b.provider.awareness.getStates().get(a.doc.clientID)?.round === 5 &&
        a.provider.awareness.getStates().get(b.doc.clientID)?.round === 5,
      'both see the last round',
    );
    a.provider.disconnect();
    await waitUntil(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'alice gone');
    const refusalsAfter = server.logs.filter((line) => line.event === 'awareness-refused').length;
    expect(refusalsAfter).toBe(refusalsBefore);
  });

  it('still delivers every presence keep-alive, batched within a second and a half', async () => {
    const observer = connect('board', participantParams(alice));
    const renewing = Array.from({ length: 8 }, () => connect('board', participantParams(bob)));
    // A real change sent in the same instant as the renewals goes out at once: the relay's
    // latency on this machine right now, which the batching window comes on top of.
    const marker = connect('board', participantParams(bob));
    await Promise.all([observer, marker, ...renewing].map((client) => whenSynced(client)));
    renewing.forEach((client, index) => client.provider.awareness.setLocalState({ index }));
    marker.provider.awareness.setLocalState({ marker: 0 });
    const clockAtObserver = (client: (typeof renewing)[number]): number =>
      observer.provider.awareness.meta.get(client.doc.clientID)?.clock ?? -1;
    await waitUntil(
      () =>
        [marker, ...renewing].every((client) =>
          observer.provider.awareness.getStates().has(client.doc.clientID),
        ),
      'observer sees every client',
    );
    const clocksBefore = renewing.map(clockAtObserver);
    const renewedAt = Date.now();
    renewing.forEach((client, index) => client.provider.awareness.setLocalState({ index }));
    marker.provider.awareness.setLocalState({ marker: 1 });
    let changeSeenAt: number | null = null;
    const changeSeen = (): boolean => {
      const markerState = observer.provider.awareness.getStates().get(marker.doc.clientID);
      if (changeSeenAt === null && markerState?.marker === 1) changeSeenAt = Date.now();
      return changeSeenAt !== null;
    };
    await waitUntil(
      () => {
        changeSeen();
        return renewing.every(
          (client, index) => clockAtObserver(client) > (clocksBefore[index] ?? 0),
        );
      },
      'observer holds every renewal',
      20_000,
    );
    const renewalsAt = Date.now();
    await waitUntil(changeSeen, 'observer holds the change');
    const relayLatencyMs = (changeSeenAt ?? renewedAt) - renewedAt;
    expect(renewalsAt - renewedAt).toBeLessThan(1500 + relayLatencyMs);
  });

  it('carries facilitator control changes to participants', async () => {
    const facilitator = connect('control', facilitatorParams(session));
    const viewer = connect('control', participantParams(alice));
    await Promise.all([whenSynced(facilitator), whenSynced(viewer)]);
    expect(lockBoard(facilitator.doc, true).ok).toBe(true);
    await waitUntil(
      () => viewer.doc.getMap(CONTROL_ROOT.live).get('boardLocked') === true,
      'viewer sees the lock',
    );
    expect(lockBoard(facilitator.doc, false).ok).toBe(true);
    await waitUntil(
      () => viewer.doc.getMap(CONTROL_ROOT.live).get('boardLocked') === false,
      'viewer sees the unlock',
    );
  });

  it("accepts a participant's offline edits when they reconnect", async () => {
    const offline = connect('board', participantParams(bob));
    await whenSynced(offline);
    offline.provider.disconnect();
    namespaceMap(offline.doc, BOARD_ROOT.initiatives, bob.participantId).set(
      'offline1',
      new Y.Map([['text', 'Written on the train']]),
    );
    namespaceMap(offline.doc, BOARD_ROOT.initiatives, bob.participantId).delete('b1');
    offline.provider.connect();
    const reader = connect('board', facilitatorParams(session));
    await waitUntil(
      () =>
        entryIn(reader.doc, BOARD_ROOT.initiatives, bob.participantId, 'offline1') !== undefined &&
        entryIn(reader.doc, BOARD_ROOT.initiatives, bob.participantId, 'b1') === undefined,
      'offline edits arrived',
    );
  });

  it('refused nothing and logged no errors along the way', () => {
    const problems = server.logs.filter(
      (line) => line.level === 'error' || line.event === 'update-refused',
    );
    expect(problems).toEqual([]);
  });
});
