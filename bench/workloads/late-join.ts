/**
 * Late join: a session holding 2,000 initiatives and 500 votes; a new participant connects to
 * both rooms. The figure is the time until it holds everything and the relay's CPU time for it
 * (median of several joins, after one unmeasured join that also proves the relay is seeded).
 * The relay's memory before and after loading this session gives the cost of a loaded room.
 */
import * as Y from 'yjs';
import { CONTROL_ROOT } from '../../shared/core/layout';
import { BenchClient } from '../load/client';
import { countVotes, nowMs } from '../load/document';
import {
  FIXTURE_PROPOSITION_ID,
  generateFixture,
  writeInitiatives,
  type LateJoinFixture,
} from '../load/fixture';
import { waitUntilQuiet } from '../relays/proc';
import { clientSpec, type SessionAccess } from '../relays/relay';
import { median } from '../report/stats';
import { heapBytes, sleep, type RoundContext } from './context';

export type LateJoinResult = {
  initiatives: number;
  votes: number;
  fixtureSource: LateJoinFixture['source'];
  boardBytes: number;
  controlBytes: number;
  syncMs: number;
  relayCpuMs: number;
  samplesMs: number[];
};

const VOTE_REQUESTS_IN_FLIGHT = 16;

export async function runLateJoin(
  context: RoundContext,
  fixture: LateJoinFixture | null,
  onFixture: (fixture: LateJoinFixture) => void,
) {
  const { relay, pool, config } = context;
  const { initiatives, votes, repeats } = config.lateJoin;
  await waitUntilQuiet(relay.process.pid);
  const before = await relay.process.measure(true);
  const session = await relay.createSession(votes);
  // The seeders stay connected: Hocuspocus unloads a document without connections.
  const board = new BenchClient(clientSpec(relay, session.boardRoom, session.facilitator));
  const control = new BenchClient(
    clientSpec(relay, session.controlRoom, session.facilitator),
    undefined,
    board.hocuspocusSocket,
  );
  try {
    await Promise.all([
      board.whenSynced(config.timeouts.connectMs),
      control.whenSynced(config.timeouts.connectMs),
    ]);
    const used = session.votesEndpoint
      ? await seedThroughApi(
          session,
          board,
          control,
          initiatives,
          votes,
          config.timeouts.workloadMs,
        )
      : seedDirectly(board, control, fixture ?? generateFixture(initiatives, votes));
    if (used.source === 'collectief-snapshot') onFixture(used);

    const joiner = session.participants[0] ?? session.facilitator;
    const join = {
      type: 'late-join' as const,
      board: clientSpec(relay, session.boardRoom, joiner),
      control: clientSpec(relay, session.controlRoom, joiner),
      initiatives: used.initiatives,
      votes: used.votes,
      timeoutMs: config.timeouts.workloadMs,
    };
    await pool.request(0, join, 'late-joined');
    await waitUntilQuiet(relay.process.pid);
    const loaded = await relay.process.measure(true);

    const samplesMs: number[] = [];
    const cpuMs: number[] = [];
    for (let attempt = 0; attempt < repeats; attempt += 1) {
      const cpuBefore = await relay.process.measure(false);
      const reply = await pool.request(attempt % pool.size, join, 'late-joined');
      const cpuAfter = await relay.process.measure(false);
      samplesMs.push(reply.syncMs);
      cpuMs.push((cpuAfter.cpuMicros - cpuBefore.cpuMicros) / 1000);
    }
    const result: LateJoinResult = {
      initiatives: used.initiatives,
      votes: used.votes,
      fixtureSource: used.source,
      boardBytes: used.board.byteLength,
      controlBytes: used.control.byteLength,
      syncMs: median(samplesMs),
      relayCpuMs: median(cpuMs),
      samplesMs,
    };
    return {
      result,
      memoryLoaded: {
        rssPerLoadedRoomBytes: loaded.rssBytes - before.rssBytes,
        heapPerLoadedRoomBytes: heapBytes(loaded) - heapBytes(before),
      },
    };
  } finally {
    control.destroy();
    board.destroy();
  }
}

function seedDirectly(
  board: BenchClient,
  control: BenchClient,
  fixture: LateJoinFixture,
): LateJoinFixture {
  Y.applyUpdate(board.doc, fixture.board);
  Y.applyUpdate(control.doc, fixture.control);
  return fixture;
}

/**
 * Ours refuses vote writes from sockets: participants are registered over HTTP, the facilitator
 * writes the initiatives and opens a proposition, and each participant votes over HTTP.
 */
async function seedThroughApi(
  session: SessionAccess,
  board: BenchClient,
  control: BenchClient,
  initiatives: number,
  votes: number,
  timeoutMs: number,
): Promise<LateJoinFixture> {
  const castVote = session.votesEndpoint;
  if (!castVote) throw new Error('seedThroughApi needs a votes endpoint');
  const participantIds = session.participants.map(
    (credentials) => credentials.identity.participantId,
  );
  writeInitiatives(board.doc, participantIds, initiatives);
  const { propositionId, choiceIds } = openAProposition(control.doc);
  await sleep(300);
  for (let start = 0; start < votes; start += VOTE_REQUESTS_IN_FLIGHT) {
    const batch = [];
    for (let index = start; index < Math.min(votes, start + VOTE_REQUESTS_IN_FLIGHT); index += 1) {
      batch.push(castVote(index, propositionId, choiceIds[index % choiceIds.length] ?? 'agree'));
    }
    await Promise.all(batch);
  }
  const deadline = nowMs() + timeoutMs;
  while (countVotes(control.doc) < votes) {
    if (nowMs() > deadline)
      throw new Error(`seeding: only ${countVotes(control.doc)} of ${votes} votes came back`);
    await sleep(50);
  }
  return {
    board: Y.encodeStateAsUpdate(board.doc),
    control: Y.encodeStateAsUpdate(control.doc),
    initiatives,
    votes,
    source: 'collectief-snapshot',
  };
}

type ChoiceLike = { id?: unknown };

/** Opens the session's first proposition (the built-in template has three), or adds one. */
function openAProposition(control: Y.Doc): { propositionId: string; choiceIds: string[] } {
  const propositions = control.getMap<Y.Map<unknown>>(CONTROL_ROOT.propositions);
  for (const [propositionId, proposition] of propositions) {
    if (!(proposition instanceof Y.Map)) continue;
    const choices = proposition.get('choices');
    const choiceIds = Array.isArray(choices)
      ? choices
          .map((choice: ChoiceLike) => choice.id)
          .filter((id): id is string => typeof id === 'string')
      : [];
    if (choiceIds.length === 0) continue;
    control.transact(() => proposition.set('state', 'open'));
    return { propositionId, choiceIds };
  }
  control.transact(() => {
    const proposition = new Y.Map<unknown>();
    propositions.set(FIXTURE_PROPOSITION_ID, proposition);
    proposition.set('text', 'De gemeente moet initiatieven ruimte geven');
    proposition.set('choices', [
      { id: 'agree', label: 'Eens' },
      { id: 'disagree', label: 'Oneens' },
    ]);
    proposition.set('order', 0);
    proposition.set('state', 'open');
  });
  return { propositionId: FIXTURE_PROPOSITION_ID, choiceIds: ['agree', 'disagree'] };
}
