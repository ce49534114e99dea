/**
 * Hard line breaks: extraction keeps the column's line breaks, and page or column changes add blank lines in the
 * middle of sentences (…东华街文 / (blank) / 化旅游项目…). Lines of one paragraph are joined; a paragraph ends with
 * one '\n'. A joint becomes a space (mapped to the line break), which the space stage then drops between Chinese
 * characters and keeps between two Latin words.
 *
 * Between two lines the paragraph ends when either line is a heading or a table row; else, across blank lines, when the text
 * before has finished its sentence; else, with no blank line, when a finished sentence stops short of the column
 * or the text is written one paragraph per line. A line opening with a bullet starts an item of its own.
 */
import { BULLET_START } from './bullets.ts';
import { MappedBuilder, type Mapped } from './offset-map.ts';
import { cutFigure, cutLatinRun, endsParagraphByItself, readLayout, type LineInfo } from './layout.ts';

function endsParagraph(lines: LineInfo[], before: number, after: number, cut: boolean): boolean {
  const a = lines[before];
  const b = lines[after];
  if (a.heading || b.heading || a.table || b.table) return true;
  // 地区生产总值 / 18.7亿元 / 同比增长 6.8%: in a box of figures a label goes on to its figure, a figure ends its item;
  // in a box that gives the figure first (186.4万人次 / 全年接待游客), every line is an item
  if (a.box && b.box) return a.box === 'figure-first' || /\d/.test(a.body);
  if (a.box || b.box) return true;
  // 规模以上工业产值3. / 16亿元: a decimal point at the column edge finishes no sentence
  if (cut) return false;
  // ● 援疆项目…: a bulleted item starts its own paragraph
  if (BULLET_START.test(b.body)) return true;
  if (after > before + 1) return a.endsSentence;
  return endsParagraphByItself(lines, before);
}

export function joinLines(input: string): Mapped {
  const lines = readLayout(input);
  const out = new MappedBuilder(input);
  let previous = -1;
  let cutAt = -1;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.blank) continue;
    if (previous >= 0) {
      const breakAt = lines[previous].end; // the '\n' after the previous text line stands for the joint
      const cut = cutFigure(lines[previous].body, line.body) || cutLatinRun(lines[previous].body, line.body);
      if (cut) cutAt = k;
      // 指标名称 / 单位 / 完成数 / …: a table set one cell per line reads as one row of cells
      if (lines[previous].cell && line.cell) out.push(' ', breakAt);
      else if (endsParagraph(lines, previous, k, cut)) out.push('\n', breakAt);
      // (农村居民人均 / 可支配收入: a box's label goes on with no space)
      else if (!cut && !(lines[previous].box && line.box)) out.push(' ', breakAt);
    }
    // a cut figure goes on at its first digit (保障困难群众1 / ␣380 人: no space from the next line's margin)
    let from = line.start;
    if (cutAt === k) while (input[from] === ' ') from++;
    out.copy(input, from, line.end);
    previous = k;
  }
  return out.build();
}
