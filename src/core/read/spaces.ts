/**
 * Spaces from justified columns and PDF glyph placement: 过 去 一 年 ， 柏 林 镇 → 过去一年，柏林镇, 2020 年 → 2020年,
 * 受理审批事项 209 件 → 受理审批事项209件, AAAA 级 → AAAA级. A space survives only between two non-CJK
 * characters (Version 2, in the city), and a run of them shrinks to one.
 */
import { MappedBuilder, type Mapped } from './offset-map.ts';

/** Han, kana, CJK punctuation and symbols, full-width forms, “”‘’ quotes, … and —, middle dot: no spaces beside them. */
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u00b7\u30fb]/u;

function needsSpace(before: string | undefined, after: string | undefined, beforeThat?: string): boolean {
  if (before === undefined || after === undefined || before === '\n' || after === '\n') return false;
  // 4.<line break>2 亿元: a decimal cut by the column edge
  if (before === '.' && /\d/.test(after) && /\d/.test(beforeThat ?? '')) return false;
  return !CJK.test(before) && !CJK.test(after);
}

export function removeSpaces(input: string): Mapped {
  const out = new MappedBuilder(input);
  for (let i = 0; i < input.length;) {
    if (input[i] !== ' ') {
      out.push(input[i], i);
      i++;
      continue;
    }
    let j = i;
    while (input[j] === ' ') j++;
    // Neighbours are code units; a surrogate pair's low half is neither CJK-matched nor a space, which keeps the space.
    if (needsSpace(input[i - 1], input[j], input[i - 2])) out.push(' ', i);
    i = j;
  }
  return out.build();
}
