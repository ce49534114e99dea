/** Writing files so that a concurrent reader sees the old file, the new one or none — never half of one. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
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

/**
 * Puts the finished temp file `tmp` in place of `path`, and returns the removal of the file it replaces, running in
 * the background (await it before exiting). The old file is first renamed aside, so that the rename of the new one
 * replaces nothing: on ext4, renaming over an existing file makes the kernel start writing the new file's data back
 * then and there (auto_da_alloc), which for a graph of gigabytes blocked the build for over a second; and freeing
 * the old file's blocks (another half second) overlaps what the caller does next. A reader sees the old file, then
 * for an instant none, then the new one; a build killed between the two renames leaves `path` missing and the old
 * file beside it, and the graph is rebuilt from the cache by the next build.
 */
export function replaceLargeFile(tmp: string, path: string): Promise<void> {
  const aside = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.old`;
  let moved = true;
  try {
    renameSync(path, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    moved = false;
  }
  try {
    renameSync(tmp, path);
  } catch (err) {
    if (moved) renameSync(aside, path);
    throw err;
  }
  return moved ? rm(aside, { force: true }).catch(() => undefined) : Promise.resolve();
}
