/**
 * The record index of a written graph file: where each record's JSON lies in the file, its key, and which documents
 * contributed to it. It lets the next build of the same output copy every record that no changed report touches
 * straight from the previous file (build-splice.ts), instead of merging and writing gigabytes again.
 *
 * Three files beside each other in the build cache (under the extractor's version, so a new extractor drops them):
 *   `<base>.json`  the head: the output file it describes (path, size, mtime, inode: a file edited or replaced by
 *                  anything else is not reused), the documents in rank order with their entries, record counts;
 *   `<base>.keys`  each record's key as a JSON string, one per line, in file order (nodes, then edges);
 *   `<base>.rec`   per record seven float64: start and end byte of its JSON in the file, key start in `.keys`,
 *                  number of contributing documents, rank of the first (whose attributes the record has), and where
 *                  its quiet contributors are listed in `.quiet` and how many;
 *   `<base>.quiet` float64 ranks of the quiet contributors: documents that have the record but gave it no evidence
 *                  (the province of a report that never names it), which its evidence therefore does not tell.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';

export const INDEX_FORMAT = 1;
/** Float64 fields per record in `.rec`. */
export const REC = 7;

export interface IndexHead {
  format: number;
  /** The graph file described, as it was when the index was written. */
  out: { path: string; size: number; mtimeMs: number; ino: number };
  name: string;
  schemaVersion: number;
  /** Documents in rank order (sorted by id) and the cache entry each was merged from. */
  docs: { doc: string; entry: string }[];
  nodes: number;
  edges: number;
}

/** Where the index of output file `out` lives in a cache folder for an extractor version. */
export function indexBase(cacheDir: string, extractor: string, out: string): string {
  const id = createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16);
  return join(cacheDir, extractor, 'outputs', id);
}

/** Collects records in file order, streaming keys and numbers to temp files; `commit` puts them in place. */
export class IndexWriter {
  private readonly keysFd: number;
  private readonly recFd: number;
  private readonly quietFd: number;
  private quiet: number[] = [];
  private quietDone = 0;
  private rec = new Float64Array(REC * 8192);
  private used = 0;
  private keyParts: string[] = [];
  private keyBytes = 0;
  private keyPending = 0;
  records = 0;
  private readonly tmp: string;

  constructor(readonly base: string) {
    mkdirSync(dirname(base), { recursive: true });
    this.tmp = `${base}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    this.keysFd = openSync(`${this.tmp}.keys`, 'w');
    this.recFd = openSync(`${this.tmp}.rec`, 'w');
    this.quietFd = openSync(`${this.tmp}.quiet`, 'w');
  }

  /** A record's JSON lies in [start, end) of the output; `keyJson` is JSON.stringify(key). */
  add(keyJson: string, start: number, end: number, count: number, first: number, quiet: readonly number[]): void {
    if (this.used === this.rec.length) this.flushRec();
    const r = this.rec;
    const u = this.used;
    r[u] = start;
    r[u + 1] = end;
    r[u + 2] = this.keyBytes + this.keyPending;
    r[u + 3] = count;
    r[u + 4] = first;
    r[u + 5] = this.quietDone + this.quiet.length;
    r[u + 6] = quiet.length;
    for (const q of quiet) this.quiet.push(q);
    this.used = u + REC;
    this.keyParts.push(keyJson);
    this.keyPending += Buffer.byteLength(keyJson) + 1;
    if (this.keyParts.length >= 4096) this.flushKeys();
    this.records++;
  }

  /**
   * Records [a, b) of a previous index, copied as a run: their JSON moved by `shift` bytes, the ranks of their first
   * documents mapped through `rank` (old rank → new).
   */
  addRun(prev: GraphIndex, a: number, b: number, shift: number, rank: Float64Array): void {
    if (a >= b) return;
    this.flushKeys();
    const k0 = prev.rec[a * REC + 2]!;
    const k1 = prev.keys.indexOf(10, prev.rec[(b - 1) * REC + 2]!) + 1;
    const moved = this.keyBytes - k0;
    writeSync(this.keysFd, prev.keys, k0, k1 - k0);
    this.keyBytes += k1 - k0;
    for (let i = a; i < b; i++) {
      if (this.used === this.rec.length) this.flushRec();
      const r = this.rec;
      const u = this.used;
      const p = i * REC;
      r[u] = prev.rec[p]! + shift;
      r[u + 1] = prev.rec[p + 1]! + shift;
      r[u + 2] = prev.rec[p + 2]! + moved;
      r[u + 3] = prev.rec[p + 3]!;
      r[u + 4] = rank[prev.rec[p + 4]!]!;
      r[u + 5] = this.quietDone + this.quiet.length;
      r[u + 6] = prev.rec[p + 6]!;
      for (let q = prev.rec[p + 5]!, e = q + prev.rec[p + 6]!; q < e; q++) this.quiet.push(rank[prev.quiet[q]!]!);
      this.used = u + REC;
    }
    this.records += b - a;
  }

  private flushRec(): void {
    writeSync(this.recFd, new Uint8Array(this.rec.buffer, 0, this.used * 8));
    this.used = 0;
    if (this.quiet.length) {
      const q = Float64Array.from(this.quiet);
      writeSync(this.quietFd, new Uint8Array(q.buffer));
      this.quietDone += q.length;
      this.quiet = [];
    }
  }

  private flushKeys(): void {
    if (!this.keyParts.length) return;
    const bytes = Buffer.from(`${this.keyParts.join('\n')}\n`, 'utf8');
    writeSync(this.keysFd, bytes);
    this.keyBytes += bytes.length;
    this.keyPending = 0;
    this.keyParts = [];
  }

  /** Writes the head for the finished output file (stat it after it is closed and in place). */
  commit(head: Omit<IndexHead, 'format' | 'out'>, outPath: string): void {
    this.close();
    const st = statSync(outPath);
    const full: IndexHead = {
      format: INDEX_FORMAT,
      out: { path: resolve(outPath), size: st.size, mtimeMs: st.mtimeMs, ino: st.ino },
      ...head,
    };
    // the head goes last: an index without its head (a build killed halfway) is never read
    rmSync(`${this.base}.json`, { force: true });
    renameSync(`${this.tmp}.keys`, `${this.base}.keys`);
    renameSync(`${this.tmp}.rec`, `${this.base}.rec`);
    renameSync(`${this.tmp}.quiet`, `${this.base}.quiet`);
    const tmpHead = `${this.tmp}.json`;
    const fd = openSync(tmpHead, 'w');
    writeSync(fd, JSON.stringify(full));
    closeSync(fd);
    renameSync(tmpHead, `${this.base}.json`);
  }

  private closed = false;
  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.flushRec();
    this.flushKeys();
    closeSync(this.recFd);
    closeSync(this.keysFd);
    closeSync(this.quietFd);
  }

  /** Drops the temp files (the build failed or wrote elsewhere). */
  discard(): void {
    this.close();
    rmSync(`${this.tmp}.keys`, { force: true });
    rmSync(`${this.tmp}.rec`, { force: true });
    rmSync(`${this.tmp}.quiet`, { force: true });
  }
}

/** A loaded index: the head, the records' numbers, the keys' bytes and the quiet contributors. */
export interface GraphIndex {
  head: IndexHead;
  rec: Float64Array;
  keys: Buffer;
  quiet: Float64Array;
}

/** A file's bytes as float64s (copied: a Buffer from readFileSync may sit at any offset of a pool). */
function float64s(path: string): Float64Array | null {
  const bytes = readFileSync(path);
  if (bytes.length % 8) return null;
  const out = new Float64Array(bytes.length / 8);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/**
 * The index of `outPath`, when there is one and the file is still exactly the one it describes (same size, mtime and
 * inode); null otherwise (then the build merges from scratch).
 */
export function readIndex(base: string, outPath: string): GraphIndex | null {
  try {
    const head = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as IndexHead;
    if (head.format !== INDEX_FORMAT || head.out.path !== resolve(outPath)) return null;
    const st = statSync(outPath);
    if (st.size !== head.out.size || st.mtimeMs !== head.out.mtimeMs || st.ino !== head.out.ino) return null;
    const rec = float64s(`${base}.rec`);
    const quiet = float64s(`${base}.quiet`);
    const records = head.nodes + head.edges;
    if (!rec || !quiet || rec.length !== records * REC) return null;
    const keys = readFileSync(`${base}.keys`);
    if (records > 0 && rec[(records - 1) * REC + 2]! >= keys.length) return null;
    if (records > 0 && rec[(records - 1) * REC + 5]! + rec[(records - 1) * REC + 6]! !== quiet.length) return null;
    return { head, rec, keys, quiet };
  } catch {
    return null;
  }
}

/** The key of record i (its JSON line in `.keys`). */
export function indexKey(ix: GraphIndex, i: number): string {
  const s = ix.rec[i * REC + 2]!;
  const e = ix.keys.indexOf(10, s);
  return JSON.parse(ix.keys.toString('utf8', s, e)) as string;
}
