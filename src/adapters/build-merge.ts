/**
 * Streams the document graphs in the build cache into one graphology JSON, in bounded memory.
 *
 * The merged graph is ~40× its input (evidence repeats sentences), so it is never held whole: records stay in their
 * compact form (build-entry.ts) until they are written, and only the documents' evidence texts (about the size of the
 * reports) are held. An external merge:
 *  1. partition bounds come from key samples in the entries' headers (so each partition is ~PART_BYTES);
 *  2. every record is appended, tagged with its document's rank, to its partition's spill file, documents taken in
 *     id order;
 *  3. each partition in turn is read, grouped by key, sorted, and written out, evidence expanded (build-output.ts).
 * The result is byte for byte `JSON.stringify(mergeGraphs(graphs)) + '\n'` (a test holds it to that): a key seen in
 * one document is written as that document has it; a key seen in several gets the first document's attributes and
 * the union of all evidence, in the core's order (as mergeEvidence keeps it) — for evidence of the standard shape,
 * which always belongs to its own document, that union is the documents' lists one after the other.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmp } from '../core/graph/builder.ts';
import { SCHEMA_VERSION, type Evidence } from '../core/graph/schema.ts';
import { ITEM_JSON, readEntryRecords, recordKey, type EntryHeader } from './build-entry.ts';
import { docTexts, itemJson, Output, type DocTexts, type Sink } from './build-output.ts';

export type { Sink } from './build-output.ts';

/** Target size of one partition's records (its memory while merged is a few times this). */
const PART_BYTES = 48 * 1024 * 1024;
/** Each spill buffers this many bytes before writing. */
const SPILL_BUFFER = 256 * 1024;

export interface MergeInput {
  doc: string;
  entry: string;
  header: EntryHeader;
}

export interface MergeOptions {
  /** Called for an entry found damaged: rebuild it and return the new input, or an error message. */
  repair: (input: MergeInput) => Promise<MergeInput | string>;
  /** Folder for spill files (default: the system's temp folder). */
  tmpDir?: string;
  name?: string;
  /** Target size of one partition (default PART_BYTES). */
  partBytes?: number;
}

export interface MergeSummary {
  documents: string[];
  nodes: number;
  edges: number;
  /** Entries that could not be read nor rebuilt (one-line messages). */
  errors: string[];
  /** Milliseconds spent reading entries into partitions, and writing the partitions out. */
  ms: { spill: number; write: number };
}

/** A partition's records: copied into a buffer, written to its file when full (records are bytes, never decoded). */
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
      writeSync((this.fd ??= openSync(this.path, 'w')), src, start, end - start);
    } else this.used += src.copy(this.buf, this.used, start, end);
  }

  private flush(): void {
    if (this.used === 0) return;
    writeSync((this.fd ??= openSync(this.path, 'w')), this.buf, 0, this.used);
    this.used = 0;
  }

  /** Everything added, in order; the spill file is removed. */
  take(): Buffer {
    if (this.fd === null) return Buffer.from(this.buf.subarray(0, this.used));
    this.flush();
    closeSync(this.fd);
    this.fd = null;
    const all = readFileSync(this.path);
    rmSync(this.path, { force: true });
    return all;
  }
}

/** P-1 bounds from the sampled keys: partition i holds keys in [bounds[i-1], bounds[i]). */
function boundsFrom(samples: string[], parts: number): string[] {
  const sorted = samples.sort(cmp);
  const out: string[] = [];
  for (let i = 1; i < parts; i++) {
    const k = sorted[Math.floor((i * sorted.length) / parts)];
    if (k !== undefined && k !== out.at(-1)) out.push(k);
  }
  return out;
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

/** A spilled partition, parsed: per record its document rank and the bounds of its three fields. */
class Partition {
  readonly byKey = new Map<string, number | number[]>();
  /** Per record: rank, prefix start, items start, suffix start, end (each field ends one byte before the next). */
  readonly at: Int32Array;
  constructor(readonly buf: Buffer) {
    let lines = 0;
    for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) lines++;
    this.at = new Int32Array(lines * 5);
    let r = 0;
    for (let start = 0; start < buf.length; r++) {
      let t0 = start;
      let rank = 0;
      for (let c = buf[t0]!; c !== 9; c = buf[++t0]!) rank = rank * 10 + c - 48;
      const t2 = buf.indexOf(9, t0 + 1);
      const t3 = buf.indexOf(9, t2 + 1);
      const end = buf.indexOf(10, t3 + 1);
      const a = r * 5;
      this.at[a] = rank;
      this.at[a + 1] = t0 + 1;
      this.at[a + 2] = t2 + 1;
      this.at[a + 3] = t3 + 1;
      this.at[a + 4] = end;
      const key = recordKey(buf, t0 + 1);
      const have = this.byKey.get(key);
      if (have === undefined) this.byKey.set(key, r);
      else if (typeof have === 'number') this.byKey.set(key, [have, r]);
      else have.push(r);
      start = end + 1;
    }
  }

  /** Writes the records in key order, merging those that several documents share. */
  write(out: Output, texts: DocTexts[]): void {
    const { at, buf } = this;
    // the default sort compares UTF-16 code units, as cmp does, without a call per comparison
    for (const key of [...this.byKey.keys()].sort()) {
      const rs = this.byKey.get(key)!;
      const first = typeof rs === 'number' ? rs : rs[0]!;
      const f = first * 5;
      out.item();
      out.put(buf, at[f + 1]!, at[f + 2]! - 1);
      out.byte(91);
      if (typeof rs === 'number') out.evidence(buf, at[f + 2]!, at[f + 3]! - 1, texts[at[f]!]!, true);
      else if (rs.some((r) => buf.subarray(at[r * 5 + 2]!, at[r * 5 + 3]! - 1).includes(ITEM_JSON)))
        this.union(out, rs, texts);
      else {
        let none = true;
        for (const r of rs) none = !out.evidence(buf, at[r * 5 + 2]!, at[r * 5 + 3]! - 1, texts[at[r * 5]!]!, none);
      }
      out.byte(93);
      out.put(buf, at[f + 3]!, at[f + 4]!);
    }
  }

  /** Evidence of any shape: as objects, through the core's union. */
  private union(out: Output, rs: number[], texts: DocTexts[]): void {
    const lists = rs.map((r) =>
      itemJson(this.buf, this.at[r * 5 + 2]!, this.at[r * 5 + 3]! - 1, texts[this.at[r * 5]!]!).map(
        (j) => JSON.parse(j) as Evidence,
      ),
    );
    unionEvidence(lists[0]!, lists.slice(1));
    out.string(lists[0]!.map((e) => JSON.stringify(e)).join(','));
  }
}

export async function mergeEntries(inputs: MergeInput[], sink: Sink, opts: MergeOptions): Promise<MergeSummary> {
  const t0 = performance.now();
  const docs = [...inputs].sort((a, b) => cmp(a.doc, b.doc));
  const body = docs.reduce((n, d) => n + d.header.bodyBytes, 0);
  const parts = Math.max(1, Math.ceil(body / (opts.partBytes ?? PART_BYTES)));
  const nodeBounds = boundsFrom(
    docs.flatMap((d) => d.header.sample.nodes),
    parts,
  );
  const edgeBounds = boundsFrom(
    docs.flatMap((d) => d.header.sample.edges),
    parts,
  );
  const dir = mkdtempSync(join(opts.tmpDir ?? tmpdir(), 'kg-merge-'));
  const errors: string[] = [];
  const documents: string[] = [];
  const texts: DocTexts[] = [];
  try {
    const nodeSpills = Array.from({ length: nodeBounds.length + 1 }, (_, i) => new Spill(join(dir, `n${i}`)));
    const edgeSpills = Array.from({ length: edgeBounds.length + 1 }, (_, i) => new Spill(join(dir, `e${i}`)));
    for (let d of docs) {
      let records = readEntryRecords(d.entry, d.doc);
      if (!records) {
        const fixed = await opts.repair(d);
        if (typeof fixed === 'string') {
          errors.push(fixed);
          continue;
        }
        d = fixed;
        records = readEntryRecords(d.entry, d.doc);
        if (!records) {
          errors.push(`${d.entry}: build cache entry cannot be read back; delete the cache folder and retry`);
          continue;
        }
      }
      const { body, starts, header } = records;
      const tag = Buffer.from(`${documents.length}\t`);
      documents.push(d.doc);
      const n = header.nodes + header.edges;
      // the texts are copied out, so the entry's buffer can go
      const from = starts[n]!;
      texts.push(docTexts(d.doc, Buffer.from(body.subarray(from)), starts.slice(n).map((s) => s - from)));
      for (let i = 0; i < n; i++) {
        const key = recordKey(body, starts[i]!);
        const spill =
          i < header.nodes ? nodeSpills[partitionOf(nodeBounds, key)]! : edgeSpills[partitionOf(edgeBounds, key)]!;
        spill.add(tag, body, starts[i]!, starts[i + 1]!);
      }
    }
    const t1 = performance.now();
    const out = new Output(sink);
    const head = JSON.stringify({
      attributes: { name: opts.name ?? 'kg', schemaVersion: SCHEMA_VERSION, documents },
      options: { type: 'directed', multi: false, allowSelfLoops: false },
    });
    out.string(`${head.slice(0, -1)},"nodes":[`);
    for (const s of nodeSpills) new Partition(s.take()).write(out, texts);
    const nodes = out.count;
    out.string('],"edges":[');
    out.count = 0;
    for (const s of edgeSpills) new Partition(s.take()).write(out, texts);
    const edges = out.count;
    out.string(']}\n');
    out.flush();
    return { documents, nodes, edges, errors, ms: { spill: t1 - t0, write: performance.now() - t1 } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
