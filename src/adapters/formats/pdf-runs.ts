/**
 * Text runs of a PDF page (pdfjs text items reduced to what the layout needs), fake-bold removal and rows. Pure: no
 * pdfjs here, so the layout rules are tested on plain numbers.
 *
 * Coordinates are PDF points in page space seen upright (pdfjs viewport at scale 1): x to the right, y DOWN from the
 * page's top edge, `y` being the baseline.
 */

export interface TextRun {
  str: string;
  /** Left end of the baseline. */
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Advance width of the whole run. */
  w: number;
  /** Font size (the em box height). */
  h: number;
}

export interface Row {
  /** Baseline of the row (of its first run). */
  y: number;
  /** Runs left to right. */
  runs: TextRun[];
}

/** Overdrawn copies sit within this share of the font size of the original (fake bold uses ~0.02–0.1 em). */
const OVERDRAW_TOLERANCE = 0.2;

function sameBaseline(a: TextRun, b: TextRun): boolean {
  return Math.abs(a.y - b.y) <= OVERDRAW_TOLERANCE * Math.max(a.h, b.h) && Math.abs(a.h - b.h) <= 0.1 * a.h;
}

/**
 * Is `r` a copy of (part of) `e` drawn over it? The copy's text must be e's text at the character position the copy's
 * x falls on, and its box must lie within e's box: 深化改革 drawn twice 0.3pt apart, or 深化改革 then 改革 alone
 * over its second half. Two different words never pass the text test, two lines never pass the baseline test.
 */
function isOverdrawOf(r: TextRun, e: TextRun): boolean {
  if (!sameBaseline(r, e) || r.str.length > e.str.length) return false;
  const slack = OVERDRAW_TOLERANCE * e.h;
  if (r.x < e.x - slack || r.x + r.w > e.x + e.w + slack) return false;
  if (r.str === e.str) return Math.abs(r.x - e.x) <= slack;
  const advance = e.w / e.str.length;
  const at = Math.round((r.x - e.x) / advance);
  return Math.abs(r.x - (e.x + at * advance)) <= slack && e.str.startsWith(r.str, at);
}

/** Height band for bucketing runs by baseline: overdraws land in the same or the next band. */
const BAND = 2;

/**
 * Drops runs drawn over an earlier run with the same text (fake bold, shadow, double printing), so that
 * 深化改革深化改革 never reaches the text. Kept runs are returned in drawing order.
 */
export function dropOverdrawnRuns(runs: TextRun[]): TextRun[] {
  const bands = new Map<number, TextRun[]>();
  const kept: TextRun[] = [];
  for (const r of runs) {
    const band = Math.round(r.y / BAND);
    const near = [band - 1, band, band + 1].flatMap((b) => bands.get(b) ?? []);
    if (near.some((e) => isOverdrawOf(r, e))) continue;
    kept.push(r);
    const list = bands.get(band);
    if (list) list.push(r);
    else bands.set(band, [r]);
  }
  return kept;
}

/**
 * Rows across the whole page: runs whose baselines lie within 0.4 em of each other, top to bottom, each left to
 * right. Columns are separated later; a row may hold runs of several columns.
 */
export function groupRows(runs: TextRun[]): Row[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Row[] = [];
  for (const r of sorted) {
    const last = rows[rows.length - 1];
    const lead = last?.runs[0];
    if (last && lead && Math.abs(r.y - last.y) <= 0.4 * Math.min(r.h, lead.h)) last.runs.push(r);
    else rows.push({ y: r.y, runs: [r] });
  }
  for (const row of rows) row.runs.sort((a, b) => a.x - b.x);
  return rows;
}

/** Median font size of the body, weighted by characters: headings are the lines clearly larger than this. */
export function bodyFontSize(runs: TextRun[]): number {
  const sizes = runs.map((r) => ({ h: r.h, n: r.str.length })).sort((a, b) => a.h - b.h);
  const total = sizes.reduce((s, x) => s + x.n, 0);
  let seen = 0;
  for (const s of sizes) {
    seen += s.n;
    if (seen * 2 >= total) return s.h;
  }
  return 10;
}
