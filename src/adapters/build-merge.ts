/**
 * Streams the document graphs in the build cache into one graphology JSON, in bounded memory.
 *
 * The merged graph is ~40× its input (evidence repeats sentences), so it is never held whole. An external merge:
 *  1. partition bounds come from key samples in the entries' headers (so each partition is ~PART_BYTES);
 *  2. every record is appended to its partition's spill file, documents taken in id order;
 *  3. each partition in turn is read, grouped by key, sorted, merged and written out.
 * The result is byte for byte `JSON.stringify(mergeGraphs(graphs)) + '\n'` (a test holds it to that): a key seen in
 * one document is copied as written; a key seen in several gets the first document's attributes and the union of
 * all evidence, in the core's order (mergeEvidence).
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmp, mergeEvidence } from '../core/graph/builder.ts';
import { SCHEMA_VERSION, type SerializedEdge, type SerializedNode } from '../core/graph/schema.ts';
import { decodeKey, readEntryRecords, type EntryHeader } from './build-cache.ts';

/** Target size of one partition's records (its memory while merged is a few times this). */
const PART_BYTES = 48 * 1024 * 1024;
/** Spill buffers are written once they hold this many characters. */
const FLUSH_CHARS = 256 * 1024;

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

/** Chunked output: `write` is called with pieces of about a megabyte. */
export type Sink = (chunk: string) => void;

class Spill {
  private fd: number | null = null;
  private buf: string[] = [];
  private chars = 0;
  constructor(private readonly path: string) {}

  add(line: string): void {
    this.buf.push(line);
    this.chars += line.length;
    if (this.chars >= FLUSH_CHARS) this.flush();
  }

  private flush(): void {
    this.fd ??= openSync(this.path, 'w');
    writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.chars = 0;
  }

  /** Everything added, in order; the spill is emptied. */
  take(): string {
    let text = this.buf.join('');
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
      text = readFileSync(this.path, 'utf8') + text;
      rmSync(this.path, { force: true });
    }
    this.buf = [];
    this.chars = 0;
    return text;
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

class Output {
  private parts: string[] = [];
  private chars = 0;
  count = 0;
  constructor(private readonly sink: Sink) {}
  raw(s: string): void {
    this.parts.push(s);
    this.chars += s.length;
    if (this.chars >= 1 << 20) this.flush();
  }
  item(json: string): void {
    this.raw(this.count++ ? `,${json}` : json);
  }
  flush(): void {
    if (this.parts.length) this.sink(this.parts.join(''));
    this.parts = [];
    this.chars = 0;
  }
}

/** Reads one partition and writes its records in key order, merging those that several documents share. */
function writePartition(text: string, out: Output): void {
  const lines = text.split('\n');
  lines.pop();
  const byKey = new Map<string, number | number[]>();
  const fields: { key: string; json: string }[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    const key = decodeKey(line.slice(0, tab));
    fields[i] = { key, json: line.slice(tab + 1) };
    const have = byKey.get(key);
    if (have === undefined) byKey.set(key, i);
    else if (typeof have === 'number') byKey.set(key, [have, i]);
    else have.push(i);
  }
  const keys = [...byKey.keys()].sort(cmp);
  for (const key of keys) {
    const at = byKey.get(key)!;
    if (typeof at === 'number') {
      out.item(fields[at]!.json);
      continue;
    }
    // records were spilled in document order, so the first is the first document's (its attributes win)
    const first = JSON.parse(fields[at[0]!]!.json) as SerializedNode | SerializedEdge;
    for (const i of at.slice(1)) {
      const next = JSON.parse(fields[i]!.json) as SerializedNode | SerializedEdge;
      mergeEvidence(first.attributes.evidence, next.attributes.evidence);
    }
    out.item(JSON.stringify(first));
  }
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
      const { lines, header } = records;
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        const key = decodeKey(line.slice(0, line.indexOf('\t')));
        if (i < header.nodes) nodeSpills[partitionOf(nodeBounds, key)]!.add(`${line}\n`);
        else edgeSpills[partitionOf(edgeBounds, key)]!.add(`${line}\n`);
      }
    }
    const out = new Output(sink);
    const head = JSON.stringify({
      attributes: { name: opts.name ?? 'kg', schemaVersion: SCHEMA_VERSION, documents },
      options: { type: 'directed', multi: false, allowSelfLoops: false },
    });
    out.raw(`${head.slice(0, -1)},"nodes":[`);
    for (const s of nodeSpills) writePartition(s.take(), out);
    const nodes = out.count;
    out.raw('],"edges":[');
    out.count = 0;
    for (const s of edgeSpills) writePartition(s.take(), out);
    const edges = out.count;
    out.raw(']}\n');
    out.flush();
    return { documents, nodes, edges, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
