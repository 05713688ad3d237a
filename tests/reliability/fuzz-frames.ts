/**
 * Hostile websocket frames for the fuzzer, generated from a seeded PRNG so a failing run replays.
 * Each generator writes down one way a frame can be wrong (or valid but unwelcome).
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Random } from '../helpers/reliability';

export type FrameKind =
  | 'random-bytes'
  | 'empty'
  | 'truncated-varint'
  | 'wrong-message-type'
  | 'huge-declared-length'
  | 'sync-header-garbage'
  | 'mutated-update'
  | 'truncated-update'
  | 'awareness-garbage'
  | 'awareness-flood'
  | 'forged-awareness'
  | 'foreign-namespace-update'
  | 'gap-update'
  | 'query-awareness';

export const FRAME_KINDS: readonly FrameKind[] = [
  'random-bytes',
  'empty',
  'truncated-varint',
  'wrong-message-type',
  'huge-declared-length',
  'sync-header-garbage',
  'mutated-update',
  'truncated-update',
  'awareness-garbage',
  'awareness-flood',
  'forged-awareness',
  'foreign-namespace-update',
  'gap-update',
  'query-awareness',
];

function bytes(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function randomBytes(random: Random, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let index = 0; index < length; index += 1) out[index] = random.int(0, 255);
  return out;
}

export const syncFrame = (syncType: number, payload: Uint8Array): Uint8Array =>
  bytes((encoder) => {
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, syncType);
    encoding.writeVarUint8Array(encoder, payload);
  });

export function awarenessFrame(
  entries: { clientId: number; clock: number; state: string }[],
): Uint8Array {
  const update = bytes((encoder) => {
    encoding.writeVarUint(encoder, entries.length);
    for (const entry of entries) {
      encoding.writeVarUint(encoder, entry.clientId);
      encoding.writeVarUint(encoder, entry.clock);
      encoding.writeVarString(encoder, entry.state);
    }
  });
  return bytes((encoder) => {
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, update);
  });
}

/** Context the generators need: who the fuzzing participant is, and one of another's namespace. */
export type FuzzContext = {
  participantId: string;
  otherParticipantId: string;
  awarenessClientId: number;
  clock: number;
};

/** A valid update that writes in `namespace` (its own or, for forgeries, someone else's). */
export function namespaceUpdate(random: Random, namespace: string, size: number): Uint8Array {
  const doc = new Y.Doc();
  const initiatives = doc.getMap<Y.Map<unknown>>(BOARD_ROOT.initiatives);
  const own = new Y.Map<unknown>();
  initiatives.set(namespace, own);
  own.set(`fuzz${random.int(0, 1e9)}`, 'x'.repeat(size));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/**
 * A valid update in one's own namespace whose first clock lies past what the relay has: the
 * second of two transactions, without the first. Yjs would keep it pending in memory forever.
 */
export function gapUpdate(random: Random, namespace: string, size: number): Uint8Array {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  // Two roots, so the second write references nothing of the first: only its clock betrays the gap.
  doc.getMap(BOARD_ROOT.takeaways).set(namespace, 'first');
  doc.getMap(BOARD_ROOT.initiatives).set(namespace, `gap${random.int(0, 1e9)}${'x'.repeat(size)}`);
  doc.destroy();
  const second = updates[1];
  if (second === undefined) throw new Error('expected two updates');
  return second;
}

export function generateFrame(
  kind: FrameKind,
  random: Random,
  context: FuzzContext,
): Uint8Array | string {
  switch (kind) {
    case 'random-bytes':
      return randomBytes(random, random.int(1, 200));
    case 'empty':
      return new Uint8Array(0);
    case 'truncated-varint':
      return Uint8Array.from([
        ...randomBytes(random, random.int(0, 2)).map((byte) => byte % 2),
        ...new Array<number>(random.int(1, 12)).fill(0x80),
      ]);
    case 'wrong-message-type':
      return bytes((encoder) => {
        encoding.writeVarUint(
          encoder,
          random.pick([2, 4, 5, 17, 127, 128, 2 ** 31, Number.MAX_SAFE_INTEGER]),
        );
        encoding.writeUint8Array(encoder, randomBytes(random, random.int(0, 40)));
      });
    case 'huge-declared-length':
      return bytes((encoder) => {
        encoding.writeVarUint(encoder, random.int(0, 1));
        if (random.next() < 0.5) encoding.writeVarUint(encoder, random.int(0, 2));
        encoding.writeVarUint(
          encoder,
          random.pick([2 ** 20, 2 ** 31 - 1, 2 ** 32, 2 ** 40, Number.MAX_SAFE_INTEGER]),
        );
        encoding.writeUint8Array(encoder, randomBytes(random, random.int(0, 16)));
      });
    case 'sync-header-garbage':
      return syncFrame(random.int(0, 3), randomBytes(random, random.int(0, 300)));
    case 'mutated-update': {
      const update = namespaceUpdate(random, context.participantId, random.int(1, 64));
      for (let flips = random.int(1, 4); flips > 0; flips -= 1)
        update[random.int(0, update.length - 1)] = random.int(0, 255);
      return syncFrame(2, update);
    }
    case 'truncated-update': {
      const update = namespaceUpdate(random, context.participantId, random.int(1, 64));
      return syncFrame(random.pick([1, 2]), update.subarray(0, random.int(0, update.length - 1)));
    }
    case 'awareness-garbage':
      return bytes((encoder) => {
        encoding.writeVarUint(encoder, 1);
        encoding.writeVarUint8Array(
          encoder,
          bytes((inner) => {
            encoding.writeVarUint(inner, random.pick([1, 2, 1000, 2 ** 30]));
            encoding.writeVarUint(inner, context.awarenessClientId);
            encoding.writeVarUint(inner, random.int(0, 10));
            encoding.writeVarString(
              inner,
              random.pick(['{', 'not json', '"', '{"user":', '\u0000']),
            );
          }),
        );
      });
    case 'awareness-flood':
      context.clock += 1;
      return awarenessFrame([
        {
          clientId: context.awarenessClientId,
          clock: context.clock,
          state: JSON.stringify({
            user: {
              participantId: context.participantId,
              name: 'F'.repeat(random.int(1, 4000)),
              role: 'participant',
            },
          }),
        },
      ]);
    case 'forged-awareness':
      return awarenessFrame([
        {
          clientId: random.int(1, 2 ** 30),
          clock: random.int(0, 1000),
          state: random.pick([
            'null',
            JSON.stringify({
              user: { role: 'facilitator', name: 'Facilitator', participantId: 'facilitator' },
            }),
          ]),
        },
      ]);
    case 'gap-update':
      return syncFrame(2, gapUpdate(random, context.participantId, random.int(1, 2000)));
    case 'foreign-namespace-update':
      return syncFrame(2, namespaceUpdate(random, context.otherParticipantId, random.int(1, 64)));
    case 'query-awareness':
      return Uint8Array.of(3);
  }
}
