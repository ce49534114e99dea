/**
 * One report file → its document graph in the build cache, or the one-line error that says what is wrong with it.
 * Runs in the main thread or in a worker thread; either way only a small summary travels back, never the graph.
 */
import { readReport, ReportInputError } from './files.ts';
import { loadExtractEnv } from './extract-env.ts';
import { entryKey, entryPath, writeEntry } from './build-cache.ts';
import { encodeEntry, type EntryHeader } from './build-entry.ts';
import { extractDocument } from '../core/pipeline.ts';

export interface ExtractJob {
  file: string;
  docId: string;
  cacheDir: string;
  extractor: string;
}

/** Milliseconds in this job: reading and decoding the file, the core's extraction, encoding and writing the entry. */
export interface JobTimes {
  read: number;
  extract: number;
  cache: number;
}

export type JobResult =
  | {
      ok: true;
      file: string;
      docId: string;
      bytes: number;
      entry: string;
      header: EntryHeader;
      cached: boolean;
      ms?: JobTimes;
    }
  | { ok: false; file: string; docId: string; error: string };

/** Extracts a report and writes its entry (whether or not one exists: the caller looked it up). */
export async function extractToCache(job: ExtractJob): Promise<JobResult> {
  const { file, docId } = job;
  try {
    const t0 = performance.now();
    const report = await readReport(file);
    const t1 = performance.now();
    const graph = extractDocument({ ...report, docId }, loadExtractEnv());
    const t2 = performance.now();
    const entry = entryPath(job.cacheDir, job.extractor, entryKey(report.sha256, docId, file, job.extractor));
    const { bytes: encoded, header } = encodeEntry(graph);
    writeEntry(entry, encoded);
    const ms = { read: t1 - t0, extract: t2 - t1, cache: performance.now() - t2 };
    return { ok: true, file, docId, bytes: report.bytes, entry, header, cached: false, ms };
  } catch (error) {
    if (error instanceof ReportInputError) return { ok: false, file, docId, error: error.message };
    return {
      ok: false,
      file,
      docId,
      error: `${file}: extraction failed (${(error as Error).message}); please report this file`,
    };
  }
}
