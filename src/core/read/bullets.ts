/**
 * Bullets and emoji: posts on public accounts and web pages mark their items with shapes and pictographs, which
 * extraction glues to the first word of the item (● 援疆项目… → ●援疆项目…, 🏆 阔纳协海尔村获评…). They carry no
 * words, so they are dropped: a run of bullet shapes (with the spaces after it) where a line opens, and every
 * pictograph anywhere. A shape inside a line stays (二○二三年 writes its zero with ○).
 */
import { MappedBuilder, type Mapped } from './offset-map.ts';

/** Shapes used as bullets: geometric shapes, stars, arrows, check marks, the bullet signs. */
const BULLET = /[\u2022\u2023\u2043\u2192\u21d2\u25a0-\u25ff\u2605\u2606\u2666\u27a4\u27a2\u2714\u2713\u261e]/;
/** Pictographs and what dresses them (variation selectors, joiners, skin tones, keycaps). */
const PICTOGRAPH = /\p{Extended_Pictographic}|[\u{1f3fb}-\u{1f3ff}]|\ufe0f|\ufe0e|\u200d|\u20e3/u;
/** A line that opens with a bullet is an item of its own (the line joins keep it apart from the line before). */
export const BULLET_START = new RegExp(`^[ \\t\\u3000]*(?:${BULLET.source}|\\p{Extended_Pictographic})`, 'u');
/** Bullets and pictographs around a line's words (💗【民生福祉篇】💗, 👉 教育医疗提质扩容): what the words are, bare. */
const AROUND = new RegExp(
  `^[ \\t\\u3000]*(?:(?:${BULLET.source}|${PICTOGRAPH.source})[ \\t\\u3000]*)+|(?:[ \\t\\u3000]*(?:${BULLET.source}|${PICTOGRAPH.source}))+[ \\t\\u3000]*$`,
  'gu',
);
export const withoutMarks = (line: string): string =>
  BULLET_START.test(line) || PICTOGRAPH.test(line) ? line.replace(AROUND, '') : line;

/**
 * The marks to drop: where a line opens, a run of bullets and pictographs with the spaces after them (the line's own
 * indent stays); anywhere else, a run of pictographs.
 */
const MARKS = new RegExp(
  `^[ \\t\\u3000]*((?:(?:${BULLET.source}|${PICTOGRAPH.source})[ \\t\\u3000]*)+)|(?:${PICTOGRAPH.source})+`,
  'gmu',
);

export function dropBullets(input: string): Mapped {
  const out = new MappedBuilder(input);
  let from = 0;
  for (const m of input.matchAll(MARKS)) {
    const start = m.index! + (m[1] === undefined ? 0 : m[0].length - m[1].length);
    out.copy(input, from, start);
    from = m.index! + m[0].length;
  }
  out.copy(input, from, input.length);
  return out.build();
}
