/**
 * The crash scenario: N participants edit continuously (notes added and moved through the shared
 * actions, votes through the HTTP vote endpoint) while the server is killed with SIGKILL at a
 * random moment, K times, and restarted on the same port and DATA_DIR. Each client keeps its
 * Y.Doc across the restarts (as the browser keeps its IndexedDB copy); the provider reconnects.
 * Returns what a fresh client finds compared with every client's ledger. Used by
 * tests/reliability/crash.test.ts (5 kills) and `npm run soak` (more).
 */
import { openProposition } from '../../shared/activities/propositions/actions';
import { readControl, readResult } from '../../shared/session/schema';
import { startServer, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  waitUntil,
  whenSynced,
  type CreatedSession,
} from '../helpers/server-clients';
import {
  boardContent,
  countNotes,
  editOnce,
  joinEditors,
  pause,
  seededRandom,
  voteUntilAcknowledged,
  waitForConvergence,
  type Editor,
} from '../helpers/reliability';
import { propositionId as asPropositionId } from '../../shared/core/ids';

export type CrashOptions = {
  clients: number;
  kills: number;
  seed: number;
  log?: (line: string) => void;
};

export type CrashFigures = {
  kills: number;
  edits: number;
  votesAcknowledged: number;
  notes: number;
  /** Clients whose state never caught up with the server's. */
  behind: number;
  lost: string[];
  duplicated: string[];
  misplaced: string[];
  unexpected: string[];
  /** Clients whose board differs from a fresh client's. */
  differingClients: number[];
  lostVotes: number[];
  votesStored: number;
  votersAcknowledged: number;
  refusals: Record<string, number>;
  crashLogLines: string[];
};

const MAX_NOTES = 40;

async function openFirstProposition(
  server: TestServer,
  session: CreatedSession,
): Promise<{ id: string; choices: string[] }> {
  const facilitator = connectClient(server, session.code, 'control', facilitatorParams(session));
  await whenSynced(facilitator);
  const proposition = readControl(facilitator.doc).propositions[0];
  if (proposition === undefined) throw new Error('the built-in template has no proposition');
  const opened = openProposition(facilitator.doc, proposition.id);
  if (!opened.ok) throw new Error(opened.error.message);
  const check = connectClient(server, session.code, 'control', facilitatorParams(session));
  await waitUntil(
    () => readControl(check.doc).propositions[0]?.state === 'open',
    'proposition open on the server',
  );
  check.destroy();
  facilitator.destroy();
  return { id: proposition.id, choices: proposition.choices.map((choice) => choice.id) };
}

function refusalReasons(server: TestServer): Record<string, number> {
  const refusals: Record<string, number> = {};
  for (const line of server.logs) {
    if (line.event !== 'update-refused') continue;
    const reason = String(line.reason).replace(/\d+/g, 'N');
    refusals[reason] = (refusals[reason] ?? 0) + 1;
  }
  return refusals;
}

export async function runCrash(options: CrashOptions): Promise<CrashFigures> {
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed);
  const server = await startServer({ env: { ROOM_IDLE_MS: '120000' } });
  let editors: Editor[] = [];
  try {
    const session = await createSession(server);
    const proposition = await openFirstProposition(server, session);
    editors = await joinEditors(server, session, options.clients, 'Crash');
    let stopped = false;
    let votesAcknowledged = 0;
    const voteDeadline = Date.now() + 120_000 + options.kills * 5000;
    const participate = async (editor: Editor): Promise<void> => {
      const own = seededRandom(options.seed + editor.index + 1);
      while (!stopped) {
        await pause(own.int(150, 600));
        if (stopped) break;
        if (own.next() < 0.15) {
          if (
            await voteUntilAcknowledged(
              server,
              session.code,
              editor,
              proposition.id,
              own.pick(proposition.choices),
              voteDeadline,
            )
          )
            votesAcknowledged += 1;
        } else editOnce(editor, own, MAX_NOTES);
      }
    };
    const participating = Promise.all(editors.map(participate));
    let kills = 0;
    try {
      for (; kills < options.kills;) {
        await pause(random.int(800, 3000));
        await server.kill9();
        kills += 1;
        await pause(random.int(100, 1000));
        await server.start();
        log(`crash: kill -9 number ${kills} survived`);
      }
      await pause(random.int(500, 1500));
    } finally {
      stopped = true;
      await participating;
    }
    const fresh = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(fresh, 30_000);
    const behind = await waitForConvergence(
      editors.map((editor) => editor.client.doc),
      fresh.doc,
      60_000,
    );
    const counted = countNotes(fresh.doc, editors);
    const reference = boardContent(fresh.doc);
    const differingClients = editors
      .filter((editor) => boardContent(editor.client.doc) !== reference)
      .map((editor) => editor.index);
    fresh.destroy();
    const control = connectClient(server, session.code, 'control', facilitatorParams(session));
    await whenSynced(control);
    const votesStored = readResult(control.doc, asPropositionId(proposition.id)).voters;
    control.destroy();
    const voters = editors.filter((editor) => editor.votes.has(proposition.id));
    // Ballots are secret: each voter's own answer is the only way to read one back.
    const votes: Record<string, unknown> = {};
    for (const editor of voters) {
      const { participantId, participantToken } = editor.participant;
      const mine = await api(server, 'GET', `/api/sessions/${session.code}/votes/mine`, {
        headers: { Authorization: `Bearer ${participantToken}`, 'X-Participant-Id': participantId },
      });
      const body: unknown = mine.body;
      if (typeof body === 'object' && body !== null && 'votes' in body) {
        const own: unknown = body.votes;
        if (typeof own === 'object' && own !== null)
          votes[participantId] = (own as Record<string, unknown>)[proposition.id];
      }
    }
    return {
      kills,
      edits: editors.reduce((sum, editor) => sum + editor.edits, 0),
      votesAcknowledged,
      notes: counted.expected,
      behind,
      lost: counted.lost,
      duplicated: counted.duplicated,
      misplaced: counted.misplaced,
      unexpected: counted.unexpected,
      differingClients,
      lostVotes: voters
        .filter(
          (editor) => votes[editor.participant.participantId] !== editor.votes.get(proposition.id),
        )
        .map((editor) => editor.index),
      votesStored,
      votersAcknowledged: voters.length,
      refusals: refusalReasons(server),
      crashLogLines: server.logs
        .filter((line) => /uncaught|unhandled|handler-failed/.test(line.event))
        .map((line) => line.event),
    };
  } finally {
    for (const editor of editors) editor.client.destroy();
    await server.stop();
    await server.cleanup();
  }
}
