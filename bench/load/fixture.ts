/**
 * The late-join session: 2,000 initiatives and 500 votes. On Collectief's relay it is built
 * through the real paths (participants via HTTP, initiatives by the facilitator, votes via the
 * vote endpoint); the peers then get a byte-for-byte snapshot of that session, so all three
 * relays serve the same document. Without a Collectief run it is generated here.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import * as Y from 'yjs';
import { CONTROL_ROOT } from '../../shared/core/layout';

export type LateJoinFixture = {
  board: Uint8Array;
  control: Uint8Array;
  initiatives: number;
  votes: number;
  source: 'collectief-snapshot' | 'generated';
};

export const FIXTURE_PROPOSITION_ID = 'bench-proposition';
const COLOURS = ['yellow', 'pink', 'blue', 'green'];
const INITIATIVES_PER_TRANSACTION = 200;

/** A small deterministic PRNG (mulberry32): the same board on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes `count` initiatives spread over the given participants, in several transactions (a
 * facilitator pasting a board would not send 400 KB in one frame either).
 */
export function writeInitiatives(board: Y.Doc, participantIds: string[], count: number): void {
  const next = random(42);
  const root = board.getMap<Y.Map<Y.Map<unknown>>>(BOARD_ROOT.initiatives);
  for (let start = 0; start < count; start += INITIATIVES_PER_TRANSACTION) {
    board.transact(() => {
      for (
        let index = start;
        index < Math.min(count, start + INITIATIVES_PER_TRANSACTION);
        index += 1
      ) {
        const participantId = participantIds[index % participantIds.length] ?? 'facilitator';
        let own = root.get(participantId);
        if (!(own instanceof Y.Map)) {
          own = new Y.Map<Y.Map<unknown>>();
          root.set(participantId, own);
        }
        const initiative = new Y.Map<unknown>();
        own.set(`bench-${index}`, initiative);
        const createdAt = 1_760_000_000_000 + index * 1000;
        initiative.set(
          'text',
          `Buurtinitiatief ${index}: samen de straat vergroenen en elkaar beter leren kennen`,
        );
        initiative.set('colour', COLOURS[index % COLOURS.length]);
        initiative.set('x', Math.round((next() * 2 - 1) * 1000) / 1000);
        initiative.set('y', Math.round((next() * 2 - 1) * 1000) / 1000);
        initiative.set('createdAt', createdAt);
        initiative.set('updatedAt', createdAt);
      }
    });
  }
}

/** The fixture without a Collectief relay: same sizes, written directly. */
export function generateFixture(initiatives: number, votes: number): LateJoinFixture {
  const board = new Y.Doc();
  const control = new Y.Doc();
  const participantIds = Array.from({ length: votes }, (_, index) => `p${index}`);
  board.transact(() => {
    const participants = board.getMap<Y.Map<unknown>>(BOARD_ROOT.participants);
    for (const participantId of participantIds) {
      const entry = new Y.Map<unknown>();
      participants.set(participantId, entry);
      entry.set('name', `Participant ${participantId}`);
      entry.set('perspective', 'resident');
      entry.set('joinedAt', 1_760_000_000_000);
    }
  });
  writeInitiatives(board, participantIds, initiatives);
  control.transact(() => {
    const proposition = new Y.Map<unknown>();
    control.getMap(CONTROL_ROOT.propositions).set(FIXTURE_PROPOSITION_ID, proposition);
    proposition.set('text', 'De gemeente moet initiatieven ruimte geven');
    proposition.set('state', 'open');
    proposition.set('choices', [
      { id: 'agree', label: 'Eens' },
      { id: 'disagree', label: 'Oneens' },
    ]);
    proposition.set('order', 0);
    const ballot = new Y.Map<unknown>();
    control.getMap(CONTROL_ROOT.votes).set(FIXTURE_PROPOSITION_ID, ballot);
    participantIds.forEach((participantId, index) =>
      ballot.set(participantId, index % 3 === 0 ? 'disagree' : 'agree'),
    );
  });
  return {
    board: Y.encodeStateAsUpdate(board),
    control: Y.encodeStateAsUpdate(control),
    initiatives,
    votes,
    source: 'generated',
  };
}
