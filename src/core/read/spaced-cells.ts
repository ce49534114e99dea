/**
 * 村 名   项目名称   投 资   进 展 (an ideographic space inside 村名): a table's header set in a PDF justifies a
 * two-character cell with a space inside it. Where a line's cells stand apart by wider runs of spaces, that single
 * inner space is dropped, so that the cell stays one cell (村名) for the layout and the table reader.
 */
import { MappedBuilder, type Mapped } from './offset-map.ts';

/** A single space inside a cell of two Han characters that wider gaps (or the line's ends) set apart. */
const INNER_SPACE = /(?<=(?:^|[ ]{2,})\p{Script=Han}) (?=\p{Script=Han}(?:[ ]{2,}|$))/gmu;
/** A line of cells: at least two gaps of two or more spaces between words. */
const CELLS = /\S {2,}\S.*\S {2,}\S/;

export function joinSpacedCells(input: string): Mapped {
  const out = new MappedBuilder(input);
  let from = 0;
  for (const m of input.includes('  ') ? input.matchAll(INNER_SPACE) : []) {
    const at = m.index!;
    const lineStart = input.lastIndexOf('\n', at - 1) + 1;
    let lineEnd = input.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = input.length;
    if (!CELLS.test(input.slice(lineStart, lineEnd))) continue;
    out.copy(input, from, at);
    from = at + 1;
  }
  out.copy(input, from, input.length);
  return out.build();
}
