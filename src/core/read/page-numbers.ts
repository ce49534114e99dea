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
/** A line that ends a sentence: the body has begun above it. */
const SENTENCE_END = /[。！？]”?\s*$/;

export function dropPageNumbers(input: string): Mapped {
  const lines = input.split('\n');
  const drop = new Uint8Array(lines.length);
  lines.forEach((line, i) => {
    if (isPageNumberLine(line) || (LONE_NUMBER.test(line) && isBlank(lines[i - 1]) && isBlank(lines[i + 1])))
      drop[i] = 1;
  });
  // …实战检 / 岭上时报 2022年1月18日 星期二 第4版 / 验了…: a page's masthead (the one the layout reads as a title)
  // where a sentence runs on across pages; set apart by blank lines (…订单1800 / (blank) / 乐亭报… / (blank) / 万元。),
  // those go with it, or the sentence would break into two paragraphs there. Where the page ends on a sentence's end
  // (…协议引资2.3亿元。 / 岭上时报 2023年1月13日 星期五 第3版 / 6月18日，…) the masthead goes alone, its blank lines
  // still parting the paragraphs; one above the report's first sentence stays with the title.
  lines.forEach((line, i) => {
    if (!MASTHEAD.test(line)) return;
    let before = i - 1;
    while (before >= 0 && isBlank(lines[before])) before--;
    let after = i + 1;
    while (after < lines.length && isBlank(lines[after])) after++;
    // (…日子一定会越过越红火。”/ 今日内乡 2022年1月14日 第5版: the last page's masthead, after the last sentence, goes too)
    // (a note in brackets, （本文原载《某日报》…第3版）, says where it was printed: it stays)
    if (after >= lines.length && before >= 0 && SENTENCE_END.test(lines[before]!) && !/^\s*[（(]/.test(line))
      drop[i] = 1;
    if (before < 0 || after >= lines.length || MASTHEAD.test(lines[before]!)) return;
    if (MID_SENTENCE.test(lines[before]!)) drop.fill(1, before + 1, after);
    else if (SENTENCE_END.test(lines[before]!)) drop[i] = 1;
  });
  return dropLines(input, (_line, _around, i) => drop[i] === 1);
}
