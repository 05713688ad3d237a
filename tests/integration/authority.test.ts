/**
 * A hostile participant (and a careless facilitator) against the relay's authority: every
 * forbidden Yjs update is refused, changes nothing on the server, and leaves the socket open and
 * every other client working.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setCurrentAgendaItem } from '../../shared/activities/agenda/actions';
import { lockBoard } from '../../shared/activities/quadrant/board';
import { addInitiative, moveInitiative } from '../../shared/activities/quadrant/initiatives';
import { hideText } from '../../shared/session/moderation';
import { openProposition } from '../../shared/activities/propositions/actions';
import { setRouteStep } from '../../shared/activities/routemap/actions';
import { updateSettings } from '../../shared/session/settings';
import { startTimer } from '../../shared/activities/agenda/timer';
import * as encoding from 'lib0/encoding';
import { roomName, type RoomKind } from '../../shared/core/protocol';
import { readBoard, readControl } from '../../shared/session/schema';
import { CONTROL_ROOT } from '../../shared/core/layout';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  connectClient,
  entryIn,
  createSession,
  facilitatorParams,
  joinSession,
  namespaceMap,
  openRawSocket,
  participantParams,
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';
import {
  agendaItemId as asAgendaItemId,
  initiativeId as asInitiativeId,
  participantId as asParticipantId,
  propositionId as asPropositionId,
} from '../../shared/core/ids';

let server: TestServer;
let session: CreatedSession;
let alice: Participant;
let mallory: Participant;
let aliceBoard: ConnectedClient;
let facilitatorControl: ConnectedClient;

function connect(kind: RoomKind, params: Record<string, string>): ConnectedClient {
  return connectClient(server, session.code, kind, params);
}

/** Live (undeleted) items: GC placeholders for refused clocks are not content. */
function liveItems(doc: Y.Doc): number {
  let count = 0;
  for (const structs of doc.store.clients.values()) {
    for (const struct of structs) if (struct instanceof Y.Item && !struct.deleted) count += 1;
  }
  return count;
}

/** The server's state as a fresh client receives it: typed reading, root names, live items. */
async function serverState(kind: RoomKind): Promise<string> {
  const fresh = connect(kind, facilitatorParams(session));
  await whenSynced(fresh);
  const reading = kind === 'board' ? readBoard(fresh.doc) : readControl(fresh.doc);
  const roots = [...fresh.doc.share.keys()].sort();
  const state = JSON.stringify({ reading, roots, live: liveItems(fresh.doc) });
  fresh.destroy();
  return state;
}

/** Runs `write` on a fresh client's document and expects the relay to refuse what it sends. */
async function expectRefused(
  kind: RoomKind,
  params: Record<string, string>,
  write: (doc: Y.Doc) => void,
): Promise<string> {
  const before = await serverState(kind);
  const hostile = connect(kind, params);
  await whenSynced(hostile);
  const refused = server.waitForLog((line) => line.event === 'update-refused');
  write(hostile.doc);
  const line = await refused;
  expect(hostile.provider.wsconnected).toBe(true);
  hostile.destroy();
  expect(await serverState(kind)).toBe(before);
  return String(line.reason);
}

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

const asMallory = (): Record<string, string> => participantParams(mallory);

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server);
  alice = await joinSession(server, session.code, 'Alice');
  mallory = await joinSession(server, session.code, 'Mallory');
  aliceBoard = connect('board', participantParams(alice));
  facilitatorControl = connect('control', facilitatorParams(session));
  await Promise.all([whenSynced(aliceBoard), whenSynced(facilitatorControl)]);
  const added = addInitiative(aliceBoard.doc, asParticipantId(alice.participantId), {
    id: asInitiativeId('a1'),
    text: 'Buurtmoestuin',
    x: 0.5,
    y: 0.5,
    at: Date.now(),
  });
  expect(added.ok).toBe(true);
  const check = connect('board', facilitatorParams(session));
  await whenSynced(check);
  await waitUntil(
    () => entryIn(check.doc, BOARD_ROOT.initiatives, alice.participantId, 'a1') !== undefined,
    'a1 stored',
  );
  check.destroy();
});

afterAll(async () => {
  try {
    aliceBoard.destroy();
    facilitatorControl.destroy();
  } finally {
    await stopAndClean(server);
  }
});

describe('a participant on the BOARD', () => {
  it("cannot add a note in another participant's namespace", async () => {
    const reason = await expectRefused('board', asMallory(), (doc) => {
      namespaceMap(doc, BOARD_ROOT.initiatives, alice.participantId).set(
        'evil',
        new Y.Map([['text', 'not mine']]),
      );
    });
    expect(reason).toMatch(/namespace/);
  });

  it("cannot edit another participant's note", async () => {
    await expectRefused('board', asMallory(), (doc) => {
      const note = namespaceMap(doc, BOARD_ROOT.initiatives, alice.participantId).get('a1');
      if (!(note instanceof Y.Map)) throw new Error('a1 missing');
      note.set('text', 'hacked');
    });
  });

  it("cannot move another participant's note with the shared action", async () => {
    await expectRefused('board', asMallory(), (doc) => {
      expect(
        moveInitiative(doc, asParticipantId(alice.participantId), asInitiativeId('a1'), {
          x: -0.9,
          y: -0.9,
          at: Date.now(),
        }).ok,
      ).toBe(true);
    });
  });

  it("cannot delete another participant's note", async () => {
    await expectRefused('board', asMallory(), (doc) => {
      namespaceMap(doc, BOARD_ROOT.initiatives, alice.participantId).delete('a1');
    });
  });

  it('cannot rename another participant', async () => {
    await expectRefused('board', asMallory(), (doc) => {
      namespaceMap(doc, BOARD_ROOT.participants, alice.participantId).set('name', 'Alice (fake)');
    });
  });

  it('cannot claim another top-level key or invent a root', async () => {
    await expectRefused('board', asMallory(), (doc) => {
      doc.getMap(BOARD_ROOT.takeaways).set('facilitator', new Y.Map());
    });
    const reason = await expectRefused('board', asMallory(), (doc) => {
      doc.getMap('evil').set('x', 1);
    });
    expect(reason).toMatch(/unknown board root/);
  });

  it('cannot write texts, dots or marks while writing is locked, but may still raise a hand', async () => {
    expect(lockBoard(facilitatorControl.doc, true).ok).toBe(true);
    const locked = connect('control', asMallory());
    await waitUntil(
      () => locked.doc.getMap(CONTROL_ROOT.live).get('boardLocked') === true,
      'lock reached the relay',
    );
    locked.destroy();
    const reason = await expectRefused('board', asMallory(), (doc) => {
      expect(
        addInitiative(doc, asParticipantId(mallory.participantId), {
          text: 'late',
          x: 0,
          y: 0,
          at: Date.now(),
        }).ok,
      ).toBe(true);
    });
    expect(reason).toMatch(/locked/);
    for (const root of [BOARD_ROOT.takeaways, BOARD_ROOT.routeNotes]) {
      const refused = await expectRefused('board', asMallory(), (doc) => {
        namespaceMap(doc, root, mallory.participantId).set('t1', new Y.Map([['text', 'mine']]));
      });
      expect(refused).toMatch(/locked/);
    }
    const dots = await expectRefused('board', asMallory(), (doc) => {
      namespaceMap(doc, BOARD_ROOT.dots, mallory.participantId).set('lesson-1', 1);
    });
    expect(dots).toMatch(/locked/);
    const writer = connect('board', asMallory());
    await whenSynced(writer);
    namespaceMap(writer.doc, BOARD_ROOT.checkHands, mallory.participantId).set('1', 'yes');
    const reader = connect('board', participantParams(alice));
    await waitUntil(
      () => entryIn(reader.doc, BOARD_ROOT.checkHands, mallory.participantId, '1') === 'yes',
      'hand accepted',
    );
    writer.destroy();
    reader.destroy();
    expect(lockBoard(facilitatorControl.doc, false).ok).toBe(true);
  });
});

describe('a participant posing as another writer', () => {
  it("cannot write under another participant's client id, even in their own namespace", async () => {
    const before = await serverState('board');
    // A document that claims alice's client id (a synced one would notice and pick a new id).
    const impostor = new Y.Doc();
    impostor.clientID = aliceBoard.doc.clientID;
    const squat = impostor.getMap(BOARD_ROOT.takeaways);
    impostor.transact(() => {
      for (let index = 0; index < 200; index += 1) squat.set(mallory.participantId, index);
    });
    const raw = await openRawSocket(server, roomName(session.code, 'board'), asMallory());
    const refused = server.waitForLog((line) => line.event === 'update-refused');
    raw.socket.send(syncUpdateMessage(Y.encodeStateAsUpdate(impostor)));
    expect(String((await refused).reason)).toMatch(/client id/);
    raw.socket.close();
    expect(await serverState('board')).toBe(before);
  });
});

describe('a participant whose update was refused', () => {
  it('keeps writing from the same client (refused clocks are filled, nothing waits for them)', async () => {
    expect(lockBoard(facilitatorControl.doc, true).ok).toBe(true);
    const lockSeen = connect('control', asMallory());
    await waitUntil(
      () => lockSeen.doc.getMap(CONTROL_ROOT.live).get('boardLocked') === true,
      'lock reached the relay',
    );
    lockSeen.destroy();
    const raced = connect('board', asMallory());
    await whenSynced(raced);
    const refused = server.waitForLog((line) => line.event === 'update-refused');
    expect(
      addInitiative(raced.doc, asParticipantId(mallory.participantId), {
        text: 'just too late',
        x: 0,
        y: 0,
        at: Date.now(),
      }).ok,
    ).toBe(true);
    await refused;
    // A write the lock leaves alone ("done" with an item), from the same client.
    namespaceMap(raced.doc, BOARD_ROOT.readiness, mallory.participantId).set('after-race', 1);
    expect(lockBoard(facilitatorControl.doc, false).ok).toBe(true);
    await waitUntil(
      () =>
        entryIn(aliceBoard.doc, BOARD_ROOT.readiness, mallory.participantId, 'after-race') !==
        undefined,
      'the next write from the same client arrives',
    );
    expect(namespaceMap(aliceBoard.doc, BOARD_ROOT.initiatives, mallory.participantId).size).toBe(
      0,
    );
    raced.destroy();
  });
});

describe('a participant on the CONTROL document', () => {
  const control = (): ReturnType<typeof readControl> => readControl(facilitatorControl.doc);
  const attempts: [string, (doc: Y.Doc) => void][] = [
    [
      'agenda item',
      (doc) =>
        expect(
          setCurrentAgendaItem(doc, control().content.agenda.at(-1)?.id ?? asAgendaItemId('none'))
            .ok,
        ).toBe(true),
    ],
    ['route step', (doc) => expect(setRouteStep(doc, 'done', Date.now()).ok).toBe(true)],
    [
      'proposition state',
      (doc) =>
        expect(
          openProposition(doc, control().propositions[0]?.id ?? asPropositionId('none')).ok,
        ).toBe(true),
    ],
    ['board lock', (doc) => expect(lockBoard(doc, true).ok).toBe(true)],
    [
      'timer',
      (doc) =>
        expect(
          startTimer(doc, {
            agendaItemId: control().live.agendaItemId || asAgendaItemId('none'),
            durationMs: 60_000,
            now: Date.now(),
          }).ok,
        ).toBe(true),
    ],
    [
      'moderation',
      (doc) =>
        expect(hideText(doc, { root: 'initiatives', authorId: 'x', entryId: 'a1' }).ok).toBe(true),
    ],
    ['settings', (doc) => expect(updateSettings(doc, { dotBudget: 9 }).ok).toBe(true)],
    ['content', (doc) => doc.getMap(CONTROL_ROOT.content).set('intro', 'hacked')],
    ['route walk', (doc) => doc.getArray(CONTROL_ROOT.routeWalk).push([{ step: 'forged' }])],
    ['results', (doc) => doc.getMap(CONTROL_ROOT.results).set('p', { voters: 1, visible: false })],
    [
      'votes',
      (doc) =>
        doc
          .getMap(CONTROL_ROOT.votes)
          .set(control().propositions[0]?.id ?? 'p', new Y.Map([[mallory.participantId, 'agree']])),
    ],
  ];

  it.each(attempts)('cannot change the %s', async (_name, write) => {
    const reason = await expectRefused('control', asMallory(), write);
    expect(reason).toMatch(/read-only/);
  });
});

describe('the facilitator', () => {
  it('cannot write votes over the socket', async () => {
    const reason = await expectRefused('control', facilitatorParams(session), (doc) => {
      doc.getMap(CONTROL_ROOT.votes).set('p1', new Y.Map([[alice.participantId, 'agree']]));
    });
    expect(reason).toMatch(/votes/);
  });

  it('cannot write the published results over the socket (only the server publishes them)', async () => {
    const reason = await expectRefused('control', facilitatorParams(session), (doc) => {
      doc.getMap(CONTROL_ROOT.results).set('p1', { voters: 99, visible: false });
    });
    expect(reason).toMatch(/results/);
  });

  it('may moderate anywhere on the board', async () => {
    const moderator = connect('board', facilitatorParams(session));
    await whenSynced(moderator);
    const note = namespaceMap(moderator.doc, BOARD_ROOT.initiatives, alice.participantId).get('a1');
    if (!(note instanceof Y.Map)) throw new Error('a1 missing');
    note.set('text', 'Buurtmoestuin (edited by facilitator)');
    await waitUntil(() => {
      const seen = entryIn(aliceBoard.doc, BOARD_ROOT.initiatives, alice.participantId, 'a1');
      return seen instanceof Y.Map && seen.get('text') === 'Buurtmoestuin (edited by facilitator)';
    }, 'alice sees the moderation');
    moderator.destroy();
  });
});

describe('other clients after all of that', () => {
  it('keep working on the same sockets', async () => {
    expect(aliceBoard.provider.wsconnected).toBe(true);
    expect(
      addInitiative(aliceBoard.doc, asParticipantId(alice.participantId), {
        id: asInitiativeId('a2'),
        text: 'Still here',
        x: 0,
        y: 0,
        at: Date.now(),
      }).ok,
    ).toBe(true);
    const reader = connect('board', facilitatorParams(session));
    await waitUntil(
      () => entryIn(reader.doc, BOARD_ROOT.initiatives, alice.participantId, 'a2') !== undefined,
      'a2 accepted',
    );
    reader.destroy();
  });
});
