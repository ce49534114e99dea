/**
 * A newspaper story that does not fit its page jumps: the part on one page ends on a marker (…志愿者“（下转A05版）),
 * the page's running footer and the next page's header follow (珠江商报A04 2022年1月14日星期五), and the rest opens
 * on its own marker (（上接A04版）桶边督导”…). The markers are no words of the report, and the furniture between a
 * jump and its landing would cut the sentence in two: the markers go, and so do the lines between them when they
 * are only a page's furniture, so that the sentence reads across. A jump whose landing is not in the text (the
 * story goes on in an article the file does not hold) loses its marker only.
 */
import { MappedBuilder, type Mapped } from './offset-map.ts';

/** A page as a jump names it: 第2版, A05版, 第三版, A3. */
const PAGE = String.raw`第?\s*(?:[A-Z]\s*\d{1,2}|\d{1,3}|[一二三四五六七八九十]{1,3})\s*版?`;
/** （下转A05版）, (转第3版), （下转第二版）. */
const JUMP = new RegExp(String.raw`[（(]\s*(?:下转|转至|转)\s*${PAGE}\s*[）)]`, 'g');
/** （上接A04版）, (接第1版), （紧接第一版）. */
const LANDING = new RegExp(String.raw`^[ \t\u3000]*[（(]\s*(?:上接|接上|紧接|续接|接)\s*${PAGE}\s*[）)][ \t\u3000]*`);
/** How far a landing may lie from its jump: a footer, a header and the blank lines around them. */
const MAX_LINES_BETWEEN = 8;
/** A page's running footer or header: its date, weekday, page, editor, or the paper's name alone. */
const FURNITURE =
  /^(?=[^。！？；]{0,60}$)(?:.*(?:\d{4}年\d{1,2}月\d{1,2}日|星期[一二三四五六日天]|第?\s*[A-Z]?\d{1,3}\s*版|责任编辑|校对)|\s*[\u4e00-\u9fff]{2,10}报\s*)/;
/** (a header set across the page's width, 4        要闻        2023年1月13日  星期五, is measured without its gaps) */
const blankOrFurniture = (line: string) => line.trim() === '' || FURNITURE.test(line.replace(/\s+/g, ' '));

/** Every marker: a jump anywhere, a landing where a line opens. */
const MARKER = new RegExp(`${JUMP.source}|${LANDING.source.replace(/^\^/, '(?<=^|\\n)')}`, 'g');

export function joinPageJumps(input: string): Mapped {
  if (!/[（(]\s*(?:下转|转至|转|上接|接上|紧接|续接|接)/.test(input)) return { text: input, map: null };
  const out = new MappedBuilder(input);
  let from = 0;
  for (const m of input.matchAll(MARKER)) {
    if (m.index! < from) continue;
    const after = m.index! + m[0].length;
    if (LANDING.test(m[0])) {
      // a landing with only furniture above it, under a line cut mid-sentence: the story goes on from that line
      const cut = cutAbove(input, m.index!);
      out.copy(input, from, cut >= from ? cut : m.index!);
      from = after;
      continue;
    }
    out.copy(input, from, m.index!);
    from = after;
    // a jump that ends its line: its landing, below the furniture, is where the story goes on
    const lineEnd = input.indexOf('\n', after);
    if (lineEnd < 0 || input.slice(after, lineEnd).trim() !== '') continue;
    for (let start = lineEnd + 1, k = 0; k <= MAX_LINES_BETWEEN && start < input.length; k++) {
      let end = input.indexOf('\n', start);
      if (end < 0) end = input.length;
      const landing = LANDING.exec(input.slice(start, end));
      if (landing) {
        from = start + landing[0].length;
        break;
      }
      if (!blankOrFurniture(input.slice(start, end))) break;
      start = end + 1;
    }
  }
  out.copy(input, from, input.length);
  return out.build();
}

/**
 * Where the text above a landing (at `at`, a line's start) was cut: the end of the last line of text above the
 * page's furniture, when that line stops mid-sentence; else -1.
 */
function cutAbove(input: string, at: number): number {
  let end = at - 1; // the '\n' that ends the line above
  for (let k = 0; k <= MAX_LINES_BETWEEN && end > 0; k++) {
    const start = input.lastIndexOf('\n', end - 1) + 1;
    const line = input.slice(start, end);
    if (!blankOrFurniture(line)) return /[。！？；]\s*$/.test(line) || k === 0 ? -1 : end;
    end = start - 1;
  }
  return -1;
}
