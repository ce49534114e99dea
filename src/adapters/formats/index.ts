/** Readers for report formats other than plain text, registered by extension in src/adapters/files.ts. */
export { readPdf } from './pdf.ts';
export { readHtml } from './html.ts';
export { readDocx } from './docx.ts';
export { layoutPages, type PageRuns, type PdfLine } from './pdf-layout.ts';
export type { TextRun } from './pdf-runs.ts';
