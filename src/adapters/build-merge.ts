/**
 * Streams the document graphs in the build cache into one graphology JSON, in bounded memory, on one thread or
 * several.
 *
 * The merged graph is ~40× its input (evidence repeats sentences), so it is never held whole: records stay in their
 * compact form (build-entry.ts) until they are written, and only the documents' evidence texts (about the size of the
 * reports) are held, in shared memory. An external merge (build-merge-part.ts):
 *  1. partition bounds come from key samples in the entries' headers (so each partition is ~PART_BYTES);
 *  2. every record is appended, tagged with its document's rank, to its partition's spill file (each thread spills
 *     a share of the documents into files of its own);
 *  3. each partition is read, grouped by key, sorted, and written out, evidence expanded (build-output.ts); with
 *     threads, partitions are written in parallel and their output handed back in order.
 * The result is byte for byte `JSON.stringify(mergeGraphs(graphs)) + '\n'` (a test holds it to that): a key seen in
 * one document is written as that document has it; a key seen in several gets the first document's attributes and
 * the union of all evidence, in the core's order (as mergeEvidence keeps it) — for evidence of the standard shape,
 * which always belongs to its own document, that union is the documents' lists one after the other.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmp } from '../core/graph/builder.ts';
import { SCHEMA_VERSION } from '../core/graph/schema.ts';
import { readEntryHeader, type EntryHeader } from './build-entry.ts';
import type { OnRecord } from './build-index.ts';
import { spillDocs, spillPath, writePartition, type Bounds, type SpillDoc } from './build-merge-part.ts';
import { MergePool } from './build-merge-pool.ts';
import { docTexts, Output, type DocTexts, type Sink, type TextStore } from './build-output.ts';

export type { Sink } from './build-output.ts';

/**
 * Target size of one partition's records: its memory while written is a few times this, per thread (100 MB of
 * reports peaked at 899 MB RSS with 48 MB partitions on two threads, at 994–1012 MB with 32 MB ones once the record
 * index was kept too).
 */
const PART_BYTES = 24 * 1024 * 1024;

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
  /** Threads that spill and write partitions (default 1: this thread). */
  threads?: number;
  /** Merge threads started earlier (so that their start-up overlaps other work); the caller closes them. */
  pool?: MergePool;
  /** Hears of every record written, in output order (for the record index: build-index.ts). */
  onRecord?: OnRecord;
}

export interface MergeSummary {
  documents: string[];
  nodes: number;
  edges: number;
  /** Entries that could not be read nor rebuilt (one-line messages). */
  errors: string[];
  /** Milliseconds spent reading entries into partitions, and writing the partitions out. */
  ms: { spill: number; write: number };
  /** The documents by rank (the ranks `onRecord` gives) and the entries merged; '' for a document lost. */
  ranked: { doc: string; entry: string }[];
}

/** The graph's attributes and options, as JSON (the nodes and edges follow inside the same object). */
export function graphHead(name: string, documents: string[]): string {
  return JSON.stringify({
    attributes: { name, schemaVersion: SCHEMA_VERSION, documents },
    options: { type: 'directed', multi: false, allowSelfLoops: false },
  });
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

/** Shared memory when threads read it, plain memory otherwise. */
function textStore(bytes: number, starts: number, shared: boolean): TextStore {
  const mem = (n: number) => (shared ? new SharedArrayBuffer(n) : new ArrayBuffer(n));
  return { buf: new Uint8Array(mem(Math.max(1, bytes))), starts: new Int32Array(mem(4 * Math.max(1, starts))) };
}

/** Places every document's texts in a store: returns the spill jobs. */
function layout(docs: MergeInput[], first: number): { jobs: SpillDoc[]; bytes: number; starts: number } {
  let bytes = 0;
  let starts = 0;
  const jobs = docs.map((d, i) => {
    const job = {
      rank: first + i,
      doc: d.doc,
      entry: d.entry,
      texts: d.header.texts,
      textBytes: d.header.textBytes,
      textAt: bytes,
      startAt: starts,
    };
    bytes += d.header.textBytes;
    starts += d.header.texts + 1;
    return job;
  });
  return { jobs, bytes, starts };
}

export async function mergeEntries(inputs: MergeInput[], sink: Sink, opts: MergeOptions): Promise<MergeSummary> {
  const t0 = performance.now();
  const threads = opts.pool?.size ?? Math.max(1, opts.threads ?? 1);
  const docs = [...inputs].sort((a, b) => cmp(a.doc, b.doc));
  const body = docs.reduce((n, d) => n + d.header.bodyBytes, 0);
  const parts = Math.max(1, Math.ceil(body / (opts.partBytes ?? PART_BYTES)), threads > 1 ? 2 * threads : 1);
  const bounds: Bounds = {
    nodes: boundsFrom(
      docs.flatMap((d) => d.header.sample.nodes),
      parts,
    ),
    edges: boundsFrom(
      docs.flatMap((d) => d.header.sample.edges),
      parts,
    ),
  };
  const dir = mkdtempSync(join(opts.tmpDir ?? tmpdir(), 'kg-merge-'));
  const pool = opts.pool ?? (threads > 1 ? new MergePool(threads) : null);
  try {
    const main = layout(docs, 0);
    const stores = [textStore(main.bytes, main.starts, pool !== null)];
    const damaged = pool
      ? await pool.spill(main.jobs, bounds, dir, stores[0]!)
      : spillDocs(main.jobs, bounds, dir, 't0', stores[0]!);
    // damaged entries are rebuilt from their reports and spilled here, after the others (their rank stays)
    const errors: string[] = [];
    const repaired: MergeInput[] = [];
    const ranks: number[] = [];
    for (const rank of damaged.sort((a, b) => a - b)) {
      const fixed = await opts.repair(docs[rank]!);
      const header = typeof fixed === 'string' ? null : readEntryHeader(fixed.entry);
      if (typeof fixed === 'string') errors.push(fixed);
      else if (!header)
        errors.push(`${fixed.entry}: build cache entry cannot be read back; delete the cache folder and retry`);
      else {
        repaired.push({ ...fixed, header });
        ranks.push(rank);
      }
    }
    const extra = layout(repaired, 0);
    extra.jobs.forEach((j, i) => (j.rank = ranks[i]!));
    stores.push(textStore(extra.bytes, extra.starts, pool !== null));
    const lost = spillDocs(extra.jobs, bounds, dir, 'r', stores[1]!);
    for (const rank of lost)
      errors.push(`${docs[rank]!.entry}: build cache entry cannot be read back; delete the cache folder and retry`);
    const gone = new Set([...damaged.filter((r) => !ranks.includes(r)), ...lost]);
    const documents = docs.filter((_, r) => !gone.has(r)).map((d) => d.doc);
    const texts: DocTexts[] = docs.map((d, r) => docTexts(d.doc, stores[0]!, main.jobs[r]!.startAt));
    extra.jobs.forEach((j) => (texts[j.rank] = docTexts(j.doc, stores[1]!, j.startAt)));
    const t1 = performance.now();

    const out = new Output(sink);
    const head = graphHead(opts.name ?? 'kg', documents);
    const tags = [...(pool ? pool.tags : ['t0']), 'r'];
    const files = (kind: 'n' | 'e', n: number) =>
      Array.from({ length: n + 1 }, (_, i) => tags.map((t) => spillPath(dir, t, kind, i)));
    const sections = [files('n', bounds.nodes.length), files('e', bounds.edges.length)];
    const counts: number[] = [];
    out.string(`${head.slice(0, -1)},"nodes":[`);
    if (pool) {
      await pool.write(
        sections,
        docs.map((d, r) => ({ doc: d.doc, store: texts[r]!.buf === stores[0]!.buf ? 0 : 1, base: texts[r]!.base })),
        stores,
        out,
        counts,
        opts.onRecord,
      );
    } else {
      for (const [s, section] of sections.entries()) {
        if (s === 1) out.string('],"edges":[');
        out.count = 0;
        for (const paths of section) writePartition(paths, texts, out, opts.onRecord);
        counts.push(out.count);
      }
    }
    out.string(']}\n');
    out.flush();
    const entries = new Map(repaired.map((r, i) => [ranks[i]!, r.entry]));
    return {
      documents,
      ranked: docs.map((d, r) => ({ doc: d.doc, entry: gone.has(r) ? '' : (entries.get(r) ?? d.entry) })),
      nodes: counts[0]!,
      edges: counts[1]!,
      errors,
      ms: { spill: t1 - t0, write: performance.now() - t1 },
    };
  } finally {
    if (!opts.pool) await pool?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
