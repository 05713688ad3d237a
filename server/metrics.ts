/**
 * Counters for `/metrics` (Prometheus text format). Plain numbers on one object: incrementing is
 * a property write on the hot path, rendering happens only when scraped.
 */
export type Counters = {
  messagesReceived: number;
  bytesReceived: number;
  messagesSent: number;
  bytesSent: number;
  broadcasts: number;
  updatesApplied: number;
  updatesRefused: number;
  budgetRefusals: number;
  rateBudgetClosures: number;
  awarenessRefused: number;
  framesMalformed: number;
  upgradesRefused: number;
  storageFlushes: number;
  storageRecordsWritten: number;
  storageErrors: number;
  compactions: number;
  roomsLoaded: number;
  roomsUnloaded: number;
};

export type Gauges = {
  /** Event-loop delay in ms (server/event-loop.ts), when measured. */
  eventLoop?: { maxMs: number; p99Ms: number; recentMaxMs: number };
  /** CPU time of the longest single frame (server/event-loop.ts), when measured. */
  frameCpu?: { maxMs: number; recentMaxMs: number };
  rooms: number;
  sessions: number;
  connections: number;
  storageHealthy: boolean;
};

export function createCounters(): Counters {
  return {
    messagesReceived: 0,
    bytesReceived: 0,
    messagesSent: 0,
    bytesSent: 0,
    broadcasts: 0,
    updatesApplied: 0,
    updatesRefused: 0,
    budgetRefusals: 0,
    rateBudgetClosures: 0,
    awarenessRefused: 0,
    framesMalformed: 0,
    upgradesRefused: 0,
    storageFlushes: 0,
    storageRecordsWritten: 0,
    storageErrors: 0,
    compactions: 0,
    roomsLoaded: 0,
    roomsUnloaded: 0,
  };
}

const COUNTER_HELP: Record<keyof Counters, string> = {
  messagesReceived: 'Websocket messages received',
  bytesReceived: 'Websocket bytes received',
  messagesSent: 'Websocket messages sent (one per socket)',
  bytesSent: 'Websocket bytes sent',
  broadcasts: 'Room broadcasts (each encoded once, sent to every socket)',
  updatesApplied: 'Yjs updates accepted and applied',
  updatesRefused: 'Yjs updates refused by the authority check',
  budgetRefusals: 'Updates refused by a budget (work per update, schema, counts, storage)',
  rateBudgetClosures: 'Sockets closed for staying over the rate budget',
  awarenessRefused: 'Awareness updates refused (foreign client ids, size, count)',
  framesMalformed: 'Frames that closed their socket with 1007',
  upgradesRefused: 'Websocket upgrades refused with an HTTP status',
  storageFlushes: 'Batched log writes followed by fsync',
  storageRecordsWritten: 'Update records appended to logs',
  storageErrors: 'Failed storage operations (retried)',
  compactions: 'Log compactions into a snapshot',
  roomsLoaded: 'Sessions loaded from disk into memory',
  roomsUnloaded: 'Idle sessions flushed and unloaded',
};

const HELP_BY_NAME = new Map<string, string>(Object.entries(COUNTER_HELP));

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export function renderMetrics(counters: Counters, gauges: Gauges): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(counters)) {
    const name = `collectief_${snake(key)}_total`;
    const help = HELP_BY_NAME.get(key) ?? '';
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`, `${name} ${value}`);
  }
  const memory = process.memoryUsage();
  const gaugeValues: [string, string, number][] = [
    ['collectief_rooms', 'Rooms (documents) in memory', gauges.rooms],
    ['collectief_sessions_loaded', 'Sessions in memory', gauges.sessions],
    ['collectief_connections', 'Open websocket connections', gauges.connections],
    [
      'collectief_storage_healthy',
      '1 when every storage write succeeds',
      gauges.storageHealthy ? 1 : 0,
    ],
    ['process_resident_memory_bytes', 'Resident set size', memory.rss],
    ['nodejs_heap_used_bytes', 'V8 heap in use', memory.heapUsed],
  ];
  if (gauges.eventLoop !== undefined) {
    const { maxMs, p99Ms, recentMaxMs } = gauges.eventLoop;
    gaugeValues.push(
      [
        'collectief_event_loop_delay_max_seconds',
        'Longest event-loop delay since start',
        maxMs / 1000,
      ],
      ['collectief_event_loop_delay_p99_seconds', 'p99 event-loop delay since start', p99Ms / 1000],
      [
        'collectief_event_loop_delay_recent_max_seconds',
        'Longest event-loop delay since the previous scrape',
        recentMaxMs / 1000,
      ],
    );
  }
  if (gauges.frameCpu !== undefined) {
    gaugeValues.push(
      [
        'collectief_frame_cpu_max_seconds',
        'CPU time of the longest frame since start',
        gauges.frameCpu.maxMs / 1000,
      ],
      [
        'collectief_frame_cpu_recent_max_seconds',
        'CPU time of the longest frame since the previous scrape',
        gauges.frameCpu.recentMaxMs / 1000,
      ],
    );
  }
  for (const [name, help, value] of gaugeValues) {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${value}`);
  }
  return lines.join('\n') + '\n';
}
