/**
 * `kg build` as a library call: find the reports, look each one up in the build cache (by its content hash, known
 * from its stat when the file has not changed: build-lookup.ts), extract the missing ones into the cache (in worker
 * threads when there are many), then stream the cached document graphs into one graph (build-merge.ts, on as many
 * threads). Bad files become one-line errors; the others are still built.
 *
 * Memory stays bounded whatever the corpus size: workers send back summaries, not graphs, and the merge streams.
 * Without a cache (`cache: false`) the entries go to a temporary folder that is removed afterwards.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { collectReports } from './files.ts';
import { extractToCache, type ExtractJob, type JobResult } from './extract-file.ts';
import { defaultCacheDir, extractorVersion } from './build-cache.ts';
import { mergeEntries, type MergeInput, type MergeSummary, type Sink } from './build-merge.ts';
import { GraphIndex, indexBase, IndexWriter, type IndexHead } from './build-index.ts';
import { spliceGraph } from './build-splice.ts';
import { replaceLargeFile } from './write-atomic.ts';
import { fileHashes, lookupEntries } from './build-lookup.ts';
import { MergePool } from './build-merge-pool.ts';
import { loadGazetteerSync } from './gazetteer/load.ts';
import { SCHEMA_VERSION, type SerializedGraph } from '../core/graph/schema.ts';

export interface BuildProgress {
  done: number;
  total: number;
  /** Bytes of the reports done so far, and of all of them. */
  bytes: number;
  totalBytes: number;
  file: string;
}

export interface BuildOptions {
  /** Worker threads; default: one per core when the input is large enough to pay for their start-up. */
  workers?: number;
  /** Cache folder (default `.cache/kg-build` in the working folder); false: extract everything, keep nothing. */
  cache?: string | false;
  onProgress?: (p: BuildProgress) => void;
  /** Extractor version in cache keys (default: extractorVersion(), the hash of the core's sources). */
  extractor?: string;
  /** Size of one merge partition in bytes (tests make it small to exercise the external merge). */
  partBytes?: number;
}

export interface BuildSummary {
  errors: string[];
  documents: number;
  /** Bytes of the reports built. */
  bytes: number;
  workers: number;
  /** Reports extracted in this run, and reports taken from the cache. */
  extracted: number;
  cached: number;
  nodes: number;
  edges: number;
  /**
   * Milliseconds per phase. Main thread: collecting files and looking them up in the cache (stat, hash when the stat
   * changed), extraction as waited for, the merge reading entries into partitions (spill) and writing the graph.
   * Summed over the threads that extracted: reading and decoding reports, the core's extraction, encoding and
   * writing cache entries.
   */
  ms: {
    lookup: number;
    extractWall: number;
    read: number;
    extract: number;
    cache: number;
    spill: number;
    write: number;
    total: number;
  };
  /** Reports read and hashed to look them up (the others were known by their stat). */
  hashed: number;
  /** Whether the graph was made from the previous graph file and the changed reports only (build-splice.ts). */
  spliced: boolean;
}

export interface BuildResult extends BuildSummary {
  graph: SerializedGraph;
}

/** The graph's `name` attribute. */
const GRAPH_NAME = 'kg';

/** Below this much input, starting workers (each loads jieba and the extraction modules) costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 2_000_000;

/** Builds the graph in memory (for callers that want the object; large corpora should use `writeGraph`). */
export async function buildGraph(paths: string[], opts: BuildOptions = {}): Promise<BuildResult> {
  const chunks: Buffer[] = [];
  const summary = await writeGraph(paths, (c) => chunks.push(Buffer.from(c)), opts);
  return { ...summary, graph: JSON.parse(Buffer.concat(chunks).toString('utf8')) as SerializedGraph };
}

/** Builds the graph and streams its JSON (graphology serialisation, one line) to `sink` in chunks. */
export async function writeGraph(paths: string[], sink: Sink, opts: BuildOptions = {}): Promise<BuildSummary> {
  return (await run(paths, sink, opts, null)).summary;
}

/**
 * Builds the graph into the JSON file `out`, through a temp file renamed into place (never a half-written graph).
 * With the build cache, the record index of the file is kept (build-index.ts): the next build of the same file,
 * after a few reports changed, copies the records they do not touch from it instead of merging again
 * (build-splice.ts). A file edited by anything else since is not reused.
 */
export async function writeGraphFile(paths: string[], out: string, opts: BuildOptions = {}): Promise<BuildSummary> {
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  let built: Built;
  try {
    built = await run(paths, (chunk) => writeSync(fd, chunk), opts, out);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  const { summary, index } = built;
  if (summary.documents === 0) {
    rmSync(tmp, { force: true });
    index?.writer.discard();
    return summary;
  }
  const oldGone = replaceLargeFile(tmp, out);
  try {
    index?.writer.commit(index.head, out);
  } catch {
    // no index: the next build merges from scratch
    index?.writer.discard();
  }
  await oldGone;
  return summary;
}

interface Built {
  summary: BuildSummary;
  /** The record index of the graph written, to be committed once the file is in place. */
  index: { writer: IndexWriter; head: Omit<IndexHead, 'format' | 'out'> } | null;
}

async function run(paths: string[], sink: Sink, opts: BuildOptions, file: string | null): Promise<Built> {
  const t0 = performance.now();
  const { files, errors: bad } = collectReports(paths);
  const errors = bad.map((e) => e.message);
  const ids = documentIds(files);
  const temp = opts.cache === false ? mkdtempSync(join(tmpdir(), 'kg-build-')) : null;
  const cacheDir = temp ?? (opts.cache as string | undefined) ?? defaultCacheDir();
  let pool: MergePool | null = null;
  let prev: GraphIndex | null = null;
  try {
    const extractor = opts.extractor ?? extractorVersion();
    const base = file && !temp ? indexBase(cacheDir, extractor, file) : null;
    prev = base ? GraphIndex.open(base, file!) : null;
    // merge threads start now, so that their start-up overlaps the lookup and the extraction (not when the previous
    // graph is there to be spliced: they would likely not be needed)
    const threads =
      opts.workers ?? (files.length > 1 && sizeOf(files) >= WORKER_THRESHOLD_BYTES ? availableParallelism() : 1);
    pool = threads > 1 && !prev ? new MergePool(threads) : null;
    const hashes = fileHashes(temp ? null : cacheDir);
    const found = lookupEntries(files, ids, cacheDir, extractor, hashes);
    const t1 = performance.now();
    const missing = found.filter((f) => !f.header);
    const missBytes = missing.reduce((n, f) => n + f.bytes, 0);
    const totalBytes = found.reduce((n, f) => n + f.bytes, 0);
    const workers = Math.max(
      1,
      Math.min(missing.length, opts.workers ?? (missBytes >= WORKER_THRESHOLD_BYTES ? availableParallelism() : 1)),
    );
    const jobs: ExtractJob[] = missing.map((f) => ({ file: f.file, docId: f.docId, cacheDir, extractor }));
    const tracker = progressTracker(found.length, totalBytes, found.length - missing.length, opts.onProgress);
    const results = workers > 1 ? await runInWorkers(jobs, workers, tracker) : await runHere(jobs, tracker);
    const t2 = performance.now();
    const inputs: MergeInput[] = [];
    const times = { read: 0, extract: 0, cache: 0 };
    let bytes = 0;
    for (const f of found) {
      if (!f.header) continue;
      inputs.push({ doc: f.docId, entry: f.entry!, header: f.header });
      bytes += f.bytes;
    }
    for (const r of results) {
      if (!r.ok) {
        errors.push(r.error);
        continue;
      }
      inputs.push({ doc: r.docId, entry: r.entry, header: r.header });
      bytes += r.bytes;
      for (const k of ['read', 'extract', 'cache'] as const) times[k] += r.ms?.[k] ?? 0;
    }
    const writer = base ? new IndexWriter(base) : null;
    let merged: MergeSummary | null;
    let spliced = false;
    try {
      const index = writer ?? undefined;
      merged = prev ? spliceGraph(inputs, sink, { prev, prevPath: file!, name: GRAPH_NAME, index }) : null;
      spliced = merged !== null;
      if (!merged) {
        if (prev && threads > 1) pool = new MergePool(threads);
        merged = await mergeEntries(inputs, sink, {
          pool: pool ?? undefined,
          name: GRAPH_NAME,
          // spills go next to the cache (the system's temp folder may be small, or RAM), and a build that was killed
          // leaves them where the next build removes them
          tmpDir: temp ?? spillDir(cacheDir),
          partBytes: opts.partBytes,
          onRecord: writer?.add,
          // a damaged entry (truncated, edited) is rebuilt from its report
          repair: async (input) => {
            const f = found.find((x) => x.docId === input.doc)!;
            const r = await extractToCache({ file: f.file, docId: f.docId, cacheDir, extractor });
            return r.ok ? { doc: r.docId, entry: r.entry, header: r.header } : r.error;
          },
        });
      }
    } catch (err) {
      writer?.discard();
      throw err;
    }
    errors.push(...merged.errors);
    hashes.save();
    if (!temp) pruneOtherVersions(cacheDir, extractor);
    const summary: BuildSummary = {
      errors,
      documents: merged.documents.length,
      bytes,
      workers: jobs.length ? workers : 0,
      extracted: results.filter((r) => r.ok).length,
      cached: inputs.length - results.filter((r) => r.ok).length,
      nodes: merged.nodes,
      edges: merged.edges,
      ms: {
        lookup: t1 - t0,
        extractWall: t2 - t1,
        ...times,
        spill: merged.ms.spill,
        write: merged.ms.write,
        total: performance.now() - t0,
      },
      hashed: hashes.hashed,
      spliced,
    };
    const head = {
      name: GRAPH_NAME,
      schemaVersion: SCHEMA_VERSION,
      docs: merged.ranked,
      nodes: merged.nodes,
      edges: merged.edges,
    };
    return { summary, index: writer ? { writer, head } : null };
  } finally {
    prev?.close();
    await pool?.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

/** Total size of the files (those that cannot be read count 0: extraction reports them). */
function sizeOf(files: string[]): number {
  let n = 0;
  for (const f of files)
    try {
      n += statSync(f).size;
    } catch {
      // reported later
    }
  return n;
}

/**
 * Entries of other extractor versions can never hit again (the version is a hash of the core's sources): drop them,
 * so the cache does not grow with every change of the code. Best effort: another build may be using the folder.
 */
function pruneOtherVersions(cacheDir: string, keep: string): void {
  try {
    for (const name of readdirSync(cacheDir))
      if (/^[0-9a-f]{16}$/.test(name) && name !== keep) rmSync(join(cacheDir, name), { recursive: true, force: true });
  } catch {
    // nothing to prune
  }
}

/** `<cache>/tmp`, without the spill folders of builds that were killed (a day old: no build runs that long). */
function spillDir(cacheDir: string): string {
  const dir = join(cacheDir, 'tmp');
  mkdirSync(dir, { recursive: true });
  try {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name.startsWith('kg-merge-') && Date.now() - statSync(path).mtimeMs > 86_400_000)
        rmSync(path, { recursive: true, force: true });
    }
  } catch {
    // another build removed it first
  }
  return dir;
}

/** Base names, unless two files share one: then their paths relative to the working folder. */
export function documentIds(files: string[]): string[] {
  const base = files.map((f) => basename(f, extname(f)));
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  return files.map((f, i) =>
    count.get(base[i]!)! > 1 ? relative(process.cwd(), f).replace(/\.[^./]+$/, '') : base[i]!,
  );
}

type Tracker = (r: JobResult) => void;

/** Progress over all reports; those found in the cache count as done from the start. */
function progressTracker(
  total: number,
  totalBytes: number,
  cached: number,
  onProgress: BuildOptions['onProgress'],
): Tracker {
  let done = cached;
  let bytes = 0;
  return (r) => {
    done++;
    if (r.ok) bytes += r.bytes;
    onProgress?.({ done, total, bytes, totalBytes, file: r.file });
  };
}

async function runHere(jobs: ExtractJob[], track: Tracker): Promise<JobResult[]> {
  const out: JobResult[] = [];
  for (const job of jobs) {
    const r = await extractToCache(job);
    track(r);
    out.push(r);
  }
  return out;
}

/** A pool of n workers fed one job at a time (reports differ in size, so no fixed split). */
function runInWorkers(jobs: ExtractJob[], n: number, track: Tracker): Promise<JobResult[]> {
  // Loaded here once and handed over in shared memory: the workers open the same bytes.
  const gazetteer = loadGazetteerSync().bytes;
  return new Promise((resolve, reject) => {
    const results: JobResult[] = new Array(jobs.length);
    let next = 0;
    let done = 0;
    const pool: Worker[] = [];
    const stop = () => {
      for (const p of pool) void p.terminate();
    };
    const feed = (w: Worker) => {
      if (next >= jobs.length) return;
      const id = next++;
      w.postMessage({ id, job: jobs[id] });
    };
    for (let i = 0; i < n; i++) {
      const w = new Worker(new URL('./build-worker.js', import.meta.url), { workerData: { gazetteer } });
      pool.push(w);
      w.on('message', (msg: { ready?: boolean; id?: number; result?: JobResult }) => {
        if (msg.ready) return feed(w);
        results[msg.id!] = msg.result!;
        track(msg.result!);
        if (++done === jobs.length) {
          stop();
          resolve(results);
        } else feed(w);
      });
      w.on('error', (e) => {
        stop();
        reject(e);
      });
    }
  });
}
