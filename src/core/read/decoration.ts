/**
 * Stray decoration letters: the page design puts a large letter (A, B, C…) next to section titles and extraction
 * glues it to the title text: 有效衔接脱贫攻坚与乡村振兴C → 有效衔接脱贫攻坚与乡村振兴. Only a single letter right
 * after a Han character (or a space after one), at the end of a line read as a heading, is dropped, and so is a letter on
 * a line of its own right under a heading; 维生素C in a sentence stays.
 */
import { MappedBuilder, type Mapped } from './offset-map.ts';
import { readLayout, STRAY_LETTER } from './layout.ts';

/**
 * A line a letter could be dropped from: a letter alone, or one right after a Han character at the line's end. Most
 * reports have none, and then the layout (the costly part) is not read at all.
 */
const LETTER_LINE = /^[^\S\n]*[A-Za-z][^\S\n]*$|\p{Script=Han}[ \u3000]?[A-Za-z][^\S\n]*$/mu;

export function dropDecorationLetters(input: string): Mapped {
  if (!LETTER_LINE.test(input)) return { text: input, map: null };
  const out = new MappedBuilder(input);
  let from = 0;
  const lines = readLayout(input);
  lines.forEach((line, k) => {
    // 亮点四 和美乡村 / I / 过去一年…: the letter set on a line of its own under a heading
    if (/^[A-Za-z]$/.test(line.body) && k > 0 && lines[k - 1]!.heading) {
      out.copy(input, from, line.start);
      from = line.end;
      return;
    }
    const stray = line.heading ? STRAY_LETTER.exec(line.body) : null;
    if (!stray) return;
    const end = line.start + input.slice(line.start, line.end).trimEnd().length;
    out.copy(input, from, end - stray[0].length);
    from = end;
  });
  out.copy(input, from, input.length);
  return out.build();
}
