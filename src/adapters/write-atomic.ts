/** Writing files so that a concurrent reader sees the old file, the new one or none — never half of one. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes via a temp file in the same folder + rename (atomic on one file system); creates the folder when it is
 * missing. The write is tried first: a build writes thousands of entries into 256 folders, and a recursive mkdir
 * before each one measured about as costly as opening the file.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array | string): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    try {
      writeFileSync(tmp, bytes);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(tmp, bytes);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
