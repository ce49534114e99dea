/**
 * PDF pages (text runs with positions) → report text in reading order, with each output line's page and box so that
 * evidence can point at the page. Pure.
 *
 *   drop overdrawn runs (fake bold) → rows → blocks and columns → lines → headings and paragraph breaks
 *
 * One output line per printed line: the core's line joins (src/core/read/line-joins.ts) decide which lines make one
 * paragraph, as they do for text files. This module adds what only the positions tell: a blank line where the
 * vertical gap is larger than the line spacing, and blank lines around headings (font clearly larger than the body).
 */
import { readingBlocks } from './pdf-columns.ts';
import type { PageLine } from '../../core/pipeline.ts';
import { bodyFontSize, dropOverdrawnRuns, groupRows, type Row, type TextRun } from './pdf-runs.ts';

export interface PageRuns {
  /** 1-based page number. */
  page: number;
  runs: TextRun[];
}

/** Where an output line was printed: `text.slice(start, end)` is the line; the box is in points from the page's
 * top-left corner (y down), `h` the font size. */
export interface PdfLine extends PageLine {
  /** Set in a clearly larger font than the body: a heading, whatever its width or punctuation. */
  heading: boolean;
}

/** A line this much larger than the body's median font size is a heading. */
const HEADING_RATIO = 1.2;
/** A vertical step this much larger than the column's usual line step starts a new paragraph. */
const PARAGRAPH_RATIO = 1.5;
/** Gutters narrower than this share of the body font size are word or letter spacing, not columns. */
const GUTTER_EM = 0.8;
/** A horizontal gap between two runs wider than this share of the font size is written as a space. */
const SPACE_EM = 0.25;

interface Line {
  text: string;
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
  heading: boolean;
  /** A blank line goes before this one. */
  breakBefore: boolean;
}

function lineText(runs: TextRun[]): string {
  let s = '';
  let end = -Infinity;
  for (const r of runs) {
    const gap = r.x - end;
    if (s !== '' && gap > SPACE_EM * r.h && !/\s$/.test(s) && !/^\s/.test(r.str)) s += ' ';
    s += r.str;
    end = Math.max(end, r.x + r.w);
  }
  return s.replace(/[\r\n]+/g, ' ').trimEnd();
}

function median(xs: number[], fallback: number): number {
  if (xs.length === 0) return fallback;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Lines of one column, top to bottom, with headings and paragraph breaks marked. */
function columnLines(rows: Row[], page: number, body: number): Line[] {
  const lines = rows.map((row): Line => {
    // reduce, not Math.min(...): a hostile page can hold more runs in a row than a call has arguments
    const x = row.runs.reduce((m, r) => Math.min(m, r.x), Infinity);
    const h = row.runs.reduce((m, r) => Math.max(m, r.h), 0);
    const right = row.runs.reduce((m, r) => Math.max(m, r.x + r.w), -Infinity);
    const text = lineText(row.runs);
    return { text, page, x, y: row.y - h, w: right - x, h, heading: h >= HEADING_RATIO * body, breakBefore: false };
  });
  const steps: number[] = [];
  for (let i = 1; i < rows.length; i++)
    if (!lines[i]!.heading && !lines[i - 1]!.heading) steps.push(rows[i]!.y - rows[i - 1]!.y);
  const step = median(steps, 1.2 * body);
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    const prev = lines[i - 1]!;
    l.breakBefore = l.heading || prev.heading || rows[i]!.y - rows[i - 1]!.y > PARAGRAPH_RATIO * step;
  }
  if (lines[0]?.heading) lines[0].breakBefore = true;
  return lines.filter((l) => l.text.trim() !== '');
}

function pageLines(p: PageRuns, body: number): Line[] {
  const runs = dropOverdrawnRuns(p.runs.filter((r) => r.str.trim() !== '' && r.w >= 0 && r.h > 0));
  const blocks = readingBlocks(groupRows(runs), GUTTER_EM * body);
  return blocks.flatMap((b) => b.columns.flatMap((rows) => columnLines(rows, p.page, body)));
}

/** Text in reading order and where each of its lines was printed. */
export function layoutPages(pages: PageRuns[]): { text: string; lines: PdfLine[] } {
  const body = bodyFontSize(pages.flatMap((p) => p.runs.filter((r) => r.str.trim() !== '')));
  const lines = pages.flatMap((p) => pageLines(p, body));
  let text = '';
  const out: PdfLine[] = [];
  lines.forEach((l, i) => {
    const after = lines[i - 1];
    if (i > 0) text += l.breakBefore || (after?.heading ?? false) ? '\n\n' : '\n';
    const { page, x, y, w, h, heading } = l;
    out.push({ start: text.length, end: text.length + l.text.length, page, x, y, w, h, heading });
    text += l.text;
  });
  return { text: text === '' ? '' : `${text}\n`, lines: out };
}
