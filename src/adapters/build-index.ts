/**
 * The record index of a written graph file: where each record's JSON lies in the file and which documents
 * contributed to it. It lets the next build of the same output copy every record that no changed report touches
 * straight from the previous file (build-splice.ts), instead of merging and writing gigabytes again.
 *
 * Files beside each other in the build cache (under the extractor's version, so a new extractor drops them):
 *   `<base>.json`  the head: the output file it describes (path, size, mtime, inode: a file edited or replaced by
 *                  anything else is not reused), the documents in rank order with their entries, record counts;
 *   `<base>.rec`   per record, in file order (nodes, then edges), seven float64: start and end byte of its JSON in the
 *                  file, number of contributing documents, rank of the first (whose attributes the record has),
 *                  where its quiet contributors are listed in `.quiet` and how many, its key's 32-bit hash, and where
 *                  its evidence list lies in its JSON (`packBounds`);
 *   `<base>.quiet` float64 ranks of the quiet contributors: documents that have the record but gave it no evidence
 *                  (the province of a report that never names it), which its evidence therefore does not tell;
 *   `<base>.hash`  float64, sorted: hash of the key × 2^b + record number, so a key is found by binary search
 *                  (the key itself is read back from the graph file to confirm it). No key is stored: the records
 *                  are in key order in the file, which is where a new key's place is looked up.
 * A few dozen bytes per record: the index of a 3.7 GB graph (5 million records) is ~300 MB, read in pieces.
 */
import {
  closeSync,
  existsSync,
  readdirSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { hashName } from './gazetteer/index-format.ts';
import { lowerBound } from './lower-bound.ts';
import { readFully } from './read-fully.ts';

export const INDEX_FORMAT = 2;
/** Float64 fields per record in `.rec`. */
export const REC = 8;

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

/**
 * Hears of a record written: its key's hash (`hashKey`), its JSON's bounds in the output, its documents' count, the
 * first one's rank, the ranks of those that gave it no evidence, and where its evidence list lies (`packBounds`).
 */
export type OnRecord = (
  hash: number,
  start: number,
  end: number,
  count: number,
  first: number,
  quiet: ArrayLike<number>,
  bounds: number,
) => void;

/** A record key's 32-bit hash (FNV-1a), as the index keeps it. */
export const hashKey: (key: string) => number = hashName;

/**
 * Where a record's evidence list lies in its JSON, in one number: the `[` at `open` bytes from its start, the `]` at
 * `tail` bytes before its end. -1 when either is too large to pack (the splice then merges from scratch).
 */
export function packBounds(open: number, tail: number): number {
  return open < 2 ** 28 && tail < 2 ** 24 ? open * 2 ** 24 + tail : -1;
}

export function unpackBounds(v: number): { open: number; tail: number } | null {
  if (v < 0) return null;
  const tail = v % 2 ** 24;
  return { open: (v - tail) / 2 ** 24, tail };
}

/** Bits for the record number in `.hash` values (the rest of the 53 hold the key's hash). */
function recordBits(records: number): number {
  return Math.max(1, Math.ceil(Math.log2(records + 1)));
}

/** A key's 32-bit hash as `.hash` keeps it, for an index of `records` records (its top bits: 53 minus the record's). */
function keptHash(hash: number, records: number): number {
  return hash >>> (32 - Math.min(32, 53 - recordBits(records)));
}

/**
 * The `.hash` values of records with these key hashes (in file order), sorted. The kept hashes are uniform, so a
 * counting pass by their top bits puts each in a bucket of a few, and the buckets are finished by insertion: three
 * times faster than sorting the float64s (0.26 s against 0.85 s for five million records), which an incremental
 * rebuild of a large corpus pays on every run.
 */
export function sortedHashes(hashes: Uint32Array): Float64Array {
  const n = hashes.length;
  const shift = 2 ** recordBits(n);
  const keptBits = Math.min(32, 53 - recordBits(n));
  // about one bucket per record
  const bucketBits = Math.min(keptBits, Math.max(1, Math.ceil(Math.log2(n + 1))));
  const drop = keptBits - bucketBits;
  const starts = new Uint32Array(2 ** bucketBits + 1);
  const kept = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const k = keptHash(hashes[i]!, n);
    kept[i] = k;
    starts[Math.floor(k / 2 ** drop) + 1]!++;
  }
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const next = starts.slice(0, -1);
  const out = new Float64Array(n);
  // records in file order: within a bucket, equal hashes stay in record order (their values are ordered by it)
  for (let i = 0; i < n; i++) out[next[Math.floor(kept[i]! / 2 ** drop)]!++] = kept[i]! * shift + i;
  for (let b = 0; b + 1 < starts.length; b++)
    for (let x = starts[b]! + 1, lo = starts[b]!; x < starts[b + 1]!; x++) {
      const v = out[x]!;
      let y = x - 1;
      for (; y >= lo && out[y]! > v; y--) out[y + 1] = out[y]!;
      out[y + 1] = v;
    }
  return out;
}

/** A uint32 array that grows; its filled part is `view()`. */
class Uint32s {
  buf = new Uint32Array(1 << 16);
  n = 0;
  push(x: number): void {
    if (this.n === this.buf.length) {
      const bigger = new Uint32Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.n++] = x;
  }
  view(): Uint32Array {
    return this.buf.subarray(0, this.n);
  }
}

/** Collects records in file order, streaming their numbers to temp files; `commit` puts them in place. */
export class IndexWriter {
  private readonly recFd: number;
  private readonly quietFd: number;
  private rec = new Float64Array(REC * 8192);
  private used = 0;
  private quiet: number[] = [];
  private quietDone = 0;
  /** Each record's key hash (full 32 bits), in file order: sorted into `.hash` at commit. */
  private readonly hashes = new Uint32s();
  private readonly tmp: string;

  get records(): number {
    return this.hashes.n;
  }

  constructor(readonly base: string) {
    mkdirSync(dirname(base), { recursive: true });
    this.tmp = `${base}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    this.recFd = openSync(`${this.tmp}.rec`, 'w');
    this.quietFd = openSync(`${this.tmp}.quiet`, 'w');
  }

  /** A record (its key's `hashKey`) whose JSON lies in [start, end) of the output. */
  readonly add: OnRecord = (hash, start, end, count, first, quiet, bounds) => {
    if (this.used === this.rec.length) this.flushRec();
    const r = this.rec;
    const u = this.used;
    r[u] = start;
    r[u + 1] = end;
    r[u + 2] = count;
    r[u + 3] = first;
    r[u + 4] = this.quietDone + this.quiet.length;
    r[u + 5] = quiet.length;
    r[u + 6] = hash;
    r[u + 7] = bounds;
    for (let q = 0; q < quiet.length; q++) this.quiet.push(quiet[q]!);
    this.used = u + REC;
    this.hashes.push(hash);
  };

  /**
   * Records [a, b) of a previous index, copied as a run: their JSON moved by `shift` bytes, the ranks of their
   * documents mapped through `rank` (old rank → new).
   */
  addRun(prev: GraphIndex, a: number, b: number, shift: number, rank: Float64Array): void {
    for (let i = a; i < b;) {
      const { rec, from } = prev.recs(i);
      const to = Math.min(b, from + rec.length / REC);
      for (; i < to; i++) {
        if (this.used === this.rec.length) this.flushRec();
        const r = this.rec;
        const u = this.used;
        const p = (i - from) * REC;
        r[u] = rec[p]! + shift;
        r[u + 1] = rec[p + 1]! + shift;
        r[u + 2] = rec[p + 2]!;
        r[u + 3] = rank[rec[p + 3]!]!;
        r[u + 4] = this.quietDone + this.quiet.length;
        r[u + 5] = rec[p + 5]!;
        r[u + 6] = rec[p + 6]!;
        r[u + 7] = rec[p + 7]!;
        for (let q = 0; q < rec[p + 5]!; q++) this.quiet.push(rank[prev.quietAt(rec[p + 4]! + q)]!);
        this.used = u + REC;
        this.hashes.push(rec[p + 6]!);
      }
    }
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

  /** Writes the sorted hashes and the head for the finished output file (stat it once closed and in place). */
  commit(head: Omit<IndexHead, 'format' | 'out'>, outPath: string): void {
    this.close();
    const sorted = sortedHashes(this.hashes.view());
    const hashFd = openSync(`${this.tmp}.hash`, 'w');
    writeSync(hashFd, new Uint8Array(sorted.buffer));
    closeSync(hashFd);
    const st = statSync(outPath);
    const full: IndexHead = {
      format: INDEX_FORMAT,
      out: { path: resolve(outPath), size: st.size, mtimeMs: st.mtimeMs, ino: st.ino },
      ...head,
    };
    // the head goes last: an index without its head (a build killed halfway) is never read
    rmSync(`${this.base}.json`, { force: true });
    for (const ext of ['rec', 'quiet', 'hash']) renameSync(`${this.tmp}.${ext}`, `${this.base}.${ext}`);
    const tmpHead = `${this.tmp}.json`;
    const fd = openSync(tmpHead, 'w');
    writeSync(fd, JSON.stringify(full));
    closeSync(fd);
    renameSync(tmpHead, `${this.base}.json`);
    pruneIndexes(dirname(this.base));
  }

  private closed = false;
  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.flushRec();
    closeSync(this.recFd);
    closeSync(this.quietFd);
  }

  /** Drops the temp files (the build failed or wrote elsewhere). */
  discard(): void {
    this.close();
    for (const ext of ['rec', 'quiet', 'hash']) rmSync(`${this.tmp}.${ext}`, { force: true });
  }
}

/**
 * Drops the indexes of graph files that are gone (an output renamed or deleted): each is hundreds of megabytes for a
 * large corpus. Best effort: another build may be using the folder.
 */
function pruneIndexes(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return;
  }
  for (const name of names)
    try {
      const base = join(dir, name.slice(0, -'.json'.length));
      const head = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as IndexHead;
      if (existsSync(head.out.path)) continue;
      for (const ext of ['json', 'rec', 'quiet', 'hash']) rmSync(`${base}.${ext}`, { force: true });
    } catch {
      // being written by another build, or already gone
    }
}

/** Records read per window of `.rec` (sequential runs are read a window at a time). */
const WINDOW = 1 << 15;

/**
 * An index opened for a rebuild: the head and the sorted hashes in memory, the records' numbers read from `.rec` as
 * they are needed (a window at a time), the quiet contributors in memory (few).
 */
export class GraphIndex {
  private window = new Float64Array(WINDOW * REC);
  private windowFrom = -1;
  private windowLen = 0;
  private readonly one = new Float64Array(REC);
  private constructor(
    readonly head: IndexHead,
    private readonly recFd: number,
    private readonly hashes: Float64Array,
    private readonly quiet: Float64Array,
  ) {}

  get records(): number {
    return this.head.nodes + this.head.edges;
  }

  /**
   * The index of `outPath` at `base`, when there is one and the file is still exactly the one it describes (same
   * size, mtime and inode); null otherwise (then the build merges from scratch). Close it after use.
   */
  static open(base: string, outPath: string): GraphIndex | null {
    let fd: number | null = null;
    try {
      const head = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as IndexHead;
      if (head.format !== INDEX_FORMAT || head.out.path !== resolve(outPath)) return null;
      const st = statSync(outPath);
      if (st.size !== head.out.size || st.mtimeMs !== head.out.mtimeMs || st.ino !== head.out.ino) return null;
      const records = head.nodes + head.edges;
      fd = openSync(`${base}.rec`, 'r');
      const hashes = float64s(`${base}.hash`);
      const quiet = float64s(`${base}.quiet`);
      if (!hashes || !quiet || fstatSync(fd).size !== records * REC * 8 || hashes.length !== records) {
        closeSync(fd);
        return null;
      }
      return new GraphIndex(head, fd, hashes, quiet);
    } catch {
      if (fd !== null) closeSync(fd);
      return null;
    }
  }

  close(): void {
    closeSync(this.recFd);
  }

  /** The numbers of records from `i` on, as a window: `rec` holds record `from` and the next ones. */
  recs(i: number): { rec: Float64Array; from: number } {
    if (i < this.windowFrom || i >= this.windowFrom + this.windowLen) this.load(i);
    return { rec: this.window.subarray(0, this.windowLen * REC), from: this.windowFrom };
  }

  private load(from: number): void {
    const n = Math.min(WINDOW, this.records - from);
    readFloats(this.recFd, this.window, n * REC, from * REC * 8);
    this.windowFrom = from;
    this.windowLen = n;
  }

  /**
   * Record i's numbers (start, end, count, first, quietAt, quietN, hash, bounds): a view, valid until the next call.
   * Read with their neighbours (a rebuild visits records in file order), never one small read per record.
   */
  rec(i: number): Float64Array {
    // windows start at multiples of half their size, so that records close to each other share one
    if (i < this.windowFrom || i >= this.windowFrom + this.windowLen) this.load(i - (i % (WINDOW / 2)));
    return this.window.subarray((i - this.windowFrom) * REC, (i - this.windowFrom + 1) * REC);
  }

  /** Record i's numbers read on their own (for probes far apart: a binary search), valid until the next call. */
  recAlone(i: number): Float64Array {
    if (i >= this.windowFrom && i < this.windowFrom + this.windowLen) return this.rec(i);
    readFloats(this.recFd, this.one, REC, i * REC * 8);
    return this.one;
  }

  quietAt(q: number): number {
    return this.quiet[q]!;
  }

  /** Record numbers whose key may be `key` (equal hashes: read the key back to be sure). */
  candidates(key: string): number[] {
    const shift = 2 ** recordBits(this.records);
    const lo = keptHash(hashName(key), this.records) * shift;
    const hs = this.hashes;
    const a = lowerBound(hs, lo);
    const out: number[] = [];
    for (let i = a; i < hs.length && hs[i]! < lo + shift; i++) out.push(hs[i]! - lo);
    return out;
  }
}

/** Reads n float64s at byte `pos` of fd into `into`. */
function readFloats(fd: number, into: Float64Array, n: number, pos: number): void {
  readFully(fd, new Uint8Array(into.buffer, into.byteOffset, n * 8), 0, n * 8, pos, 'record index');
}

/** A file's bytes as float64s (copied: a Buffer from readFileSync may sit at any offset of a pool). */
function float64s(path: string): Float64Array | null {
  const bytes = readFileSync(path);
  if (bytes.length % 8) return null;
  const out = new Float64Array(bytes.length / 8);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}
