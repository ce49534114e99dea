/**
 * One report file → its document graph in the build cache, or the one-line error that says what is wrong with it.
 * Runs in the main thread or in a worker thread; either way only a small summary travels back, never the graph.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { readReport, ReportInputError } from './files.ts';
import { loadExtractEnv } from './extract-env.ts';
import { entryKey, entryPath, writeEntry } from './build-cache.ts';
import { encodeEntry, readEntryHeader, type EntryHeader } from './build-entry.ts';
import { extractDocument } from '../core/pipeline.ts';

export interface ExtractJob {
  file: string;
  docId: string;
  cacheDir: string;
  extractor: string;
  /** Extract even when an entry exists (it was found damaged). */
  force?: boolean;
}

export type JobResult =
  | { ok: true; file: string; docId: string; bytes: number; entry: string; header: EntryHeader; cached: boolean }
  | { ok: false; file: string; docId: string; error: string };

export async function extractToCache(job: ExtractJob): Promise<JobResult> {
  const { file, docId } = job;
  try {
    let bytes: Buffer | null = null;
    try {
      bytes = await readFile(file);
    } catch {
      // readReport below turns the failure into the user-facing one-line error
    }
    if (bytes && !job.force) {
      const sha = createHash('sha256').update(bytes).digest('hex');
      const entry = entryPath(job.cacheDir, job.extractor, entryKey(sha, docId, file, job.extractor));
      const header = readEntryHeader(entry);
      if (header && header.doc === docId)
        return { ok: true, file, docId, bytes: bytes.length, entry, header, cached: true };
    }
    const report = await readReport(file);
    const graph = extractDocument({ ...report, docId }, loadExtractEnv());
    const entry = entryPath(job.cacheDir, job.extractor, entryKey(report.sha256, docId, file, job.extractor));
    const { bytes: encoded, header } = encodeEntry(graph);
    writeEntry(entry, encoded);
    return { ok: true, file, docId, bytes: report.bytes, entry, header, cached: false };
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
