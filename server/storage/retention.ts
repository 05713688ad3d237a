/**
 * Deletes sessions older than RETENTION_DAYS (workshop data is personal: it should not linger),
 * and directories a crash left without meta.json. Loaded sessions are left alone.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../log';
import { describeError } from '../log';
import { listSessionCodes, readMeta, removeSessionDir, sessionDir } from './session-files';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export async function sweepExpiredSessions(
  dataDir: string,
  retentionDays: number,
  isLoaded: (code: string) => boolean,
  log: Logger,
): Promise<void> {
  const now = Date.now();
  for (const code of await listSessionCodes(dataDir)) {
    if (isLoaded(code)) continue;
    const directory = sessionDir(dataDir, code);
    try {
      const meta = await readMeta(directory);
      const abandoned = meta === null && now - (await stat(directory)).mtimeMs > HOUR;
      const expired =
        meta !== null && retentionDays > 0 && now - meta.createdAt > retentionDays * DAY;
      if (!abandoned && !expired) continue;
      await removeSessionDir(directory);
      log.info('session-expired', {
        code,
        reason: expired ? `older than ${retentionDays} days` : 'incomplete creation',
      });
    } catch (error) {
      log.error('retention-sweep-failed', {
        code,
        directory: path.basename(directory),
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
