/**
 * Deletes sessions older than RETENTION_DAYS (workshop data is personal: it should not linger),
 * and sessions a crash left without metadata (a creation that never completed). Loaded sessions
 * are left alone.
 */
import type { Logger } from '../log';
import { describeError } from '../log';
import type { SessionStore } from './store';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export async function sweepExpiredSessions(
  store: SessionStore,
  retentionDays: number,
  isLoaded: (code: string) => boolean,
  log: Logger,
): Promise<void> {
  const now = Date.now();
  for (const code of await store.listCodes()) {
    if (isLoaded(code)) continue;
    try {
      const meta = await store.readMeta(code);
      const abandoned = meta === null && now - (await store.lastModified(code)) > HOUR;
      const expired =
        meta !== null && retentionDays > 0 && now - meta.createdAt > retentionDays * DAY;
      if (!abandoned && !expired) continue;
      await store.delete(code);
      log.info('session-expired', {
        code,
        reason: expired ? `older than ${retentionDays} days` : 'incomplete creation',
      });
    } catch (error) {
      log.error('retention-sweep-failed', {
        code,
        directory: code,
        error: describeError(error),
      });
    }
  }
}

export function startRetentionSweeps(run: () => Promise<void>, log: Logger): () => void {
  const sweep = (): void => {
    run().catch((error: unknown) =>
      log.error('retention-sweep-failed', { error: describeError(error) }),
    );
  };
  sweep();
  const timer = setInterval(sweep, 6 * HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
