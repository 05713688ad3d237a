/**
 * Figures read from /proc for a process by pid: they need no cooperation from the process, so
 * they work while its event loop is busy (an IPC question would wait behind the work).
 */
import { readFile } from 'node:fs/promises';

/** Linux reports utime/stime in clock ticks; USER_HZ is 100 on every mainstream kernel config. */
const CLOCK_TICKS_PER_SECOND = 100;

export async function cpuMillisFromProc(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Field 2 (comm) may contain spaces: count fields from after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const userTicks = Number(fields[11]);
  const systemTicks = Number(fields[12]);
  return ((userTicks + systemTicks) * 1000) / CLOCK_TICKS_PER_SECOND;
}

export async function rssBytesFromProc(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kib === undefined ? Number.NaN : Number(kib) * 1024;
}

/**
 * Resolves once the process used under `busyFraction` of one core over a `windowMs` window
 * (or after `maxWaitMs`, whichever comes first); returns how long it waited. Not zero: with
 * hundreds of clients the relay is never idle (each renews its awareness every 15 s).
 */
export async function waitUntilQuiet(
  pid: number,
  options = { windowMs: 500, busyFraction: 0.2, maxWaitMs: 20_000 },
): Promise<number> {
  const started = performance.now();
  let previous = await cpuMillisFromProc(pid);
  while (performance.now() - started < options.maxWaitMs) {
    await new Promise((resolve) => setTimeout(resolve, options.windowMs));
    const current = await cpuMillisFromProc(pid);
    if (current - previous <= options.windowMs * options.busyFraction) break;
    previous = current;
  }
  return performance.now() - started;
}
