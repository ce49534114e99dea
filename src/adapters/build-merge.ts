/**
 * Streams the document graphs in the build cache into one graphology JSON, in bounded memory.
 *
 * The merged graph is ~40× its input (evidence repeats sentences), so it is never held whole. An external merge:
 *  1. partition bounds come from key samples in the entries' headers (so each partition is ~PART_BYTES);
 *  2. every record is appended to its partition's spill file, documents taken in id order;
 *  3. each partition in turn is read, grouped by key, sorted, merged and written out.
 * The result is byte for byte `JSON.stringify(mergeGraphs(graphs)) + '\n'` (a test holds it to that): a key seen in
 * one document is copied as written; a key seen in several gets the first document's attributes and the union of
 * all evidence, in the core's order (as mergeEvidence keeps it).
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmp } from '../core/graph/builder.ts';
import { SCHEMA_VERSION, type Evidence, type SerializedEdge, type SerializedNode } from '../core/graph/schema.ts';
import { decodeKey, readEntryRecords, type EntryHeader } from './build-cache.ts';

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
}

/** Output in chunks of about a megabyte of UTF-8. */
export type Sink = (chunk: Uint8Array) => void;

/** A partition's records: copied into a buffer, written to its file when full (records are bytes, never decoded). */
class Spill {
  private fd: number | null = null;
  private readonly buf = Buffer.allocUnsafe(SPILL_BUFFER);
  private used = 0;
  constructor(private readonly path: string) {}

  add(src: Buffer, start: number, end: number): void {
    if (this.used + end - start > SPILL_BUFFER) this.flush();
    if (end - start > SPILL_BUFFER) writeSync((this.fd ??= openSync(this.path, 'w')), src, start, end - start);
    else this.used += src.copy(this.buf, this.used, start, end);
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

const COMMA = Buffer.from(',');

class Output {
  private parts: Buffer[] = [];
  private bytes = 0;
  count = 0;
  constructor(private readonly sink: Sink) {}
  raw(b: Buffer): void {
    this.parts.push(b);
    this.bytes += b.length;
    if (this.bytes >= 1 << 20) this.flush();
  }
  item(b: Buffer): void {
    if (this.count++) this.raw(COMMA);
    this.raw(b);
  }
  flush(): void {
    if (this.parts.length) this.sink(Buffer.concat(this.parts, this.bytes));
    this.parts = [];
    this.bytes = 0;
  }
}

/** The key of the record at `start` (its JSON before the tab). */
function keyAt(buf: Buffer, start: number, tab: number): string {
  return decodeKey(buf.toString('utf8', start, tab));
}

/**
 * What repeated `mergeEvidence(into, more)` calls give (append what is new by document and span, keep the order
 * (doc, start, end)), in one pass: a node named in thousands of reports (a program in every report) would otherwise
 * rescan and re-sort its growing list once per report, quadratic in the corpus. Mutates `into`.
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

/** Reads one partition and writes its records in key order, merging those that several documents share. */
function writePartition(buf: Buffer, out: Output): void {
  const byKey = new Map<string, number | number[]>();
  const jsonStart: number[] = [];
  const jsonEnd: number[] = [];
  for (let start = 0; start < buf.length;) {
    const end = buf.indexOf(10, start);
    const tab = buf.indexOf(9, start);
    const i = jsonStart.length;
    jsonStart.push(tab + 1);
    jsonEnd.push(end);
    const key = keyAt(buf, start, tab);
    const have = byKey.get(key);
    if (have === undefined) byKey.set(key, i);
    else if (typeof have === 'number') byKey.set(key, [have, i]);
    else have.push(i);
    start = end + 1;
  }
  const json = (i: number) => buf.toString('utf8', jsonStart[i], jsonEnd[i]);
  // the default sort compares UTF-16 code units, as cmp does, without a call per comparison
  for (const key of [...byKey.keys()].sort()) {
    const at = byKey.get(key)!;
    if (typeof at === 'number') {
      out.item(buf.subarray(jsonStart[at], jsonEnd[at]));
      continue;
    }
    // records were spilled in document order, so the first is the first document's (its attributes win)
    const first = JSON.parse(json(at[0]!)) as SerializedNode | SerializedEdge;
    unionEvidence(
      first.attributes.evidence,
      at.slice(1).map((i) => (JSON.parse(json(i)) as SerializedNode | SerializedEdge).attributes.evidence),
    );
    out.item(Buffer.from(JSON.stringify(first), 'utf8'));
  }
  out.flush(); // the items are views on this partition's buffer: hand them over before it goes
}

export async function mergeEntries(inputs: MergeInput[], sink: Sink, opts: MergeOptions): Promise<MergeSummary> {
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
      documents.push(d.doc);
      const { body, starts, header } = records;
      for (let i = 0; i + 1 < starts.length; i++) {
        const key = keyAt(body, starts[i]!, body.indexOf(9, starts[i]!));
        if (i < header.nodes) nodeSpills[partitionOf(nodeBounds, key)]!.add(body, starts[i]!, starts[i + 1]!);
        else edgeSpills[partitionOf(edgeBounds, key)]!.add(body, starts[i]!, starts[i + 1]!);
      }
    }
    const out = new Output(sink);
    const head = JSON.stringify({
      attributes: { name: opts.name ?? 'kg', schemaVersion: SCHEMA_VERSION, documents },
      options: { type: 'directed', multi: false, allowSelfLoops: false },
    });
    out.raw(Buffer.from(`${head.slice(0, -1)},"nodes":[`, 'utf8'));
    for (const s of nodeSpills) writePartition(s.take(), out);
    const nodes = out.count;
    out.raw(Buffer.from('],"edges":['));
    out.count = 0;
    for (const s of edgeSpills) writePartition(s.take(), out);
    const edges = out.count;
    out.raw(Buffer.from(']}\n'));
    out.flush();
    return { documents, nodes, edges, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
