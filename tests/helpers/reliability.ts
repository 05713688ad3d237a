/**
 * Helpers for the reliability suite (tests/reliability, tests/soak): seeded randomness, the
 * server's memory from /proc, health checks, editing participants with a ledger of what they
 * did, convergence checks and counting lost / duplicated notes.
 */
import { API_ROUTES, WS_PATH } from '../../shared/core/protocol';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import * as Y from 'yjs';
import { addInitiative, moveInitiative } from '../../shared/activities/quadrant/initiatives';
import { readBoard, readInitiatives } from '../../shared/session/schema';
import { REPO_ROOT, startServer, type TestServer } from './server';
import {
  api,
  connectClient,
  joinSession,
  participantParams,
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
  type Participant,
} from './server-clients';
import {
  initiativeId as asInitiativeId,
  participantId as asParticipantId,
} from '../../shared/core/ids';

/** Small, fast, seedable PRNG (mulberry32): failures can be replayed with the printed seed. */
export type Random = {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  seed: number;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { next, int, pick, seed };
}

/** RELIABILITY_SEED=<n> replays a run; otherwise a fresh seed (printed by the tests that use it). */
export function testSeed(): number {
  const fromEnv = Number(process.env.RELIABILITY_SEED);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : Math.floor(Math.random() * 2 ** 31);
}

/** Resident memory of the server process itself (not npm, not the test runner), in KiB. */
export function serverRssKb(server: Pick<TestServer, 'process'>): number {
  const pid = server.process.pid;
  if (pid === undefined) throw new Error('server has no pid');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (match?.[1] === undefined) throw new Error('no VmRSS in /proc status');
  return Number(match[1]);
}

export type Health = { status: number; ok: boolean; problems: string[] };

export async function health(server: Pick<TestServer, 'url'>): Promise<Health> {
  const response = await api(server, 'GET', API_ROUTES.health);
  const body = response.body;
  const ok = typeof body === 'object' && body !== null && Reflect.get(body, 'ok') === true;
  const problems: unknown =
    typeof body === 'object' && body !== null ? Reflect.get(body, 'problems') : undefined;
  return {
    status: response.status,
    ok,
    problems: Array.isArray(problems) ? problems.map(String) : [],
  };
}

/** Polls /healthz until it says `ok` (bounded). */
export async function waitForHealth(
  server: Pick<TestServer, 'url'>,
  ok: boolean,
  timeoutMs = 15_000,
): Promise<Health> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = await health(server);
    if (current.ok === ok) return current;
    if (Date.now() > deadline)
      throw new Error(`healthz still ${JSON.stringify(current)} after ${timeoutMs} ms`);
    await pause(50);
  }
}

/** Pacing between simulated user actions (people do not edit in a tight loop); never a wait for an event. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A participant with a BOARD client and a ledger of every note it wrote and where it last put it. */
export type Editor = {
  index: number;
  participant: Participant;
  client: ConnectedClient;
  /** initiativeId -> the text and the last position this participant gave it. */
  notes: Map<string, { text: string; x: number; y: number }>;
  /** The last vote the server acknowledged (200), per proposition. */
  votes: Map<string, string>;
  edits: number;
};

export async function joinEditors(
  server: Pick<TestServer, 'url' | 'wsUrl'>,
  session: CreatedSession,
  count: number,
  prefix = 'Editor',
): Promise<Editor[]> {
  // Each y-websocket provider adds a process 'exit' listener; hundreds at once are expected here.
  process.setMaxListeners(0);
  const editors: Editor[] = [];
  for (let index = 0; index < count; index += 1) {
    const participant = await joinSession(server, session.code, `${prefix} ${index}`);
    const client = connectClient(server, session.code, 'board', participantParams(participant));
    editors.push({ index, participant, client, notes: new Map(), votes: new Map(), edits: 0 });
  }
  await Promise.all(editors.map((editor) => whenSynced(editor.client, 30_000)));
  return editors;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Adds a note (unique text, so duplicates are countable) or moves one of the editor's own notes. */
export function editOnce(editor: Editor, random: Random, maxNotes: number): void {
  const doc = editor.client.doc;
  const pid = editor.participant.participantId;
  const x = round(random.next() * 2 - 1);
  const y = round(random.next() * 2 - 1);
  const ids = [...editor.notes.keys()];
  if (ids.length === 0 || (ids.length < maxNotes && random.next() < 0.5)) {
    const id = `n${editor.index}x${ids.length}`;
    const text = `note ${editor.index}.${ids.length}`;
    const added = addInitiative(doc, asParticipantId(pid), {
      id: asInitiativeId(id),
      text,
      x,
      y,
      at: Date.now(),
    });
    if (!added.ok) throw new Error(`addInitiative: ${added.error.message}`);
    editor.notes.set(id, { text, x, y });
  } else {
    const id = random.pick(ids);
    const moved = moveInitiative(doc, asParticipantId(pid), asInitiativeId(id), {
      x,
      y,
      at: Date.now(),
    });
    if (!moved.ok) throw new Error(`moveInitiative: ${moved.error.message}`);
    const note = editor.notes.get(id);
    if (note !== undefined) editor.notes.set(id, { ...note, x, y });
  }
  editor.edits += 1;
}

/**
 * PUT a vote until the server acknowledges it (the server may be down: fetch fails, retry).
 * Returns false when the deadline passes first.
 */
export async function voteUntilAcknowledged(
  server: Pick<TestServer, 'url'>,
  code: string,
  editor: Editor,
  propositionId: string,
  choiceId: string,
  deadline: number,
): Promise<boolean> {
  const { participantId, participantToken } = editor.participant;
  while (Date.now() < deadline) {
    try {
      const response = await api(server, 'PUT', `/api/sessions/${code}/votes/${propositionId}`, {
        body: { choiceId },
        headers: { Authorization: `Bearer ${participantToken}`, 'X-Participant-Id': participantId },
      });
      if (response.status === 200) {
        editor.votes.set(propositionId, choiceId);
        return true;
      }
      if (response.status !== 503 && response.status !== 502)
        throw new Error(`vote refused: ${response.status} ${response.text}`);
    } catch (error) {
      if (!isConnectionError(error)) throw error;
    }
    await pause(100);
  }
  return false;
}

function isConnectionError(error: unknown): boolean {
  return error instanceof TypeError && /fetch failed/.test(error.message);
}

export type NoteCount = {
  expected: number;
  lost: string[];
  duplicated: string[];
  misplaced: string[];
  unexpected: string[];
};

/** Compares a document's notes with the editors' ledgers: every note present once, at its last position. */
export function countNotes(doc: Y.Doc, editors: readonly Editor[]): NoteCount {
  const initiatives = readInitiatives(doc);
  const result: NoteCount = {
    expected: 0,
    lost: [],
    duplicated: [],
    misplaced: [],
    unexpected: [],
  };
  const textsSeen = new Map<string, number>();
  const ledgerOwners = new Map(editors.map((editor) => [editor.participant.participantId, editor]));
  for (const [pid, notes] of Object.entries(initiatives)) {
    const editor = ledgerOwners.get(pid);
    for (const [id, note] of Object.entries(notes)) {
      textsSeen.set(note.text, (textsSeen.get(note.text) ?? 0) + 1);
      if (editor === undefined || !editor.notes.has(id)) result.unexpected.push(`${pid}/${id}`);
    }
  }
  for (const editor of editors) {
    const pid = editor.participant.participantId;
    for (const [id, expected] of editor.notes) {
      result.expected += 1;
      const found = initiatives[pid]?.[id];
      if (found === undefined) {
        result.lost.push(`${pid}/${id}`);
        continue;
      }
      if ((textsSeen.get(expected.text) ?? 0) > 1) result.duplicated.push(`${pid}/${id}`);
      if (found.x !== expected.x || found.y !== expected.y) result.misplaced.push(`${pid}/${id}`);
    }
  }
  return result;
}

export function stateVectorKey(doc: Y.Doc): string {
  const vector = [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b);
  return JSON.stringify(vector);
}

/** Waits until every document holds exactly the reference document's state (bounded). */
export async function waitForConvergence(
  docs: readonly Y.Doc[],
  reference: Y.Doc,
  timeoutMs: number,
): Promise<number> {
  const behind = (): number => {
    const target = stateVectorKey(reference);
    return docs.filter((doc) => stateVectorKey(doc) !== target).length;
  };
  try {
    await waitUntil(() => behind() === 0, 'all clients converge', timeoutMs);
  } catch {
    return behind();
  }
  return 0;
}

/** The whole BOARD as plain JSON, for "same state" comparisons. */
export function boardContent(doc: Y.Doc): string {
  return JSON.stringify(readBoard(doc));
}

/**
 * A TCP proxy in front of the server, to play the network: `pause()` freezes every connection
 * (Wi-Fi gone, sockets still open), `cut()` resets them, and while either lasts new connections
 * are reset at once; `heal()` lets traffic through again.
 */
export type NetworkProxy = {
  readonly port: number;
  /** ws://127.0.0.1:PORT/ws through the proxy. */
  readonly wsUrl: string;
  pause(): void;
  cut(): void;
  heal(): void;
  readonly openConnections: number;
  close(): Promise<void>;
};

export async function startProxy(targetPort: number): Promise<NetworkProxy> {
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  let blocked = false;
  const listener = net.createServer((client) => {
    if (blocked) {
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1');
    const pair = { client, upstream };
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    const drop = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', drop).on('error', drop);
    upstream.on('close', drop).on('error', drop);
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', () => resolve()));
  const address = listener.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    port,
    wsUrl: `ws://127.0.0.1:${port}${WS_PATH}`,
    pause: () => {
      blocked = true;
      for (const { client, upstream } of pairs) {
        // Nothing gets through either way; bytes are drained and dropped so a close is still noticed.
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.resume();
        upstream.resume();
      }
    },
    cut: () => {
      blocked = true;
      for (const { client, upstream } of pairs) {
        client.resetAndDestroy();
        upstream.destroy();
      }
    },
    heal: () => {
      blocked = false;
    },
    get openConnections() {
      return pairs.size;
    },
    close: async () => {
      for (const { client, upstream } of pairs) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise<void>((resolve) => listener.close(() => resolve()));
    },
  };
}

/** The real server run as an unprivileged user (see startServer's runAsUid). */
export type UnprivilegedServer = TestServer;

export const UNPRIVILEGED_UID = 65534;

/** Root, setpriv, and a checkout the unprivileged user can read (a clone under /root is not). */
export function canRunUnprivileged(): boolean {
  if (process.getuid?.() !== 0) return false;
  const id = String(UNPRIVILEGED_UID);
  const readable = [
    'server/main.ts',
    'node_modules/tsx/package.json',
    'node_modules/yjs/package.json',
  ].map((file) => path.join(REPO_ROOT, file));
  try {
    for (const file of readable)
      execFileSync(
        'setpriv',
        ['--reuid', id, '--regid', id, '--clear-groups', '--', 'test', '-r', file],
        { stdio: 'ignore' },
      );
    return true;
  } catch {
    return false;
  }
}

export function startUnprivilegedServer(
  dataDir: string,
  env: Record<string, string>,
): Promise<UnprivilegedServer> {
  return startServer({ dataDir, env, runAsUid: UNPRIVILEGED_UID });
}
