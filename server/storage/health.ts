/**
 * Storage problems currently unresolved, keyed by the file or operation that failed. `/healthz`
 * answers 503 while any is present; a successful retry removes its entry.
 */
import type { Logger } from '../log';

export class StorageHealth {
  private readonly problems = new Map<string, string>();

  constructor(private readonly log: Logger) {}

  fail(key: string, problem: string): void {
    if (!this.problems.has(key)) this.log.error('storage-failing', { target: key, problem });
    this.problems.set(key, problem);
  }

  recover(key: string): void {
    if (this.problems.delete(key)) this.log.info('storage-recovered', { target: key });
  }

  get healthy(): boolean {
    return this.problems.size === 0;
  }

  list(): string[] {
    return [...this.problems].map(([key, problem]) => `${key}: ${problem}`);
  }
}
