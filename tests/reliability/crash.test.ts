/**
 * Crash: 50 participants edit continuously (notes added and moved through the shared actions,
 * votes cast through the HTTP vote endpoint) while the server is killed with SIGKILL at a random
 * moment, five times in a row, and restarted on the same port and DATA_DIR. Each client keeps its
 * Y.Doc across the restarts (as the browser keeps its IndexedDB copy); the provider reconnects.
 * Afterwards every client and a fresh client hold the same state, containing every note at its
 * last position and every acknowledged vote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProposition } from '../../shared/actions/propositions';
import { readControl, readVotes } from '../../shared/schema';
import { startServer, type TestServer } from '../helpers/server';
import {
  connectClient,
  createSession,
  facilitatorParams,
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
} from '../helpers/server-clients';
import {
  boardContent,
  countNotes,
  editOnce,
  joinEditors,
  pause,
  seededRandom,
  testSeed,
  voteUntilAcknowledged,
  waitForConvergence,
  type Editor,
  type NoteCount,
} from '../helpers/reliability';

const CLIENTS = 50;
const KILLS = 5;
const MAX_NOTES = 40;
const seed = testSeed();
const random = seededRandom(seed);

let server: TestServer;
let session: CreatedSession;
let facilitator: ConnectedClient;
let editors: Editor[] = [];
let propositionId = '';
let choiceIds: string[] = [];
const figures = { kills: 0, edits: 0, votes: 0, notes: 0 };

beforeAll(async () => {
  console.info(`crash test seed ${seed} (RELIABILITY_SEED=${seed} replays it)`);
  server = await startServer({ env: { ROOM_IDLE_MS: '120000' } });
  session = await createSession(server);
  facilitator = connectClient(server, session.code, 'control', facilitatorParams(session));
  await whenSynced(facilitator);
  const proposition = readControl(facilitator.doc).propositions[0];
  if (proposition === undefined) throw new Error('the built-in template has no proposition');
  propositionId = proposition.id;
  choiceIds = proposition.choices.map((choice) => choice.id);
  expect(openProposition(facilitator.doc, propositionId).ok).toBe(true);
  const check = connectClient(server, session.code, 'control', facilitatorParams(session));
  await waitUntil(() => readControl(check.doc).propositions[0]?.state === 'open', 'proposition open on the server');
  check.destroy();
  editors = await joinEditors(server, session, CLIENTS, 'Crash');
}, 120_000);

afterAll(async () => {
  for (const editor of editors) editor.client.destroy();
  facilitator.destroy();
  await server.stop();
  await server.cleanup();
});

/** One participant's behaviour until `stopAt`: notes every few hundred ms, a vote now and then. */
async function participate(editor: Editor, stopAt: () => boolean, voteDeadline: number): Promise<void> {
  const own = seededRandom(seed + editor.index + 1);
  while (!stopAt()) {
    await pause(own.int(150, 600));
    if (stopAt()) break;
    if (own.next() < 0.15) {
      if (await voteUntilAcknowledged(server, session.code, editor, propositionId, own.pick(choiceIds), voteDeadline)) figures.votes += 1;
    } else {
      editOnce(editor, own, MAX_NOTES);
    }
  }
}

async function crashRepeatedly(): Promise<void> {
  for (let kill = 0; kill < KILLS; kill += 1) {
    await pause(random.int(800, 3000));
    await server.kill9();
    figures.kills += 1;
    await pause(random.int(100, 1000));
    await server.start();
  }
  await pause(random.int(500, 1500));
}

describe('five kill -9 restarts under 50 editing clients', () => {
  let stopped = false;
  let fresh: ConnectedClient;
  let counted: NoteCount;

  beforeAll(async () => {
    const voteDeadline = Date.now() + 90_000;
    const participating = Promise.all(editors.map((editor) => participate(editor, () => stopped, voteDeadline)));
    try {
      await crashRepeatedly();
    } finally {
      stopped = true;
      await participating;
    }
    figures.edits = editors.reduce((sum, editor) => sum + editor.edits, 0);
    fresh = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(fresh, 30_000);
    const behind = await waitForConvergence(editors.map((editor) => editor.client.doc), fresh.doc, 60_000);
    counted = countNotes(fresh.doc, editors);
    figures.notes = counted.expected;
    const refusals = new Map<string, number>();
    for (const line of server.logs) {
      if (line.event !== 'update-refused') continue;
      const reason = String(line.reason).replace(/\d+/g, 'N');
      refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
    }
    const summary = { ...figures, behind, lost: counted.lost.length, duplicated: counted.duplicated.length, refusals: Object.fromEntries(refusals) };
    console.info(`crash figures: ${JSON.stringify(summary)}`);
  }, 240_000);

  afterAll(() => fresh.destroy());

  it('survives five kill -9 restarts', () => {
    expect(figures.kills).toBe(KILLS);
    expect(figures.edits).toBeGreaterThan(CLIENTS * 5);
  });

  it('loses no note and duplicates none across the restarts', () => {
    expect(counted.lost).toEqual([]);
    expect(counted.duplicated).toEqual([]);
    expect(counted.unexpected).toEqual([]);
    expect(counted.misplaced).toEqual([]);
  });

  it('leaves every client holding exactly the state a fresh client gets', () => {
    const reference = boardContent(fresh.doc);
    const differing = editors.filter((editor) => boardContent(editor.client.doc) !== reference).map((editor) => editor.index);
    expect(differing).toEqual([]);
  });

  it('keeps every acknowledged vote', async () => {
    const control = connectClient(server, session.code, 'control', facilitatorParams(session));
    await whenSynced(control);
    const votes = readVotes(control.doc, propositionId);
    control.destroy();
    const lostVotes = editors.filter((editor) => {
      const acknowledged = editor.votes.get(propositionId);
      return acknowledged !== undefined && votes[editor.participant.participantId] !== acknowledged;
    });
    expect(lostVotes.map((editor) => editor.index)).toEqual([]);
    expect(Object.keys(votes).length).toBe(editors.filter((editor) => editor.votes.has(propositionId)).length);
  });

  it('logged no handler crash', () => {
    const crashes = server.logs.filter((line) => /uncaught|unhandled|handler-failed/.test(line.event));
    expect(crashes).toEqual([]);
  });
});
