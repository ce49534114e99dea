/**
 * The two steps of the merge (build-merge.ts), each run by the main thread or by merge worker threads:
 *  - `spillDocs`: read documents' cache entries, put their evidence texts into the text store and append each
 *    record, tagged with its document's rank, to the spill file of its key range;
 *  - `writePartition`: read one key range's spill files, group the records by key, sort, and write them as JSON.
 */
import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
import { cmp } from '../core/graph/builder.ts';
import type { Evidence } from '../core/graph/schema.ts';
import { ITEM_JSON, putPrefix, readEntryRecords, recordKey } from './build-entry.ts';
import { itemJson, type DocTexts, type Output, type TextStore } from './build-output.ts';
import { hashKey, packBounds, type OnRecord } from './build-index.ts';
import { readFully } from './read-fully.ts';

/** Each spill buffers this many bytes before writing. */
const SPILL_BUFFER = 256 * 1024;

/** A document to spill: where its texts go in the store (`textAt` bytes, `startAt` in `starts`). */
export interface SpillDoc {
  rank: number;
  doc: string;
  entry: string;
  texts: number;
  textBytes: number;
  textAt: number;
  startAt: number;
}

export interface Bounds {
  nodes: string[];
  edges: string[];
}

/** A key range's records from one thread: copied into a buffer, appended to its file when full. */
class Spill {
  private fd: number | null = null;
  private readonly buf = Buffer.allocUnsafe(SPILL_BUFFER);
  private used = 0;
  constructor(private readonly path: string) {}

  add(tag: Buffer, src: Buffer, start: number, end: number): void {
    if (this.used + tag.length + end - start > SPILL_BUFFER) this.flush();
    this.used += tag.copy(this.buf, this.used);
    if (end - start > SPILL_BUFFER - this.used) {
      this.flush();
      writeSync((this.fd ??= openSync(this.path, 'a')), src, start, end - start);
    } else this.used += src.copy(this.buf, this.used, start, end);
  }

  flush(): void {
    if (this.used === 0) return;
    writeSync((this.fd ??= openSync(this.path, 'a')), this.buf, 0, this.used);
    this.used = 0;
  }

  close(): void {
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

export function spillPath(dir: string, tag: string, kind: 'n' | 'e', part: number): string {
  return `${dir}/${tag}-${kind}${part}`;
}

function partitionOf(bounds: string[], key: string): number {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bounds[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Spills the documents' records into `<dir>/<tag>-n<i>` and `-e<i>` and their texts into the store. Returns the
 * ranks of the documents whose entries are damaged (nothing of them was spilled).
 */
export function spillDocs(docs: SpillDoc[], bounds: Bounds, dir: string, tag: string, store: TextStore): number[] {
  const nodeSpills = bounds.nodes
    .map((_, i) => new Spill(spillPath(dir, tag, 'n', i)))
    .concat(new Spill(spillPath(dir, tag, 'n', bounds.nodes.length)));
  const edgeSpills = bounds.edges
    .map((_, i) => new Spill(spillPath(dir, tag, 'e', i)))
    .concat(new Spill(spillPath(dir, tag, 'e', bounds.edges.length)));
  const damaged: number[] = [];
  for (const d of docs) {
    const records = readEntryRecords(d.entry, d.doc);
    if (!records || records.header.texts !== d.texts || records.header.textBytes !== d.textBytes) {
      damaged.push(d.rank);
      continue;
    }
    const { body, starts, header } = records;
    const n = header.nodes + header.edges;
    const from = starts[n]!;
    store.buf.set(body.subarray(from), d.textAt);
    for (let t = 0; t <= header.texts; t++) store.starts[d.startAt + t] = d.textAt + starts[n + t]! - from;
    const tag = Buffer.from(`${d.rank}\t`);
    for (let i = 0; i < n; i++) {
      const key = recordKey(body, starts[i]!);
      const spill =
        i < header.nodes ? nodeSpills[partitionOf(bounds.nodes, key)]! : edgeSpills[partitionOf(bounds.edges, key)]!;
      spill.add(tag, body, starts[i]!, starts[i + 1]!);
    }
  }
  for (const s of [...nodeSpills, ...edgeSpills]) s.close();
  return damaged;
}

/**
 * What repeated `mergeEvidence(into, more)` calls give (append what is new by document and span, keep the order
 * (doc, start, end)), in one pass. Mutates `into`.
 */
function unionEvidence(into: Evidence[], more: Evidence[][]): void {
  const id = (e: Evidence) => `${e.doc}\0${e.start}\0${e.end}`;
  const seen = new Set(into.map(id));
  for (const list of more)
    for (const e of list) {
      const k = id(e);
      if (!seen.has(k)) {
        seen.add(k);
        into.push(e);
      }
    }
  into.sort((a, b) => cmp(a.doc, b.doc) || a.start - b.start || a.end - b.end);
}

/** A key range's spilled records, parsed: per record its document rank and the bounds of its three fields. */
class Partition {
  readonly byKey = new Map<string, number | number[]>();
  /** Per record: rank, prefix start, items start, suffix start, end (each field ends one byte before the next). */
  readonly at: Int32Array;
  /** Whether records of one key may come out of rank order (spilled by several threads). */
  readonly mixed: boolean;
  constructor(
    readonly buf: Buffer,
    sources: number,
  ) {
    this.mixed = sources > 1;
    // records are at least ~60 bytes: a generous size, trimmed below (the array is reused, partition after partition)
    const need = Math.ceil(buf.length / 48) * 5 + 5;
    if (recordBounds.length < need) recordBounds = new Int32Array(Math.ceil(need * 1.25));
    let at = recordBounds;
    let r = 0;
    for (let start = 0; start < buf.length; r++) {
      let t0 = start;
      let rank = 0;
      for (let c = buf[t0]!; c !== 9; c = buf[++t0]!) rank = rank * 10 + c - 48;
      const t2 = buf.indexOf(9, t0 + 1);
      const t3 = buf.indexOf(9, t2 + 1);
      const end = buf.indexOf(10, t3 + 1);
      const a = r * 5;
      if (a + 5 > at.length) {
        const bigger = new Int32Array(at.length * 2);
        bigger.set(at);
        at = recordBounds = bigger;
      }
      at[a] = rank;
      at[a + 1] = t0 + 1;
      at[a + 2] = t2 + 1;
      at[a + 3] = t3 + 1;
      at[a + 4] = end;
      const key = recordKey(buf, t0 + 1);
      const have = this.byKey.get(key);
      if (have === undefined) this.byKey.set(key, r);
      else if (typeof have === 'number') this.byKey.set(key, [have, r]);
      else have.push(r);
      start = end + 1;
    }
    this.at = at.subarray(0, r * 5);
  }

  /**
   * Writes the records in key order, merging those that several documents share; returns how many. `onRecord` hears
   * of each record written: its key, where its JSON lies in the output, how many documents it merges and the rank of
   * the first.
   */
  write(out: Output, docs: DocTexts[], onRecord?: OnRecord): number {
    const { at, buf } = this;
    // the default sort compares UTF-16 code units, as cmp does, without a call per comparison
    const keys = [...this.byKey.keys()].sort();
    for (const key of keys) {
      const rs = this.byKey.get(key)!;
      if (typeof rs !== 'number' && this.mixed) rs.sort((a, b) => at[a * 5]! - at[b * 5]!);
      const first = typeof rs === 'number' ? rs : rs[0]!;
      const f = first * 5;
      out.item();
      const start = out.offset;
      putPrefix(out, buf, at[f + 1]!, at[f + 2]! - 1);
      const open = out.offset;
      out.byte(91);
      if (typeof rs === 'number') out.evidence(buf, at[f + 2]!, at[f + 3]! - 1, docs[at[f]!]!, true);
      else if (rs.some((r) => buf.subarray(at[r * 5 + 2]!, at[r * 5 + 3]! - 1).includes(ITEM_JSON)))
        this.union(out, rs, docs);
      else {
        let none = true;
        for (const r of rs) none = !out.evidence(buf, at[r * 5 + 2]!, at[r * 5 + 3]! - 1, docs[at[r * 5]!]!, none);
      }
      const close = out.offset;
      out.byte(93);
      out.put(buf, at[f + 3]!, at[f + 4]!);
      if (onRecord) {
        // contributors without evidence of their own (a province the report never names): the record's evidence
        // does not tell them, the index must (build-splice.ts)
        const empty = (r: number) => at[r * 5 + 2] === at[r * 5 + 3]! - 1;
        const quiet = typeof rs === 'number' ? (empty(rs) ? [at[f]!] : NONE) : rs.filter(empty).map((r) => at[r * 5]!);
        const end = out.offset;
        const count = typeof rs === 'number' ? 1 : rs.length;
        onRecord(hashKey(key), start, end, count, at[f]!, quiet, packBounds(open - start, end - close));
      }
    }
    return keys.length;
  }

  /** Evidence of any shape: as objects, through the core's union. */
  private union(out: Output, rs: number[], docs: DocTexts[]): void {
    const { at, buf } = this;
    const lists = rs.map((r) =>
      itemJson(buf, at[r * 5 + 2]!, at[r * 5 + 3]! - 1, docs[at[r * 5]!]!).map((j) => JSON.parse(j) as Evidence),
    );
    unionEvidence(lists[0]!, lists.slice(1));
    out.string(lists[0]!.map((e) => JSON.stringify(e)).join(','));
  }
}

const NONE: readonly number[] = [];

/** Writes the records of one key range (its spill files from every thread) as comma-separated JSON items. */
export function writePartition(paths: string[], docs: DocTexts[], out: Output, onRecord?: OnRecord): number {
  const files = paths.filter((p) => existsSync(p));
  const sizes = files.map((p) => statSync(p).size);
  const total = sizes.reduce((a, b) => a + b, 0);
  // one buffer for every partition this thread writes: fresh memory costs more than reading into used memory
  if (partBuffer.length < total) partBuffer = Buffer.allocUnsafe(Math.ceil(total * 1.25));
  let at = 0;
  for (const [i, p] of files.entries()) {
    const fd = openSync(p, 'r');
    try {
      readFully(fd, partBuffer, at, sizes[i]!, 0, p);
    } finally {
      closeSync(fd);
    }
    at += sizes[i]!;
  }
  const count = new Partition(partBuffer.subarray(0, total), files.length).write(out, docs, onRecord);
  out.flush(); // the items may be views on this partition's buffer: hand them over before it is reused
  return count;
}

let partBuffer = Buffer.allocUnsafe(0);
let recordBounds = new Int32Array(0);
