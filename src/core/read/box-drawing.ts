/**
 * Boxes drawn with box-drawing characters (┌──┐ / │数说束河·2023│ / │接待游客612万人次│ / └──┘): a page's box of
 * figures saved as text. The frame is no word: lines of frame alone go with their line break, and the borders of a
 * framed line go with the padding inside them, so each framed line reads as an item (the layout keeps it apart).
 */
import { MappedBuilder, type Mapped } from './offset-map.ts';

/** The Unicode block of box-drawing characters: ─ │ ┌ ┐ └ ┘ ├ ┤ ═ ║ ╔ … */
const FRAME = /[\u2500-\u257f]/;
/** A frame character with the spaces that pad it on the side away from the frame's edge. */
const BORDER = /[ \t\u3000]*[\u2500-\u257f]+[ \t\u3000]*/g;

/** A line that opens on the frame: its line stands as an item of its own. */
export function isFramed(line: string): boolean {
  return FRAME.test(line.trimStart()[0] ?? '');
}

export function dropBoxDrawing(input: string): Mapped {
  if (!FRAME.test(input)) return { text: input, map: null };
  const out = new MappedBuilder(input);
  let start = 0;
  while (start <= input.length) {
    let end = input.indexOf('\n', start);
    if (end < 0) end = input.length;
    const line = input.slice(start, end);
    if (!isFramed(line)) out.copy(input, start, Math.min(end + 1, input.length));
    else if (line.replace(BORDER, '') !== '') {
      // a framed line's words, without the border and its padding
      let from = start;
      for (const m of line.matchAll(BORDER)) {
        out.copy(input, from, start + m.index!);
        from = start + m.index! + m[0].length;
      }
      out.copy(input, from, Math.min(end + 1, input.length));
    }
    // (a line of frame alone goes with its line break)
    start = end + 1;
  }
  return out.build();
}
