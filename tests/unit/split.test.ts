/**
 * The relay's split of a refused update (server/relay/split.ts) on crafted updates: what the
 * policy allows is kept, the refused clocks become placeholders, and the writer's next update
 * still fits.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addInitiative,
  moveInitiative,
  removeInitiative,
} from '../../shared/activities/quadrant/initiatives';
import { addTakeaway, deleteTakeaway } from '../../shared/activities/takeaways/actions';
import { inspectUpdate, type Location } from '../../server/relay/inspector';
import { judge, type Verdict } from '../../server/relay/policy';
import { splitUpdate, type SplitUpdate } from '../../server/relay/split';
import {
  initiativeId as asInitiativeId,
  participantId as asParticipantId,
  takeawayId as asTakeawayId,
} from '../../shared/core/ids';

const ALICE = 'alice';
const BOB = 'bob';
const AT = 1_700_000_000_000;

/** The relay's BOARD document with the namespaces the server creates at join. */
function serverBoard(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const participant of [ALICE, BOB]) {
      for (const root of [BOARD_ROOT.initiatives, BOARD_ROOT.takeaways])
        doc.getMap(root).set(participant, new Y.Map());
    }
  });
  return doc;
}

function replicaOf(doc: Y.Doc): Y.Doc {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  return replica;
}

/** What `writer` has that `server` lacks: a reconnect sync step 2. */
const syncFrom = (writer: Y.Doc, server: Y.Doc): Uint8Array =>
  Y.encodeStateAsUpdate(writer, Y.encodeStateVector(server));

/**
 * The relay's policy for Alice, with a lock that covers her notes only: the split's mechanics
 * (which structs and clocks are kept) are the same whichever roots a lock covers, and a refused
 * note beside a kept takeaway is the case with the most shapes (nested maps on both sides).
 */
const asAlice =
  (boardLocked: boolean) =>
  (location: Location): Verdict =>
    judge(
      'board',
      { role: 'participant', participantId: ALICE },
      location === null ? [] : [location],
      boardLocked && location?.root === BOARD_ROOT.initiatives,
    );

/** Splits as the relay does (only after the inspector resolved the update) and applies the result. */
function splitAndApply(server: Y.Doc, update: Uint8Array, boardLocked = true): SplitUpdate {
  const decoded = Y.decodeUpdate(update);
  expect(inspectUpdate(server, decoded).kind).toBe('changes');
  const split = splitUpdate(server, decoded, asAlice(boardLocked));
  if (split === null) throw new Error('split gave up');
  Y.applyUpdate(server, split.update);
  expect(server.store.pendingStructs).toBeNull();
  expect(server.store.pendingDs).toBeNull();
  return split;
}

function entry(doc: Y.Doc, root: string, participant: string, id: string): Y.Map<unknown> | null {
  const found = doc.getMap<Y.Map<unknown>>(root).get(participant)?.get(id);
  return found instanceof Y.Map ? found : null;
}

function addNote(doc: Y.Doc, id: string): void {
  expect(
    addInitiative(doc, asParticipantId(ALICE), {
      id: asInitiativeId(id),
      text: id,
      x: 0,
      y: 0,
      at: AT,
    }).ok,
  ).toBe(true);
}

function addTakeawayTo(doc: Y.Doc, id: string): void {
  expect(
    addTakeaway(doc, asParticipantId(ALICE), { id: asTakeawayId(id), text: id, at: AT }).ok,
  ).toBe(true);
}

describe('splitting a refused update', () => {
  it('keeps a takeaway written after a refused move, and the clocks after it still fit', () => {
    const server = serverBoard();
    addNote(server, 'n1');
    const alice = replicaOf(server);
    // Offline: first the move (refused once the board is locked), then the takeaway.
    expect(
      moveInitiative(alice, asParticipantId(ALICE), asInitiativeId('n1'), {
        x: 0.5,
        y: 0.5,
        at: AT + 1,
      }).ok,
    ).toBe(true);
    addTakeawayTo(alice, 't1');

    const split = splitAndApply(server, syncFrom(alice, server));

    expect(split.refusal?.code).toBe('board-locked');
    expect(split.keptStructs).toBeGreaterThan(0);
    expect(split.refusedStructs).toBeGreaterThan(0);
    // The old x and y were deleted by the move: those deletions are refused too.
    expect(split.refusedDeletions).toBeGreaterThan(0);
    expect(entry(server, BOARD_ROOT.takeaways, ALICE, 't1')?.get('text')).toBe('t1');
    expect(entry(server, BOARD_ROOT.initiatives, ALICE, 'n1')?.get('x')).toBe(0);
    expect(entry(server, BOARD_ROOT.initiatives, ALICE, 'n1')?.get('y')).toBe(0);
    // Every clock Alice used is now known to the server (kept or placeholder) ...
    expect(Y.getState(server.store, alice.clientID)).toBe(Y.getState(alice.store, alice.clientID));
    // ... so her next edit integrates at once instead of waiting for the refused clocks.
    addTakeawayTo(alice, 't2');
    Y.applyUpdate(server, syncFrom(alice, server));
    expect(server.store.pendingStructs).toBeNull();
    expect(entry(server, BOARD_ROOT.takeaways, ALICE, 't2')?.get('text')).toBe('t2');
  });

  it('keeps a takeaway written before a refused move (placeholders only for the refused clocks)', () => {
    const server = serverBoard();
    addNote(server, 'n1');
    const alice = replicaOf(server);
    addTakeawayTo(alice, 't1');
    expect(
      moveInitiative(alice, asParticipantId(ALICE), asInitiativeId('n1'), {
        x: -0.5,
        y: 0.5,
        at: AT + 1,
      }).ok,
    ).toBe(true);
    addTakeawayTo(alice, 't2');

    splitAndApply(server, syncFrom(alice, server));

    expect(entry(server, BOARD_ROOT.takeaways, ALICE, 't1')).not.toBeNull();
    expect(entry(server, BOARD_ROOT.takeaways, ALICE, 't2')).not.toBeNull();
    expect(entry(server, BOARD_ROOT.initiatives, ALICE, 'n1')?.get('x')).toBe(0);
  });

  it('refuses what is written into another participant’s namespace and keeps one’s own', () => {
    const server = serverBoard();
    const mallory = replicaOf(server);
    expect(
      addTakeaway(mallory, asParticipantId(BOB), {
        id: asTakeawayId('planted'),
        text: 'planted',
        at: AT,
      }).ok,
    ).toBe(true);
    addTakeawayTo(mallory, 'mine');

    const split = splitAndApply(server, syncFrom(mallory, server), false);

    expect(split.refusal?.code).toBe('outside-namespace');
    expect(entry(server, BOARD_ROOT.takeaways, BOB, 'planted')).toBeNull();
    expect(entry(server, BOARD_ROOT.takeaways, ALICE, 'mine')).not.toBeNull();
  });

  it('refuses an allowed struct that depends on a refused one of the same update', () => {
    const server = serverBoard();
    const list = new Y.Array<string>();
    server.getMap<Y.Map<unknown>>(BOARD_ROOT.takeaways).get(ALICE)?.set('list', list);
    list.push(['a']);
    const alice = replicaOf(server);
    // A note (refused: locked) and, in her own takeaways list, an item after 'a'.
    addNote(alice, 'n1');
    const aliceList = alice.getMap<Y.Map<unknown>>(BOARD_ROOT.takeaways).get(ALICE)?.get('list');
    if (!(aliceList instanceof Y.Array)) throw new Error('no list');
    aliceList.push(['b']);
    // Crafted: the list item names the refused note as its right origin. Its location comes from
    // its origin ('a', allowed), so only the dependency can refuse it.
    const decoded = Y.decodeUpdate(syncFrom(alice, server));
    const note = decoded.structs.find(
      (struct) => struct instanceof Y.Item && struct.parentSub === 'n1',
    );
    const listItem = decoded.structs.at(-1);
    if (!(note instanceof Y.Item) || !(listItem instanceof Y.Item)) throw new Error('no structs');
    expect(listItem.content).toBeInstanceOf(Y.ContentAny);
    listItem.rightOrigin = note.id;
    const crafted = splitUpdate(server, decoded, () => ({ allowed: true }));
    if (crafted === null) throw new Error('re-encoding failed');

    const split = splitAndApply(server, crafted.update);

    expect(split.refusal?.code).toBe('board-locked');
    // The list item is refused by the relay, not silently dropped by Yjs later.
    expect(split.keptStructs).toBe(0);
    expect(list.toArray()).toEqual(['a']);
    expect(entry(server, BOARD_ROOT.initiatives, ALICE, 'n1')).toBeNull();
    expect(Y.getState(server.store, alice.clientID)).toBe(Y.getState(alice.store, alice.clientID));
  });

  it('judges each deletion of the delete set by its own target', () => {
    const server = serverBoard();
    addNote(server, 'n1');
    addTakeawayTo(server, 't1');
    addTakeawayTo(server, 't2');
    const bobTakeaway = addTakeaway(server, asParticipantId(BOB), {
      id: asTakeawayId('b1'),
      text: 'b1',
      at: AT,
    });
    expect(bobTakeaway.ok).toBe(true);
    const alice = replicaOf(server);
    // Offline: a note removed (refused: locked), a takeaway deleted (allowed), Bob's takeaway
    // deleted (refused: not hers), and a note added and removed again (both refused).
    expect(removeInitiative(alice, asParticipantId(ALICE), asInitiativeId('n1')).ok).toBe(true);
    expect(deleteTakeaway(alice, asParticipantId(ALICE), asTakeawayId('t1')).ok).toBe(true);
    alice.getMap<Y.Map<unknown>>(BOARD_ROOT.takeaways).get(BOB)?.delete('b1');
    addNote(alice, 'gone');
    expect(removeInitiative(alice, asParticipantId(ALICE), asInitiativeId('gone')).ok).toBe(true);

    const split = splitAndApply(server, syncFrom(alice, server));

    expect(split.refusedDeletions).toBeGreaterThanOrEqual(3);
    expect(entry(server, BOARD_ROOT.initiatives, ALICE, 'n1')).not.toBeNull();
    expect(entry(server, BOARD_ROOT.takeaways, ALICE, 't1')).toBeNull();
    expect(entry(server, BOARD_ROOT.takeaways, ALICE, 't2')).not.toBeNull();
    expect(entry(server, BOARD_ROOT.takeaways, BOB, 'b1')).not.toBeNull();
    expect(entry(server, BOARD_ROOT.initiatives, ALICE, 'gone')).toBeNull();
  });

  it('keeps everything when nothing is refused (the same document as applying the update)', () => {
    const server = serverBoard();
    const direct = replicaOf(server);
    const alice = replicaOf(server);
    addNote(alice, 'n1');
    addTakeawayTo(alice, 't1');
    const update = syncFrom(alice, server);

    const split = splitAndApply(server, update, false);
    Y.applyUpdate(direct, update);

    expect(split.refusal).toBeNull();
    expect(split.refusedStructs).toBe(0);
    expect(server.getMap(BOARD_ROOT.initiatives).toJSON()).toEqual(
      direct.getMap(BOARD_ROOT.initiatives).toJSON(),
    );
    expect(server.getMap(BOARD_ROOT.takeaways).toJSON()).toEqual(
      direct.getMap(BOARD_ROOT.takeaways).toJSON(),
    );
  });

  it('gives up (the caller refuses it whole) when a client’s structs are not one run', () => {
    const server = serverBoard();
    const alice = replicaOf(server);
    addTakeawayTo(alice, 't1');
    const first = syncFrom(alice, server);
    addTakeawayTo(alice, 't2');
    const second = Y.encodeStateAsUpdate(alice, Y.encodeStateVectorFromUpdate(first));
    // Two groups of the same client, the later one first: not contiguous.
    const decoded = Y.decodeUpdate(first);
    decoded.structs.unshift(...Y.decodeUpdate(second).structs);
    expect(splitUpdate(server, decoded, asAlice(true))).toBeNull();
  });
});
