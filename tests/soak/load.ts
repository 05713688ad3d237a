/**
 * Load: N participants across R sessions (BOARD rooms), loopback only, each adding and moving
 * notes at a human pace for a while, in rounds. After each round every room converges with a
 * fresh client (no lost notes), every client disconnects, the sessions unload and the server's
 * memory is measured: it must stay flat from round to round. Used by tests/reliability/load.test.ts
 * (short) and `npm run soak` (long).
 */
import { startServer, type TestServer } from '../helpers/server';
import {
  connectClient,
  createSession,
  facilitatorParams,
  participantParams,
  waitUntil,
  whenSynced,
  type CreatedSession,
} from '../helpers/server-clients';
import {
  countNotes,
  editOnce,
  joinEditors,
  pause,
  seededRandom,
  serverRssKb,
  waitForConvergence,
  type Editor,
} from '../helpers/reliability';

export type LoadOptions = {
  clients: number;
  rooms: number;
  rounds: number;
  roundMs: number;
  /** Pause between one client's edits (ms): a person places a note every few seconds. */
  editEveryMs: [number, number];
  /**
   * Edits each client makes per round however long that takes: on a busy machine the timers run
   * late, and a round measured only in milliseconds would hold fewer edits than the test needs.
   */
  minEditsPerClient?: number;
  seed: number;
  log?: (line: string) => void;
};

export type RoundFigures = {
  round: number;
  edits: number;
  notes: number;
  lost: number;
  behind: number;
  rssAfterKb: number;
};
export type LoadFigures = {
  clients: number;
  rooms: number;
  rssBaselineKb: number;
  rounds: RoundFigures[];
  errors: string[];
  refusedOrMalformed: number;
};

type Room = { session: CreatedSession; editors: Editor[] };

/** Waits until `count` sessions have unloaded since log line `since` (the rooms are idle). */
async function waitForUnloads(
  server: TestServer,
  since: number,
  count: number,
  timeoutMs: number,
): Promise<void> {
  const unloaded = (): number =>
    server.logs.slice(since).filter((line) => line.event === 'session-unloaded').length;
  await waitUntil(() => unloaded() >= count, `${count} sessions unloaded`, timeoutMs);
}

async function connectRoom(server: TestServer, room: Room): Promise<void> {
  room.editors = room.editors.map((editor) => ({
    ...editor,
    client: connectClient(
      server,
      room.session.code,
      'board',
      participantParams(editor.participant),
      editor.client.doc,
    ),
  }));
  await Promise.all(room.editors.map((editor) => whenSynced(editor.client, 60_000)));
}

function disconnectRoom(room: Room): void {
  for (const editor of room.editors) editor.client.provider.destroy();
}

async function editFor(rooms: Room[], options: LoadOptions, round: number): Promise<void> {
  const stopAt = Date.now() + options.roundMs;
  const everyone = rooms.flatMap((room) => room.editors);
  await Promise.all(
    everyone.map(async (editor) => {
      const random = seededRandom(options.seed + round * 100_000 + editor.index);
      const atLeast = options.minEditsPerClient ?? 0;
      let made = 0;
      const goOn = (): boolean => Date.now() < stopAt || made < atLeast;
      while (goOn()) {
        await pause(random.int(options.editEveryMs[0], options.editEveryMs[1]));
        if (goOn()) {
          editOnce(editor, random, 40);
          made += 1;
        }
      }
    }),
  );
}

async function checkRoom(
  server: TestServer,
  room: Room,
): Promise<{ lost: number; behind: number; notes: number }> {
  const fresh = connectClient(server, room.session.code, 'board', facilitatorParams(room.session));
  await whenSynced(fresh, 30_000);
  const behind = await waitForConvergence(
    room.editors.map((editor) => editor.client.doc),
    fresh.doc,
    60_000,
  );
  const counted = countNotes(fresh.doc, room.editors);
  fresh.destroy();
  return { lost: counted.lost.length + counted.misplaced.length, behind, notes: counted.expected };
}

export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const startedAt = Date.now();
  const log = (line: string): void =>
    options.log?.(`[${((Date.now() - startedAt) / 1000).toFixed(1)} s] ${line}`);
  const server = await startServer({ exposeGc: true, env: { ROOM_IDLE_MS: '1000' } });
  try {
    const perRoom = Math.ceil(options.clients / options.rooms);
    const rooms: Room[] = [];
    for (let index = 0; index < options.rooms; index += 1) {
      const session = await createSession(server);
      const editors = await joinEditors(server, session, perRoom, `Load ${index}`);
      // Editor indices unique across rooms, so every client gets its own random stream.
      rooms.push({
        session,
        editors: editors.map((editor) => ({ ...editor, index: index * perRoom + editor.index })),
      });
    }
    log(`load: ${rooms.length} rooms x ${perRoom} clients connected`);
    const idleSince = server.logs.length;
    for (const room of rooms) disconnectRoom(room);
    await waitForUnloads(server, idleSince, rooms.length, 60_000);
    const rssBaselineKb = serverRssKb(server);
    const figures: LoadFigures = {
      clients: perRoom * rooms.length,
      rooms: rooms.length,
      rssBaselineKb,
      rounds: [],
      errors: [],
      refusedOrMalformed: 0,
    };
    for (let round = 1; round <= options.rounds; round += 1) {
      await Promise.all(rooms.map((room) => connectRoom(server, room)));
      log(`round ${round}: all connected and synced`);
      const editsBefore = rooms.reduce(
        (sum, room) => sum + room.editors.reduce((inner, editor) => inner + editor.edits, 0),
        0,
      );
      await editFor(rooms, options, round);
      log(`round ${round}: editing done`);
      const checks = await Promise.all(rooms.map((room) => checkRoom(server, room)));
      const edits =
        rooms.reduce(
          (sum, room) => sum + room.editors.reduce((inner, editor) => inner + editor.edits, 0),
          0,
        ) - editsBefore;
      const roundEndSince = server.logs.length;
      for (const room of rooms) disconnectRoom(room);
      await waitForUnloads(server, roundEndSince, rooms.length, 60_000);
      const result: RoundFigures = {
        round,
        edits,
        notes: checks.reduce((sum, check) => sum + check.notes, 0),
        lost: checks.reduce((sum, check) => sum + check.lost, 0),
        behind: checks.reduce((sum, check) => sum + check.behind, 0),
        rssAfterKb: serverRssKb(server),
      };
      figures.rounds.push(result);
      log(`load round ${round}: ${JSON.stringify(result)}`);
    }
    figures.errors = server.logs.filter((line) => line.level === 'error').map((line) => line.event);
    figures.refusedOrMalformed = server.logs.filter(
      (line) => line.event === 'update-refused' || line.event === 'frame-malformed',
    ).length;
    return figures;
  } finally {
    await server.stop();
    await server.cleanup();
  }
}
