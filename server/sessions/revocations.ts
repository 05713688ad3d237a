/**
 * Participants the facilitator removed from one session. A revocation takes effect in memory at
 * once (every later credential check sees it, so no request slips through while the disk works)
 * and is then written to meta.json, so it survives a restart. Writes are queued: two removals in
 * quick succession never race to write an older list last.
 */
export class Revocations {
  private readonly ids: Set<string>;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    initial: readonly string[],
    private readonly persist: (ids: string[]) => Promise<void>,
  ) {
    this.ids = new Set(initial);
  }

  has(participantId: string): boolean {
    return this.ids.has(participantId);
  }

  get size(): number {
    return this.ids.size;
  }

  /** Revokes now; the promise settles once the whole list is on disk (rejects if the write failed). */
  revoke(participantId: string): Promise<void> {
    this.ids.add(participantId);
    const next = this.writing.catch(() => undefined).then(() => this.persist([...this.ids]));
    this.writing = next;
    return next;
  }
}
