/**
 * `.pdf` reports through pdfjs-dist (the legacy build, which runs in Node). pdfjs is loaded on first use, so a build
 * of text files never pays for it. Everything pdfjs needs comes from the package itself: character maps for CJK
 * fonts (cmaps/), the 14 standard fonts (standard_fonts/); no worker download, no system fonts, no network, no eval.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ReportInputError } from '../../core/read/decode.ts';
import type { DecodedReport } from '../files.ts';
import { layoutPages, type PageRuns } from './pdf-layout.ts';
import type { TextRun } from './pdf-runs.ts';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

let pdfjs: Promise<Pdfjs> | null = null;

function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** pdfjs reads its data files from these folders (a file path with a trailing slash works in Node). */
function packageFolder(sub: string): string {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return join(root, sub) + '/';
}

function openError(file: string, error: unknown): ReportInputError {
  const name = (error as Error).name;
  if (name === 'PasswordException')
    return new ReportInputError(file, 'the PDF is encrypted with a password; save an unprotected copy and retry');
  if (name === 'InvalidPDFException')
    return new ReportInputError(file, 'not a valid PDF (damaged or truncated); re-download or re-export it and retry');
  return new ReportInputError(
    file,
    `the PDF cannot be read (${(error as Error).message}); re-export it (e.g. print to PDF) and retry`,
  );
}

/** Text items of one page as runs in upright page space (the viewport applies /Rotate and the crop box). */
async function pageRuns(lib: Pdfjs, page: PdfPage, number: number): Promise<PageRuns> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [, , c, d, e, f] = lib.Util.transform(viewport.transform, item.transform) as number[];
    const h = Math.hypot(c!, d!);
    // vertical (ttb) text is read as if horizontal: rare in these reports, and its order is still top to bottom
    runs.push({ str: item.str, x: e!, y: f!, w: item.dir === 'ttb' ? h : item.width, h });
  }
  page.cleanup();
  return { page: number, runs };
}

export async function readPdf(bytes: Uint8Array, file: string): Promise<DecodedReport> {
  const lib = await loadPdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes), // a copy: pdfjs may detach its buffer, and the caller still hashes the bytes
    cMapUrl: packageFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: packageFolder('standard_fonts'),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw openError(file, error);
  }
  const pages: PageRuns[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) pages.push(await pageRuns(lib, await doc.getPage(n), n));
  } catch (error) {
    throw openError(file, error);
  } finally {
    await task.destroy();
  }
  const { text, lines } = layoutPages(pages);
  if (text.trim() === '')
    throw new ReportInputError(
      file,
      'the PDF has no text layer (scanned pages?); run OCR on it (e.g. ocrmypdf) and retry',
    );
  return { text, encoding: 'pdf', lines };
}
