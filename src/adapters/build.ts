/**
 * `kg build` as a library call: find the reports, extract each one (in worker threads when there are many), and
 * merge their graphs. Bad files become one-line errors; the others are still built.
 */
import { availableParallelism } from 'node:os';
import { relative, extname, basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { collectReports } from './files.ts';
import { extractFile, type FileResult } from './extract-file.ts';
import { mergeGraphs } from '../core/graph/merge.ts';
import type { SerializedGraph } from '../core/graph/schema.ts';
import type { DocumentGraph } from '../core/graph/builder.ts';

export interface BuildOptions {
  /** Worker threads; default: one per core when the input is large enough to pay for their start-up. */
  workers?: number;
  onProgress?: (p: { done: number; total: number; bytes: number; file: string }) => void;
}

export interface BuildResult {
  graph: SerializedGraph;
  errors: string[];
  documents: number;
  bytes: number;
  workers: number;
}

/** Below this much input, starting workers (each loads the gazetteer and jieba) costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 2_000_000;

export async function buildGraph(paths: string[], opts: BuildOptions = {}): Promise<BuildResult> {
  const { files, errors: found } = collectReports(paths);
  const errors = found.map((e) => e.message);
  const ids = documentIds(files);
  const sizes = await Promise.all(
    files.map(async (f) =>
      (await import('node:fs/promises')).stat(f).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  const total = sizes.reduce((a, b) => a + b, 0);
  const workers = Math.max(
    1,
    Math.min(files.length, opts.workers ?? (total >= WORKER_THRESHOLD_BYTES ? availableParallelism() : 1)),
  );
  const results = workers > 1 ? await runInWorkers(files, ids, workers, opts) : await runHere(files, ids, opts);
  const graphs: DocumentGraph[] = [];
  let bytes = 0;
  for (const r of results) {
    if (r.ok) {
      graphs.push(r.graph);
      bytes += r.bytes;
    } else errors.push(r.error);
  }
  return { graph: mergeGraphs(graphs), errors, documents: graphs.length, bytes, workers };
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

async function runHere(files: string[], ids: string[], opts: BuildOptions): Promise<FileResult[]> {
  const out: FileResult[] = [];
  let bytes = 0;
  for (let i = 0; i < files.length; i++) {
    const r = await extractFile(files[i]!, ids[i]);
    if (r.ok) bytes += r.bytes;
    out.push(r);
    opts.onProgress?.({ done: i + 1, total: files.length, bytes, file: files[i]! });
  }
  return out;
}

function runInWorkers(files: string[], ids: string[], n: number, opts: BuildOptions): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const results: FileResult[] = new Array(files.length);
    let next = 0;
    let done = 0;
    let bytes = 0;
    const pool: Worker[] = [];
    const feed = (w: Worker) => {
      if (next >= files.length) return;
      const id = next++;
      w.postMessage({ id, file: files[id], docId: ids[id] });
    };
    for (let i = 0; i < n; i++) {
      const w = new Worker(new URL('./build-worker.js', import.meta.url));
      pool.push(w);
      w.on('message', (msg: { ready?: boolean; id?: number; result?: FileResult }) => {
        if (msg.ready) return feed(w);
        results[msg.id!] = msg.result!;
        if (msg.result!.ok) bytes += msg.result!.bytes;
        done++;
        opts.onProgress?.({ done, total: files.length, bytes, file: files[msg.id!]! });
        if (done === files.length) {
          for (const p of pool) void p.terminate();
          resolve(results);
        } else feed(w);
      });
      w.on('error', (e) => {
        for (const p of pool) void p.terminate();
        reject(e);
      });
    }
  });
}
