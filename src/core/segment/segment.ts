/**
 * Splits clean text into paragraphs, headings and sentences. Offsets are clean-text offsets; the pipeline maps them
 * back to the original file through the repair's offset map.
 */
import { BARE_FIGURE, CUT_CELL_REST, isTableLine, TWO_COLUMN_HEADER } from '../read/layout.ts';
import { SECTION_LABEL } from '../read/section-label.ts';
import { QUANTITY } from '../units.ts';

export type SentenceKind = 'heading' | 'topic' | 'body';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
  kind: SentenceKind;
  /** The heading or topic sentence that governs this sentence (its section), if any. */
  section?: number;
}

const SENTENCE_END = /[。！？；!?;]/;
const CLOSERS = /[”’」』）)》]/;
/** Lines that are headings: `亮点一 党建统领…`, `——柏林镇2023年亮点工作回眸`, short lines without final punctuation. */
const HEADING_MARK = new RegExp(
  `^(${SECTION_LABEL}|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[部分章节]|——)`,
);
const MAX_HEADING = 40;
/** A topic sentence opens a paragraph and names its line of work: `构建高效审批服务体系。` */
const MAX_TOPIC = 16;
/** Longest sentence kept whole; real sentences in these reports stay well under it. */
export const MAX_SENTENCE = 400;

export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  // a table's rows, and a header that names its units, are data (项目名称 所在村 投资（万元） 进度); so is a two-column
  // header (指标名称 完成数)
  if (!t || isTableLine(t) || TWO_COLUMN_HEADER.test(t)) return false;
  if (HEADING_MARK.test(t) && t.length <= MAX_HEADING) return true;
  const undated = t.replace(/(?:19|20)\d{2}\s*年/g, '');
  return (
    t.length <= 24 &&
    !/[。！？；，、：,.;:!?]$/.test(t) &&
    !/[。；]/.test(t) &&
    !/\d{3,}/.test(undated) &&
    // 新建高标准农田1.2万亩: a briefing's item states a figure; a title does not
    !QUANTITY.test(undated)
  );
}

export function segmentSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  // a heading governs until the next heading; a topic sentence only its own paragraph
  let heading: number | undefined;
  let lineStart = 0;
  let previous = '';
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      // 186.4万人次 / 全年接待游客: the line under a figure standing alone is its label, no title; 农村居民人均可 元
      // 43620 9.3 / 支配收入: the rest of a table's cut label neither
      if (isHeadingLine(line) && !BARE_FIGURE.test(previous) && !(isTableLine(previous) && CUT_CELL_REST.test(line))) {
        const lead = line.length - line.trimStart().length;
        heading = push(
          out,
          text,
          lineStart + lead,
          lineStart + line.trimEnd().length,
          paragraph,
          'heading',
          undefined,
        ).index;
      } else {
        splitParagraph(out, text, lineStart, lineEnd, paragraph, heading, () => undefined);
      }
      paragraph++;
      previous = line.trim();
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitParagraph(
  out: Sentence[],
  text: string,
  from: number,
  to: number,
  paragraph: number,
  section: number | undefined,
  setSection: (i: number) => void,
): void {
  let start = from;
  let first = true;
  for (let i = from; i < to; i++) {
    if (!SENTENCE_END.test(text[i]!)) continue;
    let end = i + 1;
    while (end < to && (CLOSERS.test(text[end]!) || SENTENCE_END.test(text[end]!))) end++;
    const s = emit(start, end);
    // a topic opens a paragraph that goes on, and is one clause (勇毅前行谱新篇，踔厉奋发再出征。 is a slogan)
    const goesOn = /[^\s]/.test(text.slice(end, to));
    if (s && first && goesOn && s.text.length <= MAX_TOPIC && text[i] === '。' && !/[\d，,]/.test(s.text)) {
      s.kind = 'topic';
      s.section = undefined;
      setSection(s.index);
      section = s.index;
    }
    first = false;
    start = end;
    i = end - 1;
  }
  emit(start, to);

  function emit(a: number, b: number): Sentence | undefined {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b <= a) return undefined;
    // a text without punctuation must not become one huge sentence (it is copied into every evidence):
    // cut long runs at the last comma or space before the limit, else at the limit
    let first: Sentence | undefined;
    while (b - a > MAX_SENTENCE) {
      const window = text.slice(a, a + MAX_SENTENCE);
      const cut = Math.max(
        window.lastIndexOf('，'),
        window.lastIndexOf('、'),
        window.lastIndexOf(' '),
        window.lastIndexOf(','),
      );
      const end = cut > MAX_SENTENCE / 4 ? a + cut + 1 : a + MAX_SENTENCE;
      const s = push(out, text, a, end, paragraph, 'body', section);
      first ??= s;
      a = end;
    }
    const last = push(out, text, a, b, paragraph, 'body', section);
    return first ?? last;
  }
}

function push(
  out: Sentence[],
  text: string,
  start: number,
  end: number,
  paragraph: number,
  kind: SentenceKind,
  section: number | undefined,
): Sentence {
  const s: Sentence = { index: out.length, start, end, text: text.slice(start, end), paragraph, kind, section };
  out.push(s);
  return s;
}
