/**
 * A client worker process: holds a share of the room's clients so that hundreds of providers
 * do not queue behind each other in one event loop. It obeys the coordinator's commands (see
 * protocol.ts) and reports raw figures; every wait here ends at a deadline it was given.
 */
import { BenchClient, resetCounter } from './client';
import {
  countInitiatives,
  countVotes,
  nowMs,
  observeBurstVotes,
  observeFanoutMarks,
  prepareFanout,
  writeBurstVote,
  writeFanoutMark,
} from './document';
import type { WorkerCommand, WorkerReply } from './protocol';

// Every y-websocket provider adds a process 'exit' listener; hundreds live here by design.
process.setMaxListeners(0);

const clients = new Map<number, BenchClient>();
let fanout: {
  latenciesMs: number[];
  perClient: Map<number, number>;
  stops: Array<() => void>;
  cpuAtStart: NodeJS.CpuUsage;
} | null = null;

function reply(message: WorkerReply): void {
  process.send?.(message);
}

function isReader(client: BenchClient): boolean {
  return client.spec.identity.role === 'participant';
}

async function connect(command: Extract<WorkerCommand, { type: 'connect' }>): Promise<WorkerReply> {
  const started = nowMs();
  const created = command.clients.map(({ clientId, spec }) => {
    const client = new BenchClient(spec);
    clients.set(clientId, client);
    return client;
  });
  await Promise.all(created.map((client) => client.whenSynced(command.timeoutMs)));
  for (const client of created) if (!isReader(client)) prepareFanout(client.doc);
  return { type: 'connected', id: command.id, connectMs: nowMs() - started };
}

function fanoutListen(command: Extract<WorkerCommand, { type: 'fanout-listen' }>): WorkerReply {
  const state = {
    latenciesMs: [] as number[],
    perClient: new Map<number, number>(),
    stops: [] as Array<() => void>,
    cpuAtStart: process.cpuUsage(),
  };
  for (const [clientId, client] of clients) {
    if (!isReader(client)) continue;
    state.perClient.set(clientId, 0);
    const stop = observeFanoutMarks(client.doc, command.runKey, (sentAtMs) => {
      state.latenciesMs.push(nowMs() - sentAtMs);
      state.perClient.set(clientId, (state.perClient.get(clientId) ?? 0) + 1);
    });
    state.stops.push(stop);
  }
  fanout = state;
  return { type: 'listening', id: command.id };
}

async function fanoutWrite(
  command: Extract<WorkerCommand, { type: 'fanout-write' }>,
): Promise<WorkerReply> {
  const writer = clients.get(command.clientId);
  if (!writer) throw new Error(`no client ${command.clientId} in this worker`);
  const startedAt = nowMs();
  let lastSentAtMs = startedAt;
  for (let sequence = 0; sequence < command.updates; sequence += 1) {
    // Steady rate against an absolute schedule, so a late tick does not shift all later ones.
    const due = startedAt + sequence * command.intervalMs;
    const wait = due - nowMs();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    lastSentAtMs = nowMs();
    writeFanoutMark(writer.doc, command.runKey, sequence);
  }
  return { type: 'fanout-written', id: command.id, firstSentAtMs: startedAt, lastSentAtMs };
}

async function fanoutCollect(
  command: Extract<WorkerCommand, { type: 'fanout-collect' }>,
): Promise<WorkerReply> {
  const state = fanout;
  if (!state) throw new Error('fanout-collect before fanout-listen');
  const complete = () => [...state.perClient.values()].every((count) => count >= command.expected);
  while (!complete() && nowMs() < command.deadlineMs)
    await new Promise((resolve) => setTimeout(resolve, 20));
  for (const stop of state.stops) stop();
  fanout = null;
  let missing = 0;
  for (const count of state.perClient.values()) missing += Math.max(0, command.expected - count);
  const cpu = process.cpuUsage(state.cpuAtStart);
  return {
    type: 'fanout-collected',
    id: command.id,
    latenciesMs: state.latenciesMs,
    missing,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

async function burst(command: Extract<WorkerCommand, { type: 'burst' }>): Promise<WorkerReply> {
  const participants = [...clients].filter(([, client]) => isReader(client));
  const convergedAt = new Map<number, number>();
  const writeTimes: number[] = [];
  const stops: Array<() => void> = [];
  let allConverged: () => void = () => {};
  const done = new Promise<void>((resolve) => (allConverged = resolve));
  for (const [clientId, client] of participants) {
    resetCounter(client.counter);
    stops.push(
      observeBurstVotes(client.doc, command.runKey, (count) => {
        if (count < command.total || convergedAt.has(clientId)) return;
        convergedAt.set(clientId, nowMs());
        if (convergedAt.size === participants.length) allConverged();
      }),
    );
  }
  const timers = participants.map(([clientId, client]) => {
    const due = command.startAtMs + (clientId / command.total) * command.windowMs;
    return setTimeout(
      () => {
        writeTimes.push(nowMs());
        writeBurstVote(client.doc, client.spec.identity.participantId, command.runKey);
      },
      Math.max(0, due - nowMs()),
    );
  });
  if (participants.length === 0) allConverged();
  const deadline = setTimeout(allConverged, Math.max(0, command.deadlineMs - nowMs()));
  await done;
  clearTimeout(deadline);
  for (const timer of timers) clearTimeout(timer);
  for (const stop of stops) stop();
  const totals = { messages: 0, bytes: 0, syncMessages: 0, syncBytes: 0 };
  for (const [, client] of participants) {
    totals.messages += client.counter.messages;
    totals.bytes += client.counter.bytes;
    totals.syncMessages += client.counter.syncMessages;
    totals.syncBytes += client.counter.syncBytes;
  }
  return {
    type: 'burst-done',
    id: command.id,
    firstWriteAtMs: Math.min(...writeTimes),
    lastWriteAtMs: Math.max(...writeTimes),
    convergedAtMs: participants.map(([clientId]) => convergedAt.get(clientId) ?? Number.NaN),
    ...totals,
  };
}

async function lateJoin(
  command: Extract<WorkerCommand, { type: 'late-join' }>,
): Promise<WorkerReply> {
  const started = nowMs();
  const board = new BenchClient(command.board);
  const control = new BenchClient(command.control, undefined, board.hocuspocusSocket);
  const holdsEverything = () =>
    countInitiatives(board.doc) >= command.initiatives && countVotes(control.doc) >= command.votes;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`late joiner not synced in ${command.timeoutMs} ms`)),
        command.timeoutMs,
      );
      const check = () => {
        if (!holdsEverything()) return;
        clearTimeout(timer);
        resolve();
      };
      board.doc.on('update', check);
      control.doc.on('update', check);
    });
    return { type: 'late-joined', id: command.id, syncMs: nowMs() - started };
  } finally {
    control.destroy();
    board.destroy();
  }
}

function disconnect(command: Extract<WorkerCommand, { type: 'disconnect' }>): WorkerReply {
  for (const client of clients.values()) client.destroy();
  clients.clear();
  return { type: 'disconnected', id: command.id };
}

async function handle(command: WorkerCommand): Promise<WorkerReply> {
  switch (command.type) {
    case 'connect':
      return connect(command);
    case 'fanout-listen':
      return fanoutListen(command);
    case 'fanout-write':
      return fanoutWrite(command);
    case 'fanout-collect':
      return fanoutCollect(command);
    case 'burst':
      return burst(command);
    case 'late-join':
      return lateJoin(command);
    case 'disconnect':
      return disconnect(command);
  }
}

process.on('message', (message: unknown) => {
  const command = message as WorkerCommand;
  handle(command).then(reply, (error: unknown) => {
    reply({
      type: 'failed',
      id: command.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  });
});

// The coordinator going away (crash, Ctrl-C) ends the worker too: no orphaned load generators.
process.on('disconnect', () => process.exit(0));
