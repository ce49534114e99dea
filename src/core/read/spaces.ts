/**
 * Spaces from justified columns and PDF glyph placement: 过 去 一 年 ， 柏 林 镇 → 过去一年，柏林镇, 2020 年 → 2020年,
 * 受理审批事项 209 件 → 受理审批事项209件, AAAA 级 → AAAA级. A space survives only between two non-CJK
 * characters (Version 2, in the city), and a run of them shrinks to one.
 */
import { isTableHeader, isTableLine } from './layout.ts';
import { MappedBuilder, type Mapped } from './offset-map.ts';

/** Han, kana, CJK punctuation and symbols, full-width forms, “”‘’ quotes, … and —, middle dot: no spaces beside them. */
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u00b7\u30fb]/u;

/** The leading digits of a figure written with its thousands apart (1 860万元), and the groups after them. */
const GROUP_BEFORE = /(?:^|[^\d.,])\d{1,3}$/;
const GROUP_AFTER = /^\d{3}(?: \d{3})*(?:\.\d+)?(?:余|多)?(?:[\p{Script=Han}%])/u;

/** Whether the run of spaces input[i, j) stays (as one space) in running text. */
function needsSpace(input: string, i: number, j: number): boolean {
  const before = input[i - 1];
  const after = input[j];
  const beforeThat = input[i - 2];
  if (before === undefined || after === undefined || before === '\n' || after === '\n') return false;
  // 4.<line break>2 亿元: a decimal cut by the column edge; 1 . 3 万: one spaced out letter by letter
  if (
    before === '.' &&
    /\d/.test(after) &&
    (/\d/.test(beforeThat ?? '') || (beforeThat === ' ' && /\d/.test(input[i - 3] ?? '')))
  )
    return false;
  // 达 2 . 3 万 亩 inside a paragraph whose other lines are not spaced: a decimal point between digits, and a digit
  // standing alone between spaces (2 3 0 0, 突破45 0 0 where a cut figure was joined), are glyph placement
  if (/\d/.test(before) && after === '.') return false;
  if (/\d/.test(before) && /\d/.test(after) && (beforeThat === ' ' || input[j + 1] === ' ')) return false;
  // 1 860万元, 29 850元: a figure's thousands set apart (a group of three digits that runs into its unit)
  if (GROUP_BEFORE.test(input.slice(Math.max(0, i - 4), i)) && GROUP_AFTER.test(input.slice(j, j + 16))) return false;
  // 5.6 %: a percentage sign belongs to its figure
  if (/\d/.test(before) && (after === '%' || after === '‰')) return false;
  return !CJK.test(before) && !CJK.test(after);
}

/**
 * A short line of a few phrases set apart by single spaces (亮点一 城市更新提速 老城新貌焕发活力, 本报记者 王晓燕) is
 * a heading or a byline whose spaces separate its parts: they stay. A line spaced letter by letter does not qualify
 * (a part of one character), nor a line of running text.
 */
const HAN = /\p{Script=Han}/u;
const PHRASED_LINE = /^[^\s]{2,}(?: [^\s]{2,}){1,3}$/;
const MAX_PHRASED_LINE = 40;

/**
 * A line spaced letter by letter (2 0 2 4 年 投 入 2 3 0 0 万 元 , 4 . 6 公 里): nearly every part is one character,
 * so even the spaces between digits are glyph placement.
 */
function letterSpaced(line: string): boolean {
  const parts = line.split(/ +/);
  if (parts.length < 6) return false;
  let single = 0;
  for (const p of parts) if (p.length === 1) single++;
  return single >= 0.8 * parts.length;
}

/** What a line's spaces are: cell borders of a table row, parts of a short phrased line, or glyph placement. */
function lineKind(input: string, at: number): 'table' | 'phrased' | 'spaced' | 'text' {
  const start = input.lastIndexOf('\n', at) + 1;
  let end = input.indexOf('\n', at);
  if (end < 0) end = input.length;
  const line = input.slice(start, end).trim();
  const nextEnd = input.indexOf('\n', end + 1);
  const next = end < input.length ? input.slice(end + 1, nextEnd < 0 ? input.length : nextEnd).trim() : '';
  if (isTableLine(line) || isTableHeader(line, next)) return 'table';
  if (letterSpaced(line)) return 'spaced';
  return line.length <= MAX_PHRASED_LINE && PHRASED_LINE.test(line) && !/[，。；]/.test(line) ? 'phrased' : 'text';
}

export function removeSpaces(input: string): Mapped {
  const out = new MappedBuilder(input);
  // the verdict of the line being read, computed once per line
  let lineEnd = -1;
  let kind: ReturnType<typeof lineKind> = 'text';
  for (let i = 0; i < input.length;) {
    if (input[i] !== ' ') {
      out.push(input[i], i);
      i++;
      continue;
    }
    let j = i;
    while (input[j] === ' ') j++;
    if (i > lineEnd) {
      lineEnd = input.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = input.length;
      kind = lineKind(input, i);
    }
    // a table row's cells stay apart by one space
    const cell = kind === 'table' && input[i - 1] !== '\n' && input[j] !== '\n' && i > 0 && j < input.length;
    // Neighbours are code units; a surrogate pair's low half is neither CJK-matched nor a space, which keeps the space.
    const between = kind === 'phrased' && j - i === 1 && HAN.test(input[i - 1] ?? '') && HAN.test(input[j] ?? '');
    if (kind !== 'spaced' && (cell || between || needsSpace(input, i, j))) out.push(' ', i);
    i = j;
  }
  return out.build();
}
