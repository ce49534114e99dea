/**
 * Which reports the build cache already holds. A report's entry is keyed by the sha256 of its bytes; hashing a
 * 100 MB archive on every build costs about a second, so the hash of each file is remembered with its stat (size,
 * mtime, ctime, inode) in `<cache>/files.json` and a file whose stat has not changed is not read again. As git does
 * for its index, a stat taken less than RACY_MS after the file's last change is not trusted (a write in the same
 * clock tick could leave size and times unchanged).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { entryKey, entryPath } from './build-cache.ts';
import { readEntryHeader, type EntryHeader } from './build-entry.ts';
import { writeFileAtomic } from './write-atomic.ts';
import { join, resolve } from 'node:path';

const RACY_MS = 2000;

/** size, mtimeMs, ctimeMs, ino, sha256, when the stat was taken. */
type Known = [number, number, number, number, string, number];

export interface Lookup {
  file: string;
  docId: string;
  /** Size in bytes (0 when the file cannot be read: the extraction reports why). */
  bytes: number;
  /** The entry this report has or will have; null when the file cannot be read. */
  entry: string | null;
  /** The entry's header when the cache holds a valid one. */
  header: EntryHeader | null;
}

export class FileHashes {
  private readonly known: Record<string, Known>;
  private readonly seen: Record<string, Known> = {};
  /** Files read and hashed (the others were known by their stat). */
  hashed = 0;

  /** `now`: when this build looks (tests pass a later time instead of waiting). */
  constructor(
    private readonly path: string | null,
    private readonly now = Date.now(),
  ) {
    let known: Record<string, Known> = {};
    try {
      if (path) known = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Known>;
    } catch {
      // no index yet, or a damaged one: every file is hashed
    }
    this.known = known;
  }

  /** sha256 and size of a file, or null when it cannot be read. */
  hash(file: string): { sha: string; bytes: number } | null {
    const abs = resolve(file);
    try {
      const s = statSync(abs);
      const k = this.known[abs];
      if (
        k &&
        k[0] === s.size &&
        k[1] === s.mtimeMs &&
        k[2] === s.ctimeMs &&
        k[3] === s.ino &&
        k[5] - Math.max(s.mtimeMs, s.ctimeMs) > RACY_MS
      ) {
        this.seen[abs] = k;
        return { sha: k[4], bytes: s.size };
      }
      const bytes = readFileSync(abs);
      this.hashed++;
      const sha = createHash('sha256').update(bytes).digest('hex');
      const after = statSync(abs);
      // remembered only when the file did not change while it was read
      if (after.mtimeMs === s.mtimeMs && after.size === bytes.length)
        this.seen[abs] = [s.size, s.mtimeMs, s.ctimeMs, s.ino, sha, this.now];
      return { sha, bytes: bytes.length };
    } catch {
      return null;
    }
  }

  /** Keeps what this build saw (files no longer given are forgotten). Best effort. */
  save(): void {
    if (!this.path) return;
    try {
      writeFileAtomic(this.path, JSON.stringify(this.seen));
    } catch {
      // a read-only cache still works, it only hashes again next time
    }
  }
}

export function fileHashes(cacheDir: string | null, now?: number): FileHashes {
  return new FileHashes(cacheDir ? join(cacheDir, 'files.json') : null, now);
}

/** Looks every report up in the cache. */
export function lookupEntries(
  files: string[],
  ids: string[],
  cacheDir: string,
  extractor: string,
  hashes: FileHashes,
): Lookup[] {
  return files.map((file, i) => {
    const docId = ids[i]!;
    const h = hashes.hash(file);
    if (!h) return { file, docId, bytes: 0, entry: null, header: null };
    const entry = entryPath(cacheDir, extractor, entryKey(h.sha, docId, file, extractor));
    const header = readEntryHeader(entry);
    return { file, docId, bytes: h.bytes, entry, header: header?.doc === docId ? header : null };
  });
}
