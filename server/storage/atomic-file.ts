/**
 * Replace a file so that a crash leaves either the old or the new content, never a mix:
 * write a temporary sibling, fsync it, rename over the target, fsync the directory (the rename
 * itself is only durable once the directory entry is).
 */
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeFileAtomic(target: string, content: Uint8Array | string): Promise<void> {
  const temporary = `${target}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(content);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(path.dirname(target));
}
