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
const SPACE = /[ \t\u3000]/;
/** A line that opens with a bullet is an item of its own (the line joins keep it apart from the line before). */
export const BULLET_START = new RegExp(`^[ \\t\\u3000]*(?:${BULLET.source}|\\p{Extended_Pictographic})`, 'u');
/** Any mark at all: most reports have none, and then the text is passed on as it is. */
const ANY = new RegExp(`${BULLET.source}|${PICTOGRAPH.source}`, 'u');

export function dropBullets(input: string): Mapped {
  const out = new MappedBuilder(input);
  if (!ANY.test(input)) {
    out.copy(input, 0, input.length);
    return out.build();
  }
  let from = 0;
  let lineStart = true;
  for (let i = 0; i < input.length;) {
    const c = input.codePointAt(i)!;
    const width = c > 0xffff ? 2 : 1;
    const ch = input.slice(i, i + width);
    if (ch === '\n') {
      lineStart = true;
      i++;
      continue;
    }
    if (lineStart && SPACE.test(ch)) {
      i++;
      continue;
    }
    const bullet = lineStart && BULLET.test(ch);
    if (!bullet && !PICTOGRAPH.test(ch)) {
      lineStart = false;
      i += width;
      continue;
    }
    // drop the mark and, where a line opens, the spaces after it
    out.copy(input, from, i);
    let j = i + width;
    if (lineStart || bullet) while (j < input.length && SPACE.test(input[j]!)) j++;
    from = j;
    i = j;
  }
  out.copy(input, from, input.length);
  return out.build();
}
