/**
 * The budget attacks of issue 10, as functions that return their figures: the short versions run
 * in tests/reliability/budgets.test.ts, the long ones in tests/soak (npm run soak). Each runs
 * against a real server process, in its own session, while a bystander in another session
 * (tests/helpers/bystander.ts) measures its round trip and /healthz.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { roomName } from '../../shared/core/protocol';
import { FACILITATOR_NAMESPACE } from '../../shared/core/layout';
import { startBystander, type BystanderFigures } from '../helpers/bystander';
import type { LogLine, TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  joinSession,
  namespaceMap,
  openRawSocket,
  participantParams,
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
} from '../helpers/server-clients';
import { syncFrame } from './fuzz-frames';

export type AttackFigures = {
  bystander: BystanderFigures;
  /** The server's own longest event-loop delay during the attack (perf_hooks). */
  eventLoopMaxMs: number;
  /** The same during the baseline, before the attack. */
  baselineEventLoopMaxMs: number;
  /** CPU time of the longest single frame during the attack (robust to a busy machine). */
  frameCpuMaxMs: number;
  [figure: string]: unknown;
};

/** Reads one gauge from /metrics (scraping also starts a new "recent" event-loop window). */
export async function metric(server: Pick<TestServer, 'url'>, name: string): Promise<number> {
  const text = (await api(server, 'GET', '/metrics')).text;
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  if (line === undefined) throw new Error(`no metric ${name}`);
  return Number(line.slice(name.length + 1));
}

const EVENT_LOOP_RECENT = 'collectief_event_loop_delay_recent_max_seconds';
const FRAME_CPU_RECENT = 'collectief_frame_cpu_recent_max_seconds';

/** Runs `attack` between a baseline and the end of the bystander's measurement. */
export async function underAttack(
  server: TestServer,
  attack: () => Promise<Record<string, unknown>>,
): Promise<AttackFigures> {
  const bystander = await startBystander(server);
  await metric(server, EVENT_LOOP_RECENT);
  // Baseline: the bystander's own samples while nothing happens (pacing, not a wait for state).
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const baselineEventLoopMaxMs = (await metric(server, EVENT_LOOP_RECENT)) * 1000;
  await metric(server, FRAME_CPU_RECENT);
  bystander.attackBegins();
  const figures = await attack();
  // A few more samples after the attack's last frame, while the server may still be working.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const eventLoopMaxMs = (await metric(server, EVENT_LOOP_RECENT)) * 1000;
  const frameCpuMaxMs = (await metric(server, FRAME_CPU_RECENT)) * 1000;
  return {
    ...figures,
    bystander: await bystander.stop(),
    eventLoopMaxMs,
    baselineEventLoopMaxMs,
    frameCpuMaxMs,
  };
}

function countLogs(server: TestServer, match: (line: LogLine) => boolean): number {
  return server.logs.filter(match).length;
}

async function facilitatorBoard(server: TestServer): Promise<{
  session: CreatedSession;
  client: ConnectedClient;
}> {
  const session = await createSession(server);
  const client = connectClient(server, session.code, 'board', facilitatorParams(session));
  await whenSynced(client, 30_000);
  return { session, client };
}

/** A Yjs v1 update with no structs and one client's delete ranges exactly in the given order. */
export function deleteOnlyUpdate(
  client: number,
  ranges: [clock: number, len: number][],
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, ranges.length);
  for (const [clock, len] of ranges) {
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarUint(encoder, len);
  }
  return encoding.toUint8Array(encoder);
}

/** Every other character of a text item starting at `clock`, from the end to the start. */
export function everyOtherDescending(clock: number, length: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let offset = length - 2; offset >= 0; offset -= 2) ranges.push([clock + offset, 1]);
  return ranges;
}

function sendRaw(client: ConnectedClient, frame: Uint8Array): void {
  const socket = client.provider.ws;
  if (socket === null) throw new Error('provider not connected');
  socket.send(frame);
}

/**
 * Quadratic Yjs input. A participant's Y.Text is refused by the schema check; the facilitator
 * (who may write anywhere) inserts the text, then deletes every other character with the delete
 * ranges in `order`, in updates of `rangesPerUpdate` ranges.
 */
export async function quadraticDelete(
  server: TestServer,
  options: { characters: number; order: 'descending' | 'ascending'; rangesPerUpdate: number },
): Promise<Record<string, unknown>> {
  const { session, client } = await facilitatorBoard(server);
  const participant = await joinSession(server, session.code, 'Quadratic');
  const writer = connectClient(server, session.code, 'board', participantParams(participant));
  await whenSynced(writer, 30_000);
  const schemaRefusalsBefore = countLogs(server, (line) => line['budget'] === 'schema');
  writer.doc.transact(() =>
    namespaceMap(writer.doc, BOARD_ROOT.takeaways, participant.participantId).set(
      'attack',
      new Y.Text('x'.repeat(options.characters)),
    ),
  );
  await waitUntil(
    () => countLogs(server, (line) => line['budget'] === 'schema') > schemaRefusalsBefore,
    "participant's text refused",
    30_000,
  );
  const text = new Y.Text('x'.repeat(options.characters));
  client.doc
    .getMap<unknown>(BOARD_ROOT.takeaways)
    .set(FACILITATOR_NAMESPACE, new Y.Map([['attack', text]]));
  const start = text._start;
  if (start === null) throw new Error('text has no item');
  const ranges = everyOtherDescending(start.id.clock, options.characters);
  if (options.order === 'ascending') ranges.reverse();
  const refusedBefore = countLogs(server, (line) => line.event === 'budget-refused');
  let frames = 0;
  let bytes = 0;
  for (let index = 0; index < ranges.length; index += options.rangesPerUpdate) {
    const update = deleteOnlyUpdate(
      start.id.client,
      ranges.slice(index, index + options.rangesPerUpdate),
    );
    const frame = syncFrame(2, update);
    sendRaw(client, frame);
    frames += 1;
    bytes += frame.length;
  }
  // Frames of one socket are handled in order: once the sentinel arrives, every frame before it
  // was applied or refused. A fresh reader then shows what the relay kept.
  client.doc.getMap<unknown>(BOARD_ROOT.checkHands).set('sentinel', frames);
  const reader = connectClient(server, session.code, 'board', facilitatorParams(session));
  await whenSynced(reader, 60_000);
  await waitUntil(
    () => reader.doc.getMap<unknown>(BOARD_ROOT.checkHands).get('sentinel') === frames,
    'every frame answered',
    60_000,
  );
  const refused = countLogs(server, (line) => line.event === 'budget-refused') - refusedBefore;
  const joinerDownloadBytes = Y.encodeStateAsUpdate(reader.doc).length;
  const structs = [...reader.doc.store.clients.values()].reduce(
    (sum, list) => sum + list.length,
    0,
  );
  for (const connected of [client, writer, reader]) connected.destroy();
  return { frames, bytesSent: bytes, refused, joinerDownloadBytes, structs };
}

/** Floods: `updates` small valid updates from one participant's official client, in one loop. */
export async function flood(server: TestServer, updates: number): Promise<Record<string, unknown>> {
  const session = await createSession(server);
  const flooder = await joinSession(server, session.code, 'Flood');
  const neighbour = await joinSession(server, session.code, 'Neighbour');
  const client = connectClient(server, session.code, 'board', participantParams(flooder));
  const neighbourClient = connectClient(
    server,
    session.code,
    'board',
    participantParams(neighbour),
  );
  const observer = connectClient(server, session.code, 'board', facilitatorParams(session));
  await Promise.all([client, neighbourClient, observer].map((one) => whenSynced(one, 30_000)));
  const closedBefore = countLogs(server, (line) => line.event === 'rate-budget-closed');
  const hands = namespaceMap(client.doc, BOARD_ROOT.checkHands, flooder.participantId);
  const startedAt = Date.now();
  for (let index = 0; index < updates; index += 1) hands.set('flood', `v${index}`);
  const sendMs = Date.now() - startedAt;
  // The same room relays normally again: the neighbour's edit reaches the observer.
  const editAt = Date.now();
  namespaceMap(neighbourClient.doc, BOARD_ROOT.checkHands, neighbour.participantId).set(
    'after',
    'yes',
  );
  await waitUntil(
    () =>
      observer.doc
        .getMap<Y.Map<unknown>>(BOARD_ROOT.checkHands)
        .get(neighbour.participantId)
        ?.get('after') === 'yes',
    'neighbour edit relayed',
    60_000,
  );
  const roomRoundTripMs = Date.now() - editAt;
  // The flooder's own last value arrives once its client reconnects and syncs.
  await waitUntil(
    () =>
      observer.doc
        .getMap<Y.Map<unknown>>(BOARD_ROOT.checkHands)
        .get(flooder.participantId)
        ?.get('flood') === `v${updates - 1}`,
    "flooder's last value after its reconnect",
    60_000,
  );
  const closed = countLogs(server, (line) => line.event === 'rate-budget-closed') - closedBefore;
  for (const connected of [client, neighbourClient, observer]) connected.destroy();
  return { updates, sendMs, roomRoundTripMs, socketsClosed: closed };
}

/** Storage: `values` values of `valueBytes` each into one's own namespace (schema: refused). */
export async function bigValues(
  server: TestServer,
  options: { values: number; valueBytes: number; as: 'participant' | 'facilitator' },
): Promise<Record<string, unknown>> {
  const { session, client: facilitator } = await facilitatorBoard(server);
  const participant = await joinSession(server, session.code, 'Big');
  const writer =
    options.as === 'facilitator'
      ? facilitator
      : connectClient(server, session.code, 'board', participantParams(participant));
  await whenSynced(writer, 30_000);
  const hands =
    options.as === 'facilitator'
      ? writer.doc.getMap<unknown>(BOARD_ROOT.checkHands)
      : namespaceMap(writer.doc, BOARD_ROOT.checkHands, participant.participantId);
  const refusals = (): number => countLogs(server, (line) => line.event === 'budget-refused');
  const refusedBefore = refusals();
  const big = 'x'.repeat(options.valueBytes);
  for (let index = 0; index < options.values; index += 1) {
    hands.set(`big${index}`, big);
    // One value at a time, each answered (stored or refused) before the next: a sentinel after it.
    hands.set('sentinel', index);
    const sentinelSeen = (): boolean => {
      const stored = facilitator.doc.getMap<unknown>(BOARD_ROOT.checkHands);
      const own = stored.get(participant.participantId);
      const where = options.as === 'facilitator' ? stored : own instanceof Y.Map ? own : null;
      return where?.get('sentinel') === index;
    };
    await waitUntil(
      () => sentinelSeen() || refusals() - refusedBefore > index,
      `value ${index} answered`,
      30_000,
    );
  }
  const reader = connectClient(server, session.code, 'board', facilitatorParams(session));
  await whenSynced(reader, 60_000);
  const stored = reader.doc.getMap<unknown>(BOARD_ROOT.checkHands);
  const own = stored.get(participant.participantId);
  const where = options.as === 'facilitator' ? stored : own instanceof Y.Map ? own : null;
  const accepted = [...(where?.keys() ?? [])].filter((key) => key.startsWith('big')).length;
  const joinerDownloadBytes = Y.encodeStateAsUpdate(reader.doc).length;
  for (const connected of new Set([facilitator, writer, reader])) connected.destroy();
  return {
    values: options.values,
    valueBytes: options.valueBytes,
    accepted,
    refused: refusals() - refusedBefore,
    joinerDownloadBytes,
  };
}

/** `notes` notes from one participant, written around the actions in transactions of `perUpdate`. */
export async function manyNotes(
  server: TestServer,
  options: { notes: number; perUpdate: number },
): Promise<Record<string, unknown>> {
  const session = await createSession(server);
  const participant = await joinSession(server, session.code, 'Many');
  const writer = connectClient(server, session.code, 'board', participantParams(participant));
  await whenSynced(writer, 30_000);
  const answered = (): number => countLogs(server, (line) => line['budget'] === 'entry-count');
  const before = answered();
  const notes = namespaceMap(writer.doc, BOARD_ROOT.initiatives, participant.participantId);
  for (let index = 0; index < options.notes; index += options.perUpdate) {
    writer.doc.transact(() => {
      for (let offset = 0; offset < options.perUpdate; offset += 1) {
        notes.set(
          `n${index + offset}`,
          new Y.Map<unknown>([
            ['text', `note ${index + offset}`],
            ['colour', 'yellow'],
            ['x', 0],
            ['y', 0],
            ['createdAt', 1],
            ['updatedAt', 1],
          ]),
        );
      }
    });
  }
  const batches = Math.ceil(options.notes / options.perUpdate);
  await waitUntil(
    () => answered() - before >= batches - 1,
    'every batch past the limit refused',
    60_000,
  );
  const loadStartedAt = Date.now();
  const reader = connectClient(server, session.code, 'board', facilitatorParams(session));
  await whenSynced(reader, 60_000);
  const loadMs = Date.now() - loadStartedAt;
  const stored =
    reader.doc.getMap<Y.Map<unknown>>(BOARD_ROOT.initiatives).get(participant.participantId)
      ?.size ?? -1;
  writer.destroy();
  reader.destroy();
  return { notes: options.notes, stored, refusedBatches: answered() - before, loadMs };
}

/** An awareness state of `stateBytes` from `sockets` sockets, then what a joiner downloads. */
export async function oversizePresence(
  server: TestServer,
  options: { sockets: number; stateBytes: number },
): Promise<Record<string, unknown>> {
  const session = await createSession(server);
  const participant = await joinSession(server, session.code, 'Loud');
  const refusedBefore = countLogs(server, (line) => line.event === 'presence-refused');
  const clients = Array.from({ length: options.sockets }, () =>
    connectClient(server, session.code, 'board', participantParams(participant)),
  );
  await Promise.all(clients.map((client) => whenSynced(client, 30_000)));
  for (const client of clients)
    client.provider.awareness.setLocalState({
      user: { name: 'Loud' },
      blob: 'x'.repeat(options.stateBytes),
    });
  await waitUntil(
    () =>
      countLogs(server, (line) => line.event === 'presence-refused') - refusedBefore >=
      options.sockets,
    'oversize states refused',
    30_000,
  );
  const joiner = await openRawSocket(
    server,
    roomName(session.code, 'board'),
    facilitatorParams(session),
  );
  await waitUntil(
    () => joiner.messages.some((message) => message[0] === 1),
    'joiner got presence',
    10_000,
  );
  const presenceBytes = joiner.messages
    .filter((message) => message[0] === 1)
    .reduce((sum, message) => sum + message.length, 0);
  joiner.socket.close();
  for (const client of clients) client.destroy();
  return {
    sockets: options.sockets,
    stateBytes: options.stateBytes,
    refused: countLogs(server, (line) => line.event === 'presence-refused') - refusedBefore,
    joinerPresenceBytes: presenceBytes,
  };
}
