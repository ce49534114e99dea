/**
 * Reading order of a page with columns. A newspaper page is read column by column, not line across columns; but a
 * headline may span the columns, and a page may switch from one column to three halfway down. So the rows are cut
 * into blocks, top to bottom: a block is a run of consecutive rows that share a vertical gutter (an x range with no
 * ink in any of its rows, with ink on both sides); rows that share none (a spanning headline, a full-width
 * paragraph) form plain blocks. Each block is read column by column, each column top to bottom.
 */
import type { Row, TextRun } from './pdf-runs.ts';

export interface Block {
  /** Left to right; a plain block has one. Each column's rows top to bottom, each row holding only its runs. */
  columns: Row[][];
}

/** Columns are split on gutters this many bins wide at least; one bin is `scale` points. */
interface Grid {
  x0: number;
  scale: number;
  bins: number;
}

/** More bins than this (a page wider than ~1.4 m) and a bin covers several points. */
const MAX_BINS = 4000;

function gridOf(rows: Row[]): Grid {
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of rows)
    for (const r of row.runs) {
      lo = Math.min(lo, r.x);
      hi = Math.max(hi, r.x + r.w);
    }
  const span = Math.max(1, hi - lo);
  const scale = Math.max(1, span / MAX_BINS);
  return { x0: lo, scale, bins: Math.ceil(span / scale) + 1 };
}

function inkOf(row: Row, g: Grid): Uint8Array {
  const ink = new Uint8Array(g.bins);
  for (const r of row.runs) {
    const a = Math.max(0, Math.floor((r.x - g.x0) / g.scale));
    const b = Math.min(g.bins - 1, Math.ceil((r.x + r.w - g.x0) / g.scale) - 1);
    ink.fill(1, a, b + 1);
  }
  return ink;
}

/** Gutters of a block's union of ink: runs of empty bins at least `min` wide with ink on both sides. */
function gutters(ink: Uint8Array, min: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const first = ink.indexOf(1);
  const last = ink.lastIndexOf(1);
  if (first < 0) return out;
  for (let i = first; i <= last;) {
    if (ink[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j <= last && !ink[j]) j++;
    if (j - i >= min) out.push([i, j]);
    i = j;
  }
  return out;
}

function orInto(target: Uint8Array, ink: Uint8Array): Uint8Array {
  const out = new Uint8Array(target.length);
  for (let i = 0; i < target.length; i++) out[i] = target[i]! | ink[i]!;
  return out;
}

/** Splits a block's rows at its gutters; a run belongs to the column its middle falls in. */
function splitColumns(rows: Row[], cuts: Array<[number, number]>, g: Grid): Row[][] {
  const edges = cuts.map(([a, b]) => g.x0 + ((a + b) / 2) * g.scale);
  const columns: Row[][] = edges.map(() => []).concat([[]]);
  for (const row of rows) {
    const parts: TextRun[][] = columns.map(() => []);
    for (const r of row.runs) {
      const mid = r.x + r.w / 2;
      let c = 0;
      while (c < edges.length && mid > edges[c]!) c++;
      parts[c]!.push(r);
    }
    parts.forEach((runs, c) => {
      if (runs.length > 0) columns[c]!.push({ y: runs[0]!.y, runs });
    });
  }
  return columns.filter((c) => c.length > 0);
}

/**
 * Blocks of a page, top to bottom. `minGutter` is in points: narrower gaps (word spaces, letter-spaced CJK) never
 * split columns, and a gap must hold in every row of the block, so one line's accidental gap does not either.
 */
export function readingBlocks(rows: Row[], minGutter: number): Block[] {
  if (rows.length === 0) return [];
  const g = gridOf(rows);
  const min = Math.max(1, Math.round(minGutter / g.scale));
  const blocks: Block[] = [];
  let cur: Row[] = [];
  let ink: Uint8Array = new Uint8Array(g.bins);
  const close = () => {
    const cuts = cur.length >= 2 ? gutters(ink, min) : [];
    const columns = cuts.length > 0 ? splitColumns(cur, cuts, g) : [cur];
    const prev = blocks[blocks.length - 1];
    // consecutive plain blocks are one plain block: same reading order, fewer pieces
    if (columns.length === 1 && prev && prev.columns.length === 1) prev.columns[0]!.push(...cur);
    else blocks.push({ columns });
  };
  for (const row of rows) {
    const next = orInto(ink, inkOf(row, g));
    if (cur.length > 0 && gutters(next, min).length === 0) {
      close();
      cur = [row];
      ink = inkOf(row, g);
    } else {
      cur.push(row);
      ink = next;
    }
  }
  close();
  return blocks;
}
