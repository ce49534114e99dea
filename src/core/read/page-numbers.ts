/**
 * Page numbers that extraction leaves between the lines of a paragraph (…开展\n— 12 —\n集体学习…) would end up
 * inside a sentence once lines are joined. Only unmistakable page furniture is dropped, with its line break:
 *   — 12 —   - 3 -   －５－ (already folded)   第 3 页   第3页 共10页   3 / 10   A1 (a page code)
 * A line holding just a number (2000) is not touched: in a column it can be the end of a figure (投资\n2000\n万元).
 * Only a short one set apart by blank lines on both sides (…转变。\n\n2\n\n黄姚豆豉…) is a page's number.
 */
import { dropLines } from './drop-lines.ts';
import { MASTHEAD } from './layout.ts';
import type { Mapped } from './offset-map.ts';

const PAGE_NUMBER_LINES = [
  /^\s*[-—–－]+\s*\d{1,4}\s*[-—–－]+\s*$/,
  /^\s*第\s*\d{1,4}\s*页(\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?\s*$/,
  /^\s*\d{1,4}\s*\/\s*\d{1,4}\s*$/,
  // A1, B03: a newspaper's page code alone on its line
  /^\s*[A-H]\d{1,2}\s*$/,
];

export function isPageNumberLine(line: string): boolean {
  return PAGE_NUMBER_LINES.some((p) => p.test(line));
}

const LONE_NUMBER = /^\s*\d{1,3}\s*$/;
const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';

/** A line that stops inside a sentence (no closing punctuation), as a column's line does at the page's foot. */
const MID_SENTENCE = /[^。！？；：”」』）)\s]\s*$/;

export function dropPageNumbers(input: string): Mapped {
  return dropLines(
    input,
    (line, around) =>
      isPageNumberLine(line) ||
      (LONE_NUMBER.test(line) && isBlank(around.previous) && isBlank(around.next)) ||
      // …实战检 / 岭上时报 2022年1月18日 星期二 第4版 / 验了…: a page's masthead (the one the layout reads as a
      // title) where a sentence runs on across pages
      (MASTHEAD.test(line) &&
        MID_SENTENCE.test(around.previous ?? '') &&
        !isBlank(around.next) &&
        !MASTHEAD.test(around.previous ?? '')),
  );
}
