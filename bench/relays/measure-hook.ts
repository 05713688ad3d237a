/**
 * Preloaded (`--import`) into every relay process the benchmark starts, ours and the peers alike,
 * so all three are measured the same way: on request over the fork() IPC channel it collects
 * garbage and answers with the process's own memory and CPU figures. Bench-only: it never
 * runs in production, and the relays' code does not know it exists.
 */
import type { RelayMeasurement, RelayRequest } from './ipc';

const collectGarbage = (globalThis as { gc?: () => void }).gc;

function measure(withGc: boolean): Omit<RelayMeasurement, 'type' | 'id'> {
  if (withGc && collectGarbage) {
    // Twice: the first pass runs finalizers that free more on the second.
    collectGarbage();
    collectGarbage();
  }
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage();
  return {
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    externalBytes: memory.external,
    cpuUserMicros: cpu.user,
    cpuSystemMicros: cpu.system,
    gcAvailable: collectGarbage !== undefined,
  };
}

function isRelayRequest(message: unknown): message is RelayRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'measure'
  );
}

if (process.send) {
  process.on('message', (message: unknown) => {
    if (!isRelayRequest(message)) return;
    const reply: RelayMeasurement = { type: 'measurement', id: message.id, ...measure(message.gc) };
    process.send?.(reply);
  });
  // The IPC channel must not keep a relay alive on its own, nor stop it from exiting.
  process.channel?.unref();
}

if (process.env.BENCH_EXIT_ON_SIGTERM === '1') {
  // Profiling run: exit at once on SIGTERM so `--cpu-prof` writes its file (a default SIGTERM
  // death writes nothing, and a relay's graceful shutdown adds nothing worth profiling).
  process.prependListener('SIGTERM', () => process.exit(0));
}
