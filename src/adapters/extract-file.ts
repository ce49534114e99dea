/** One report file → its document graph, or the one-line error that says what is wrong with it. */
import { readReport, ReportInputError } from './files.ts';
import { loadExtractEnv } from './extract-env.ts';
import { extractDocument } from '../core/pipeline.ts';
import type { DocumentGraph } from '../core/graph/builder.ts';

export type FileResult =
  | { ok: true; file: string; bytes: number; sha256: string; graph: DocumentGraph }
  | { ok: false; file: string; error: string };

export async function extractFile(file: string, docId?: string): Promise<FileResult> {
  try {
    const report = await readReport(file);
    const graph = extractDocument({ ...report, docId: docId ?? report.docId }, loadExtractEnv());
    return { ok: true, file, bytes: report.bytes, sha256: report.sha256, graph };
  } catch (error) {
    if (error instanceof ReportInputError) return { ok: false, file, error: error.message };
    return {
      ok: false,
      file,
      error: `${file}: extraction failed (${(error as Error).message}); please report this file`,
    };
  }
}
