/**
 * Client-id ownership in a relay room (server/relay/client-owners.ts): the first writer of a Yjs
 * client id keeps it, and after a load the content already in the document says whose it is.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ClientOwners } from '../../server/relay/client-owners';
import { FACILITATOR_PRINCIPAL } from '../../server/relay/connection';

const ALICE = 'alice';
const MALLORY = 'mallory';

/** A writer's document whose content lies in the given namespaces of the BOARD's initiatives. */
function writerIn(...namespaces: string[]): Y.Doc {
  const writer = new Y.Doc();
  writer.transact(() => {
    for (const namespace of namespaces)
      writer.getMap(BOARD_ROOT.initiatives).set(namespace, new Y.Map([['n1', 'a note']]));
  });
  return writer;
}

/** The relay's document after a load: it holds the writer's content, nobody has claimed anything. */
function loadedWith(writer: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer));
  return doc;
}

describe('client-id ownership', () => {
  it('gives a fresh client id to its first writer and refuses it to anyone else', () => {
    const owners = new ClientOwners(new Y.Doc(), 'board');
    expect(owners.claim(ALICE, [101])).toBe(true);
    expect(owners.claim(ALICE, [101])).toBe(true);
    expect(owners.claim(MALLORY, [101])).toBe(false);
    expect(owners.claim(FACILITATOR_PRINCIPAL, [101])).toBe(false);
  });

  it('claims several ids all or nothing', () => {
    const owners = new ClientOwners(new Y.Doc(), 'board');
    expect(owners.claim(ALICE, [101])).toBe(true);
    expect(owners.claim(MALLORY, [202, 101])).toBe(false);
    // 202 was not taken by the refused claim.
    expect(owners.claim(ALICE, [202])).toBe(true);
  });

  it("keeps the room document's own client id for the server", () => {
    const doc = new Y.Doc();
    const owners = new ClientOwners(doc, 'board');
    expect(owners.claim(FACILITATOR_PRINCIPAL, [doc.clientID])).toBe(false);
    expect(owners.claim(ALICE, [doc.clientID])).toBe(false);
  });

  it("after a load, gives an id whose content lies in Alice's namespace back to Alice only", () => {
    const writer = writerIn(ALICE);
    const owners = new ClientOwners(loadedWith(writer), 'board');
    expect(owners.claim(MALLORY, [writer.clientID])).toBe(false);
    expect(owners.claim(ALICE, [writer.clientID])).toBe(true);
  });

  it('after a load, gives an id with content in several namespaces to the facilitator', () => {
    const writer = writerIn(ALICE, MALLORY);
    const owners = new ClientOwners(loadedWith(writer), 'board');
    expect(owners.claim(ALICE, [writer.clientID])).toBe(false);
    expect(owners.claim(FACILITATOR_PRINCIPAL, [writer.clientID])).toBe(true);
  });

  it('after a load, gives every id with CONTROL content to the facilitator', () => {
    const writer = writerIn(ALICE);
    const owners = new ClientOwners(loadedWith(writer), 'control');
    expect(owners.claim(ALICE, [writer.clientID])).toBe(false);
    expect(owners.claim(FACILITATOR_PRINCIPAL, [writer.clientID])).toBe(true);
  });

  it("lets the facilitator reclaim an id with content, which is then no longer its old writer's", () => {
    const writer = writerIn(ALICE);
    const owners = new ClientOwners(loadedWith(writer), 'board');
    expect(owners.claim(FACILITATOR_PRINCIPAL, [writer.clientID])).toBe(true);
    expect(owners.claim(ALICE, [writer.clientID])).toBe(false);
  });
});
