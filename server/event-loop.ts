/**
 * The event loop's delay, measured by Node itself (perf_hooks.monitorEventLoopDelay): the one
 * number that says whether some piece of work blocked every session at once. Exposed in
 * /metrics as the maximum since start and since the previous scrape (what the reliability tests
 * read before and after an attack).
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/** Sampling resolution in ms: finer costs a timer wake-up per ms. */
const RESOLUTION_MS = 10;

export type EventLoopDelaySnapshot = { maxMs: number; p99Ms: number; recentMaxMs: number };

export class EventLoopDelay {
  private readonly sinceStart: IntervalHistogram;
  private readonly sinceScrape: IntervalHistogram;

  constructor() {
    this.sinceStart = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
    this.sinceScrape = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
    this.sinceStart.enable();
    this.sinceScrape.enable();
  }

  /** Reads both histograms and starts a new "since the previous scrape" window. */
  scrape(): EventLoopDelaySnapshot {
    const toMs = (nanoseconds: number): number => nanoseconds / 1e6;
    const snapshot = {
      maxMs: toMs(this.sinceStart.max),
      p99Ms: toMs(this.sinceStart.percentile(99)),
      recentMaxMs: toMs(this.sinceScrape.max),
    };
    this.sinceScrape.reset();
    return snapshot;
  }

  stop(): void {
    this.sinceStart.disable();
    this.sinceScrape.disable();
  }
}

/**
 * The CPU time of the longest single frame the relay handled: unlike wall-clock delay, it does
 * not grow when a busy machine deschedules the process, so it shows what one frame costs.
 * One recorder per process, like the event loop it measures.
 */
class FrameCost {
  private recentMaxMs = 0;
  private maxMs = 0;

  record(cpuMs: number): void {
    if (cpuMs > this.recentMaxMs) this.recentMaxMs = cpuMs;
    if (cpuMs > this.maxMs) this.maxMs = cpuMs;
  }

  /** Longest since start and since the previous scrape (which starts a new window). */
  scrape(): { maxMs: number; recentMaxMs: number } {
    const snapshot = { maxMs: this.maxMs, recentMaxMs: this.recentMaxMs };
    this.recentMaxMs = 0;
    return snapshot;
  }
}

export const frameCost = new FrameCost();
