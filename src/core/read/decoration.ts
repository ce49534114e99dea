/**
 * Stray decoration letters: the page design puts a large letter (A, B, C…) next to section titles and extraction
 * glues it to the title text: 有效衔接脱贫攻坚与乡村振兴C → 有效衔接脱贫攻坚与乡村振兴. Only a single capital right
 * after a Han character, at the end of a line read as a heading, is dropped; 维生素C in a sentence stays.
 */
import { MappedBuilder, type Mapped } from './offset-map.ts';
import { readLayout, STRAY_LETTER } from './layout.ts';

export function dropDecorationLetters(input: string): Mapped {
  const out = new MappedBuilder(input);
  let from = 0;
  for (const line of readLayout(input)) {
    if (!line.heading || !STRAY_LETTER.test(line.body)) continue;
    const letter = line.start + input.slice(line.start, line.end).trimEnd().length - 1;
    out.copy(input, from, letter);
    from = letter + 1;
  }
  out.copy(input, from, input.length);
  return out.build();
}
