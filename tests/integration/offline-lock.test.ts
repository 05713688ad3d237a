/**
 * Offline work survives a lock: a participant goes offline, says she is done and drags her note;
 * the facilitator locks writing; she reconnects. The relay keeps the "done", refuses the move,
 * tells her (y-protocols' permission denied), and after the unlock her edits go through again.
 * Real server process, official y-websocket clients.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import type * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuthMessage } from 'y-protocols/auth';
import * as Y from 'yjs';
import { lockBoard } from '../../shared/activities/quadrant/board';
import { addInitiative, moveInitiative } from '../../shared/activities/quadrant/initiatives';
import { addTakeaway } from '../../shared/activities/takeaways/actions';
import { markReady } from '../../shared/activities/readiness/actions';
import { CONTROL_ROOT } from '../../shared/core/layout';
import { readBoard } from '../../shared/session/schema';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  connectClient,
  createSession,
  entryIn,
  facilitatorParams,
  joinSession,
  participantParams,
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';
import {
  initiativeId as asInitiativeId,
  participantId as asParticipantId,
  agendaItemId as asAgendaItemId,
  takeawayId as asTakeawayId,
} from '../../shared/core/ids';

const MESSAGE_AUTH = 2;

let server: TestServer;
let session: CreatedSession;
let dana: Participant;
let erik: Participant;
const clients: ConnectedClient[] = [];

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server);
  dana = await joinSession(server, session.code, 'Dana');
  erik = await joinSession(server, session.code, 'Erik');
});

afterAll(async () => {
  try {
    for (const client of clients) client.destroy();
  } finally {
    await stopAndClean(server);
  }
});

function connect(kind: 'board' | 'control', params: Record<string, string>): ConnectedClient {
  const client = connectClient(server, session.code, kind, params);
  clients.push(client);
  return client;
}

/** Records the reasons of every permission-denied message the provider receives. */
function recordDenials(client: ConnectedClient): string[] {
  const reasons: string[] = [];
  client.provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder: decoding.Decoder) => {
    readAuthMessage(decoder, client.doc, (_doc, reason) => reasons.push(reason));
  };
  return reasons;
}

function noteX(doc: Y.Doc): unknown {
  const note = entryIn(doc, BOARD_ROOT.initiatives, dana.participantId, 'n1');
  return note instanceof Y.Map ? note.get('x') : undefined;
}

async function setLock(facilitator: ConnectedClient, locked: boolean): Promise<void> {
  expect(lockBoard(facilitator.doc, locked).ok).toBe(true);
  const watcher = connect('control', participantParams(erik));
  await waitUntil(
    () => watcher.doc.getMap(CONTROL_ROOT.live).get('boardLocked') === locked,
    `lock ${String(locked)} reached the relay`,
  );
}

async function boardOnServer(): Promise<string> {
  const reader = connect('board', facilitatorParams(session));
  await whenSynced(reader);
  return JSON.stringify(readBoard(reader.doc));
}

describe('a participant who worked offline while the board was locked', () => {
  it('keeps her "done", refuses only her move, tells her, and converges after the unlock', async () => {
    const facilitator = connect('control', facilitatorParams(session));
    const danaBoard = connect('board', participantParams(dana));
    const erikBoard = connect('board', participantParams(erik));
    await Promise.all([whenSynced(facilitator), whenSynced(danaBoard), whenSynced(erikBoard)]);
    const denials = recordDenials(danaBoard);
    expect(
      addInitiative(danaBoard.doc, asParticipantId(dana.participantId), {
        id: asInitiativeId('n1'),
        text: 'n1',
        x: 0,
        y: 0,
        at: 1,
      }).ok,
    ).toBe(true);
    await waitUntil(() => noteX(erikBoard.doc) === 0, 'Erik sees her note');

    // Offline: she says she is done with an item (a lock leaves that alone) and drags her note.
    danaBoard.provider.disconnect();
    expect(
      markReady(
        danaBoard.doc,
        asParticipantId(dana.participantId),
        asAgendaItemId('item-1'),
        true,
        2,
      ).ok,
    ).toBe(true);
    expect(
      moveInitiative(danaBoard.doc, asParticipantId(dana.participantId), asInitiativeId('n1'), {
        x: 0.7,
        y: -0.4,
        at: 3,
      }).ok,
    ).toBe(true);
    // Meanwhile the facilitator locks the board.
    await setLock(facilitator, true);

    // She reconnects: her whole offline work arrives in one sync.
    const refused = server.waitForLog((line) => line.event === 'update-refused');
    danaBoard.provider.connect();
    const line = await refused;
    expect(line.code).toBe('board-locked');
    expect(line.keptStructs).toBeGreaterThan(0);

    // The "done" is on the server and at Erik; the move is not; she was told why.
    await waitUntil(
      () => entryIn(erikBoard.doc, BOARD_ROOT.readiness, dana.participantId, 'item-1') === 2,
      'Erik sees her "done"',
    );
    await waitUntil(() => denials.includes('board-locked'), 'permission denied reached her');
    const afterSync = await boardOnServer();
    expect(afterSync).toContain('item-1');
    expect(noteX(erikBoard.doc)).toBe(0);
    // Her own screen still shows the refused move: the app rebuilds it from the relay, which is
    // what a fresh document of hers receives (her "done", her note back in place).
    expect(noteX(danaBoard.doc)).toBe(0.7);
    const rebuilt = connect('board', participantParams(dana));
    await whenSynced(rebuilt);
    expect(noteX(rebuilt.doc)).toBe(0);
    expect(entryIn(rebuilt.doc, BOARD_ROOT.readiness, dana.participantId, 'item-1')).toBe(2);
    expect(JSON.stringify(readBoard(rebuilt.doc))).toBe(afterSync);

    // After the unlock her edits go through again, from the old document (its refused clocks
    // were filled, so nothing waits for them) and from the rebuilt one. (The old document itself
    // is not compared: it still holds the refused move, which is why the app rebuilds it.)
    await setLock(facilitator, false);
    expect(
      addTakeaway(danaBoard.doc, asParticipantId(dana.participantId), {
        id: asTakeawayId('t2'),
        text: 'Later',
        at: 4,
      }).ok,
    ).toBe(true);
    expect(
      moveInitiative(rebuilt.doc, asParticipantId(dana.participantId), asInitiativeId('n1'), {
        x: -0.2,
        y: 0.3,
        at: 5,
      }).ok,
    ).toBe(true);
    await waitUntil(
      () =>
        noteX(erikBoard.doc) === -0.2 &&
        entryIn(erikBoard.doc, BOARD_ROOT.takeaways, dana.participantId, 't2') !== undefined,
      'Erik sees her later edits',
    );
    await waitUntil(
      () => entryIn(rebuilt.doc, BOARD_ROOT.takeaways, dana.participantId, 't2') !== undefined,
      'the rebuilt document receives the takeaway from the old one',
    );
    const final = await boardOnServer();
    for (const client of [erikBoard, rebuilt])
      expect(JSON.stringify(readBoard(client.doc))).toBe(final);
    expect(denials).toEqual(['board-locked']);
  });
});
