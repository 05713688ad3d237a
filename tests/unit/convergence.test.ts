import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import {
  addInitiative,
  editInitiative,
  moveInitiative,
  registerParticipant,
  setDots,
  toggleRecognition,
} from '../../shared/session/actions';
import { readBoard, readInitiative } from '../../shared/session/schema';
import { snapshotSession } from '../../shared/session/export';
import { T0, must, newSession } from './fixtures';
import { boardOperation, controlOperation, type Docs, type Operation } from './arbitraries';
import {
  initiativeId as asInitiativeId,
  lessonId as asLessonId,
  participantId as asParticipantId,
  reasonId as asReasonId,
} from '../../shared/core/ids';

/** A replica of a session that has the shared starting state, like a client after its first sync. */
function replicaOf(origin: Docs): Docs {
  const control = new Y.Doc();
  const board = new Y.Doc();
  Y.applyUpdate(control, Y.encodeStateAsUpdate(origin.control));
  Y.applyUpdate(board, Y.encodeStateAsUpdate(origin.board));
  return { control, board };
}

/** Runs operations on a replica and collects the updates it would send. */
function editOffline(
  docs: Docs,
  operations: readonly Operation[],
): { control: Uint8Array[]; board: Uint8Array[] } {
  const sent = { control: [] as Uint8Array[], board: [] as Uint8Array[] };
  const onControl = (update: Uint8Array) => sent.control.push(update);
  const onBoard = (update: Uint8Array) => sent.board.push(update);
  docs.control.on('update', onControl);
  docs.board.on('update', onBoard);
  for (const { apply } of operations) apply(docs);
  docs.control.off('update', onControl);
  docs.board.off('update', onBoard);
  return sent;
}

/**
 * What the relay does after the shuffled delivery: everything a replica wrote while receiving
 * reaches the others too. A replica that cast votes holds the test's stand-in for the server's
 * ballot box (helpers/ballots.ts), which republishes CONTROL `results` when a proposition
 * changes, also when the change came from another replica; the relay would broadcast that
 * write like any other. Repeats until no replica has anything the others lack.
 */
function exchangeUntilQuiet(replicas: readonly Docs[]): void {
  const vectors = () =>
    replicas.map((docs) =>
      [docs.control, docs.board].map((doc) => Y.encodeStateVector(doc).join(',')).join('|'),
    );
  for (let round = 0; round < 5; round += 1) {
    if (new Set(vectors()).size === 1) return;
    const states = replicas.map((docs) => ({
      control: Y.encodeStateAsUpdate(docs.control),
      board: Y.encodeStateAsUpdate(docs.board),
    }));
    replicas.forEach((docs, to) =>
      states.forEach((state, from) => {
        if (from === to) return;
        Y.applyUpdate(docs.control, state.control);
        Y.applyUpdate(docs.board, state.board);
      }),
    );
  }
  throw new Error('the replicas kept writing in response to each other');
}

function started(): Docs {
  const origin = newSession('nl', true);
  for (const pid of ['anna', 'bram', 'cees'])
    must(registerParticipant(origin.board, asParticipantId(pid), { name: pid, joinedAt: T0 }));
  return origin;
}

describe('concurrent editing through the actions', () => {
  it('keeps both a move and a text edit made at the same time on two devices', () => {
    const origin = started();
    must(
      addInitiative(origin.board, asParticipantId('anna'), {
        id: asInitiativeId('n1'),
        text: 'Moestuin',
        x: 0.1,
        y: 0.1,
        at: T0,
      }),
    );
    const phone = replicaOf(origin);
    const laptop = replicaOf(origin);
    const fromPhone = editOffline(phone, [
      {
        describe: 'move',
        apply: ({ board }) =>
          void moveInitiative(board, asParticipantId('anna'), asInitiativeId('n1'), {
            x: 0.9,
            y: 0.8,
            at: T0 + 1,
          }),
      },
    ]);
    const fromLaptop = editOffline(laptop, [
      {
        describe: 'edit',
        apply: ({ board }) =>
          void editInitiative(board, asParticipantId('anna'), asInitiativeId('n1'), {
            text: 'Buurtmoestuin',
            at: T0 + 2,
          }),
      },
    ]);
    for (const update of fromLaptop.board) Y.applyUpdate(phone.board, update);
    for (const update of fromPhone.board) Y.applyUpdate(laptop.board, update);
    const expected = { text: 'Buurtmoestuin', x: 0.9, y: 0.8 };
    expect(
      readInitiative(phone.board, asParticipantId('anna'), asInitiativeId('n1')),
    ).toMatchObject(expected);
    expect(
      readInitiative(laptop.board, asParticipantId('anna'), asInitiativeId('n1')),
    ).toMatchObject(expected);
  });

  it('keeps every participant’s dots and recognitions when they act at once', () => {
    const origin = started();
    const replicas = [replicaOf(origin), replicaOf(origin), replicaOf(origin)];
    const pids = ['anna', 'bram', 'cees'];
    const sent = replicas.map((docs, index) =>
      editOffline(docs, [
        {
          describe: 'dots',
          apply: ({ board }) =>
            void setDots(board, asParticipantId(pids[index] ?? ''), asLessonId('lesson-5'), 2, 3),
        },
        {
          describe: 'recognise',
          apply: ({ board }) =>
            void toggleRecognition(
              board,
              asParticipantId(pids[index] ?? ''),
              asReasonId('barrier-conditions-time'),
            ),
        },
      ]),
    );
    for (const docs of replicas)
      for (const updates of sent)
        for (const update of updates.board) Y.applyUpdate(docs.board, update);
    for (const docs of replicas) {
      const board = readBoard(docs.board);
      expect(Object.values(board.dots).map((dots) => dots['lesson-5'])).toEqual([2, 2, 2]);
      expect(
        Object.keys(board.recognitions).filter(
          (pid) => board.recognitions[pid]?.['barrier-conditions-time'],
        ),
      ).toHaveLength(3);
    }
  });

  it('property: three replicas converge whatever the order their updates arrive in', () => {
    const perReplica = fc.array(fc.oneof(boardOperation, controlOperation), { maxLength: 12 });
    fc.assert(
      fc.property(
        fc.tuple(perReplica, perReplica, perReplica),
        fc.infiniteStream(fc.nat()),
        (work, randomness) => {
          const origin = started();
          const replicas = work.map(() => replicaOf(origin));
          const sent = replicas.map((docs, index) => editOffline(docs, work[index] ?? []));
          const all = sent.flatMap((updates, from) => [
            ...updates.control.map((update) => ({ from, doc: 'control' as const, update })),
            ...updates.board.map((update) => ({ from, doc: 'board' as const, update })),
          ]);
          const picks = randomness.take(all.length * replicas.length)[Symbol.iterator]();
          replicas.forEach((docs, to) => {
            // Each replica receives the others' updates in its own shuffled order.
            const incoming = all.filter((message) => message.from !== to);
            const shuffled = incoming
              .map((message) => ({ message, key: picks.next().value ?? 0 }))
              .sort((a, b) => a.key - b.key)
              .map((entry) => entry.message);
            for (const message of shuffled) Y.applyUpdate(docs[message.doc], message.update);
          });
          exchangeUntilQuiet(replicas);
          const [first, ...rest] = replicas.map((docs) =>
            snapshotSession(docs.control, docs.board),
          );
          for (const snapshot of rest) expect(snapshot).toEqual(first);
        },
      ),
      { numRuns: 60 },
    );
  });
});
