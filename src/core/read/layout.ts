/**
 * Reading the page layout back from extracted lines: which lines are blank, which are headings, where a sentence
 * ends, and how wide a line is compared with its neighbours (a column's full lines are about equally wide; a line
 * that stops short ends a paragraph or is a title).
 */
import { SECTION_LABEL } from './section-label.ts';
import { UNITS } from '../units.ts';
import { withoutMarks } from './bullets.ts';
import { isFramed } from './box-drawing.ts';

export interface LineInfo {
  /** Span of the line in the text, without its '\n'. */
  start: number;
  end: number;
  /** The line without surrounding spaces. */
  body: string;
  blank: boolean;
  /** Printed width: CJK characters 1, ASCII and spaces 0.5 (spaces count: they were justification on the page). */
  width: number;
  endsSentence: boolean;
  heading: boolean;
  /** A row of a flattened table (马岭村光伏扶贫电站 马岭村 240 已并网发电): a paragraph of its own, cells kept apart. */
  table: boolean;
  /** A cell of a table the extraction set one cell per line (指标名称 / 单位 / … / 地区生产总值 / 亿元 / 96.8 / 9.6). */
  cell: boolean;
  /**
   * A line of a box of figures under its 【…】 title, and the box's order: label first (【数说浦口·2023】 / 地区生产总值 /
   * 18.7亿元 / …: a label goes on to its figure, a figure ends its item) or figure first (186.4万人次 / 全年接待游客 /
   * …: every line is an item of its own, and the outcome reader names a figure by the label under it).
   */
  box: BoxOrder | null;
}

export type BoxOrder = 'label-first' | 'figure-first';

/** A line that is one figure and its unit, nothing else: 186.4万人次, 100%. */
export const BARE_FIGURE = new RegExp(`^[-+]?\\d[\\d.,]*\\s*(?:余|多)?(?:万|亿)?(?:余|多)?(?:${UNITS.join('|')})$`);

/**
 * Final punctuation, possibly followed by closing quotes or brackets: 。 ！ ？ ； ： … and ASCII . ! ? ; :.
 * A bare closing quote does not end a sentence: 荣获“节约型机关”|“江津区…” is one sentence split across lines.
 */
const SENTENCE_END = /[。！？；：.!?;:…][”’"」』）)》]*$/;
/** A figure in Chinese text at the line's end, letter-spaced or not, with the decimal point it may be cut after. */
const FIGURE_AT_EDGE = /(^|\P{ASCII})\s*\d(?: ?\d)*(?: ?\. ?\d(?: ?\d)*)?(?: ?\.)?$/u;
/** 高山蔬菜2. / 6万亩, 2 . / 6 (spaced): a point right after such a figure is a decimal point and ends no sentence. */
function decimalAtEdge(body: string): boolean {
  return body.endsWith('.') && FIGURE_AT_EDGE.test(body);
}

/** The report's own title: 浦口镇2023年工作总结, 江津区2023年政府工作报告, 柏林镇2023年亮点工作回眸. */
export const REPORT_TITLE =
  /\d{4}年.{0,16}(总结|报告|回眸|综述|回顾|亮点|要点|公报|汇报)([（(](摘要|节选|全文|草案|征求意见稿|摘编)[）)])?$/;

/**
 * A page's masthead: 2022年1月14日 星期五 彭水日报 第3版, 井冈山报 2021年1月18日 星期一 A3版 县域经济 (its date, and its
 * weekday, page, editor or proof-reader), a line without clause punctuation.
 */
export const MASTHEAD =
  /^(?=[^，。；]*\d{4}年\d{1,2}月\d{1,2}日)(?=.*(?:星期[一二三四五六日天]|第?[A-Z]?\d{1,2}版|编辑|校对))[^，。；]+$/;

/** A line's last word that cannot end a sentence or a title: a comma, an enumeration mark, a conjunction, 的. */
const RUNS_ON = /[，、,和与及的或并]$/;
/** …镇党委、镇政府在 / 县委、县政府的…: a title does not stop on a conjunction or a preposition. */
const STOPS_ON_LINK_WORD = /[和与及或并在把将对向从]$/;
/** Any punctuation at the very end: a heading ends on a word, not on ，、 or a bracket. */
const ENDS_WITH_PUNCTUATION = /[\p{P}\p{S}]$/u;
/** Sentence punctuation inside the line: a heading is one phrase, not a sentence and the start of another. */
const INNER_SENTENCE_END = /[。！？；!?;]/;
/**
 * 4月28日，镇政府举办…, 2022年，对昭化镇而言…: a clause that opens on its date and a comma is a sentence's start (8月 18
 * 日，…: a file may set its figures apart with spaces).
 */
const DATED_LEAD = /^(?:\d{4}\s?年|(?:\d{4}\s?年\s?)?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?(?:[上中下]旬|初|底|份)?)\s?[，,]/;
/**
 * Lines that look like section titles whatever their width:
 *   亮点一 党建统领，…   第三部分 …   一、…   （二）…   ——柏林镇2023年亮点工作回眸   浦口镇2023年工作总结
 * but not 一一对应 or 第一批46项 (a counter word must be followed by a space or the separator).
 */
const HEADING_PATTERNS = [
  new RegExp(`^${SECTION_LABEL}[\\s：:、]`),
  // a bulletin item's tag: 【党建引领】主题教育走深走实
  /^【[^】]{2,10}】[^。；]{2,30}$/,
  // a byline: 本报记者 陈思远 通讯员 杨婧, 记者 蒋丽华 通讯员 欧阳晓峰
  /^(?:本报)?(?:特约)?(?:记者|通讯员)\s*[\p{Script=Han}·]{2,4}(?:[\s、]+(?:(?:本报)?(?:记者|通讯员)\s*)?[\p{Script=Han}·]{2,4})*$/u,
  /^第[一二三四五六七八九十百\d]+[章节部分篇](\s|$)/,
  /^[一二三四五六七八九十]+、/,
  /^[（(][一二三四五六七八九十\d]{1,3}[）)]/,
  /^\d{1,2}[、．.]\s*\p{Script=Han}/u,
  /^[①-⑳]/,
  /^——\S/,
  MASTHEAD,
  REPORT_TITLE,
];
/** A line that closes a sentence within its first few characters, and goes on (神的开局之年。一年来…). */
const SENTENCE_CLOSED_SOON = /^[^\s，。！？；：、]{1,8}[。！？][^\s]/;
/** A title is a phrase: longer than this it is body text that happens to lack punctuation. */
const MAX_HEADING_CHARS = 40;
/** A line narrower than this share of its neighbours stops short of the column edge. */
const SHORT_LINE = 0.8;
/** Wider than any newspaper or A4 column (in CJK characters): such a line is a whole paragraph, not a wrapped one. */
const MAX_COLUMN_WIDTH = 45;
/** Neighbours (each side) that define the column width around a line. */
const WINDOW = 10;
/**
 * A decoration letter left by the layout after a heading: 有效衔接脱贫攻坚与乡村振兴C, 幸福底色持续擦亮 l (the page's
 * drop letter, spaced off or read in lower case).
 */
export const STRAY_LETTER = /(?<=\p{Script=Han})[ \u3000]?[A-Za-z]$/u;

/** A table cell that is a figure: 240, 136.5, 96.4%. */
const NUMBER_CELL = /^[-+]?\d+(?:\.\d+)?%?$/;
/** A table's first header cell, over its column of names (指标名称 单位 … / 指标名称 2023年 比上年增长). */
export const NAME_HEADER = /^(指标名称|指标|主要指标|项目|名称)$/;
/** A statistics table's column of values: the year's figure (2021年), named by the row alone (指标名称 单位 2021年). */
export const VALUE_COLUMN =
  /^((19|20)\d{2}年(度)?|本年|今年|当年|全年|数值|数量|总量|绝对值|完成(数|值|额|情况)?|实际完成)$/;
/**
 * 指标名称 完成数, 指标 数值: the header of a table of two columns, a column of names and one of values, its cells
 * run together once the spaces between them are gone.
 */
export const TWO_COLUMN_HEADER = new RegExp(
  `^(?:${NAME_HEADER.source.slice(1, -1)})\\s*(?:${VALUE_COLUMN.source.slice(1, -1)})$`,
);
/** Any header cell over a column of names, wherever it stands: 指标, 项目, 重点项目, 项目名称 (村名 项目名称 投资（万元） 进度). */
export const NAMES_COLUMN = /^(?:指标|主要指标|[\u4e00-\u9fff]{0,4}项目|[\u4e00-\u9fff]{0,4}名称)$/;
/** A header cell that names its unit: 投资（万元）, 面积(亩) (not a note: 项目 （柏林段）). */
const UNIT_HEADER = /[^（(][（(](万?元|亿元|亩|户|人|个|%|吨|公里|米|平方米|万人次|人次|件|家|项)[）)]$/;

/** 320万元, 1.2万亩: a cell that holds a figure with its unit (南堡村 肉牛养殖小区 320万元 已投用). */
const FIGURE_WITH_UNIT = new RegExp(`^\\d+(?:\\.\\d+)?(?:万|亿)?(?:${UNITS.join('|')})$`);
/** 2000 多户, 2022 年, 4.5 万元, 23 栋: a figure spaced apart from its unit is running text, not a table's cell. */
const SPACED_FIGURE = new RegExp(`\\d\\s+(?:年|月|日|号|余|多|万|亿|${UNITS.join('|')})`);
/**
 * 地区生产总值 6.12 亿元 +7.3%: a row whose unit is a cell of its own between its figure and the next figure (指标 数值
 * 单位 同比) is a table's, however its figure stands apart from its unit.
 */
const UNIT_CELL_BETWEEN_FIGURES = new RegExp(
  `\\d\\s+(?:万|亿)?(?:${UNITS.join('|')})(?=\\s+(?:[-+]?\\d|持平|[—-]{1,2}(?:\\s|$)))`,
  'g',
);

/** The lead of a row that is part of the one above it (其中：). */
export const ROW_PART = /^其中[：:]\s*/;

/**
 * A row of a table the extraction flattened into a line: at least three cells set apart by spaces, no sentence
 * punctuation, a figure or a unit header among them, and mostly cells of two or more characters (a line spaced
 * letter by letter is text, not a table).
 */
export function isTableLine(line: string): boolean {
  // 其中：第一产业增加值 万元 27356 5.9: a row that says it is part of the row above is a row all the same
  const body = line.replace(ROW_PART, '');
  if (
    !body.includes(' ') ||
    /[，。；！？,;!?、：]/.test(body) ||
    SPACED_FIGURE.test(body.replace(UNIT_CELL_BETWEEN_FIGURES, '0'))
  )
    return false;
  const cells = body.split(/\s+/).filter(Boolean);
  if (cells.length < 3) return false;
  // (a quoted name is a cell of its own only where no quote spans a space: “竹里山居”民宿集群（一期） 2400)
  const quoted = /[“”]/.test(body);
  if (quoted && cells.some((c) => (c.match(/[“”]/g)?.length ?? 0) % 2 === 1)) return false;
  let figures = 0;
  let long = 0;
  let unitHeader = false;
  for (const c of cells) {
    // a Latin word is running text (发布 Version 2 版本)
    if (/^[A-Za-z]+$/.test(c)) return false;
    if (NUMBER_CELL.test(c) || FIGURE_WITH_UNIT.test(c)) figures++;
    if (c.length >= 2) long++;
    // 投资（万元）, or a column of units (指标名称 单位 2021年 比上年增长%)
    if (UNIT_HEADER.test(c) || /^(计量)?单位$/.test(c)) unitHeader = true;
  }
  // 成功举办 2019 龙水五金产业招商推介会暨项: a year spaced out of running text is no table's figure
  if (figures === 1 && !unitHeader && cells.some((c) => /^(19|20)\d{2}$/.test(c))) return false;
  // (a quoted row of three cells needs a second figure; one of four, 亚泰社区 “红色管家”工作室 35 已投用, is a row)
  const fewest = quoted && cells.length < 4 ? 2 : 1;
  return (figures >= fewest || unitHeader) && long * 2 >= cells.length && figures < cells.length;
}

/**
 * The rest of a cell its table column was too narrow for, alone on the next line: 入 (一般公共预算收 / 入), 支配收入,
 * （%）. Short, one word, no figure.
 */
export const CUT_CELL_REST = /^[^\s\d，。；：！？、,;:!?]{1,6}$/;

/** A line of figures only (28650 7.2), spaced apart. */
function isFigureRow(body: string): boolean {
  return body.includes(' ') && body.split(/\s+/).every((c) => NUMBER_CELL.test(c));
}

/**
 * A table's header line without a unit (村名 贫困户数 脱贫户数 脱贫率): cells of words as many as the row under it has.
 */
export function isTableHeader(body: string, next: string): boolean {
  if (!body.includes(' ') || /[，。；！？,;!?、：“”\d]/.test(body) || !isTableLine(next)) return false;
  const cells = body.split(/\s+/).filter(Boolean);
  return (
    cells.length >= 3 && cells.every((c) => c.length >= 2) && cells.length === next.split(/\s+/).filter(Boolean).length
  );
}

/** Punctuation that goes on a clause: a line opening with it carries on the line before. */
const CLAUSE_GOES_ON = /^[，、；：。！？,;:]/;
/**
 * A unit right after a figure (宣讲126 / 场次，…, 输转5360 / 人，…): a word of units, or a one-character measure
 * word that ends its clause (a heading's number, 亮点1 / 人才振兴, goes on with a word).
 */
const UNIT_START =
  /^(?:(?:万|亿)?(?:场次|人次|万元|亿元|公里|平方米|余人|余户|余万)|(?:万|亿|余|多)?[个场次件户人元亩米吨家所座处项名支批条套台头只张][，。、；）)\s]|[%％])/;

/**
 * 改造低效果园26 / 00亩, 工业产值3. / 16亿元, 产值1 / . 3 亿 元, 突破4 / 5 0 0 万 元 (the next line spaced letter by
 * letter), 蔬菜2 . / 6万亩, 宣讲126 / 场次: a figure in Chinese text cut by the column edge is one figure, joined
 * without a space (two Latin words or figures apart, Version 2 / 2020 in English text, keep theirs).
 */
export function cutFigure(before: string, after: string): boolean {
  if (!FIGURE_AT_EDGE.test(before)) return false;
  return /^[\d.](?: ?[\d.])*\s*(%|\P{ASCII})/u.test(after) || (/\d$/.test(before) && UNIT_START.test(after));
}

/**
 * 首届“村B / A”篮球赛, 国家AA / A级旅游景区: a short Latin run inside Chinese text cut by the column edge is one
 * word, joined without a space (New / York in English text keeps its space: no Chinese character before it).
 */
export function cutLatinRun(before: string, after: string): boolean {
  return /[\p{Script=Han}“”‘’]\s*[A-Za-z]{1,3}$/u.test(before) && /^[A-Za-z]{1,3}(?![A-Za-z\s])/.test(after);
}

/** 农村居民人均可支配收入达到 / 18640元: a verb that takes a figure, at the line's end, with the figure under it. */
const TAKES_FIGURE = /(达到|达|为|至|超过|突破|增长|增加|提高|实现|完成|新增|累计|共计|总计)$/;

/**
 * The line after `before` carries on its clause: it opens with a comma, finishes a figure cut at the edge, or gives
 * the figure a verb at the edge asks for.
 */
function carriesOn(before: string, after: string): boolean {
  return (
    CLAUSE_GOES_ON.test(after) ||
    cutFigure(before, after) ||
    cutLatinRun(before, after) ||
    cutUnit(before, after) ||
    (TAKES_FIGURE.test(before) && /^\d/.test(after))
  );
}

const UNIT_SET = new Set(UNITS);

/** 接待游客26万人 / 次，…: a figure's unit cut between its characters (人 | 次 of 人次). */
function cutUnit(before: string, after: string): boolean {
  // (播种面积4.3万 / 亩，…: the whole unit under a figure of ten thousands)
  if (/\d\s*(?:万|亿)(?:余|多)?$/.test(before))
    for (let k = 1; k <= 4; k++) if (UNIT_SET.has(after.slice(0, k))) return true;
  const m = /\d\s*(?:万|亿)?\s*(?:余|多)?([\u4e00-\u9fff]{1,2})$/.exec(before);
  if (!m) return false;
  for (let k = 1; k <= 3; k++) if (UNIT_SET.has(m[1]! + after.slice(0, k))) return true;
  return false;
}

/**
 * A line's characters (CJK 1, narrower ones and the spaces beside them ½) and its letter-spacing (spaces between two
 * wide characters: 过 去 一 年), measured apart.
 */
function measure(s: string): { chars: number; spaces: number } {
  let chars = 0;
  let spaces = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20) chars += c < 0x2000 ? 0.5 : 1;
    else if (s.charCodeAt(i - 1) >= 0x2000 && s.charCodeAt(i + 1) >= 0x2000) spaces++;
    else chars += 0.5;
  }
  return { chars, spaces };
}

/** Letter-spaced: about one space per character (过 去 一 年). */
const isSpaced = (m: { chars: number; spaces: number }) => m.spaces >= 0.5 * m.chars && m.chars >= 6;

/**
 * What a space takes of the column, learnt from the document itself. A PDF's letter-spaced lines (过 去 一 年) fill
 * the same column as its plain ones: where they hold fewer characters (12–13 against 14–15 in the seeds) the gaps
 * took the difference, where they hold as many the gaps took nothing. Compared on the fuller lines of each kind (the
 * upper quartile: the short last lines of paragraphs say nothing about the column); ½ where there is nothing to compare.
 */
function spaceWidth(measures: { chars: number; spaces: number }[]): number {
  const spaced = measures.filter(isSpaced);
  const plain = measures.filter((m) => m.spaces === 0 && m.chars >= 6);
  if (spaced.length < 4 || plain.length < 4) return 0.5;
  const upper = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length * 0.75)]!;
  const gap = upper(plain.map((m) => m.chars)) - upper(spaced.map((m) => m.chars));
  const gaps = upper(spaced.map((m) => m.spaces));
  return Math.min(0.5, Math.max(0, gap / gaps));
}

function splitLines(text: string): LineInfo[] {
  const lines: LineInfo[] = [];
  const measures: { chars: number; spaces: number }[] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const body = raw.trim();
    measures.push(measure(body));
    lines.push({
      start,
      end,
      body,
      blank: body === '',
      width: 0,
      endsSentence: SENTENCE_END.test(body) && !decimalAtEdge(body),
      heading: false,
      // │接待游客612万人次│: a line of a drawn box is an item of its own, as a table's row is
      table: isTableLine(body) || isFramed(body),
      cell: false,
      box: null,
    });
    start = end + 1;
  }
  const space = spaceWidth(measures);
  lines.forEach((line, k) => (line.width = measures[k]!.chars + space * measures[k]!.spaces));
  return lines;
}

/** Median width of the non-blank lines around line k (not k itself). */
function columnWidth(lines: LineInfo[], k: number): number {
  const widths: number[] = [];
  for (let j = Math.max(0, k - WINDOW); j <= Math.min(lines.length - 1, k + WINDOW); j++) {
    if (j !== k && !lines[j].blank) widths.push(lines[j].width);
  }
  if (widths.length === 0) return lines[k].width;
  widths.sort((a, b) => a - b);
  return widths[widths.length >> 1];
}

export function isShortLine(lines: LineInfo[], k: number): boolean {
  return lines[k].width < SHORT_LINE * columnWidth(lines, k);
}

/** A line that finishes a sentence ends its paragraph if it stops short of the column, or if the text has one
 * paragraph per line (web pages, Word exports) rather than a column wrapped at a fixed width. */
export function endsParagraphByItself(lines: LineInfo[], k: number): boolean {
  return lines[k].endsSentence && (lines[k].width > MAX_COLUMN_WIDTH || isShortLine(lines, k));
}

function matchesHeadingPattern(body: string): boolean {
  return HEADING_PATTERNS.some((p) => p.test(body));
}

/** Could this line be a title at all: a short phrase ending on a word, no sentence inside. */
function headingShaped(body: string): boolean {
  // 吴江区2022年政府工作报告（摘要）: a note on the text's form does not make a title a sentence
  const bare = body.replace(STRAY_LETTER, '').replace(/[（(](摘要|节选|全文|草案|征求意见稿|摘编)[）)]$/, '');
  return (
    bare.length > 0 &&
    bare.length <= MAX_HEADING_CHARS &&
    !CLAUSE_GOES_ON.test(bare) &&
    !ENDS_WITH_PUNCTUATION.test(bare) &&
    !STOPS_ON_LINK_WORD.test(bare) &&
    !INNER_SENTENCE_END.test(bare) &&
    !DATED_LEAD.test(bare) &&
    /\p{Script=Han}/u.test(bare)
  );
}

function previousNonBlank(lines: LineInfo[], k: number): number {
  let j = k - 1;
  while (j >= 0 && lines[j].blank) j--;
  return j;
}

function nextNonBlank(lines: LineInfo[], k: number): number {
  let j = k + 1;
  while (j < lines.length && lines[j].blank) j++;
  return j < lines.length ? j : -1;
}

/**
 * A heading starts a block (first line, after a blank line, after a finished sentence or after another heading), is
 * heading-shaped, and either matches a title pattern, stops short of the column while text follows, or sits directly
 * on top of a patterned title (勇毅前行谱新篇 踔厉奋发再出征 / ——柏林镇2023年亮点工作回眸).
 */
function classifyHeadings(lines: LineInfo[]): void {
  const apart = blocksSetApart(lines);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    // 💗【民生福祉篇】💗, 👉 教育医疗提质扩容: a post marks its titles with pictographs, which are no words of them
    const words = withoutMarks(line.body);
    const marked = words !== line.body;
    // 【数说上江圩2023】: a box's title on its own line (its closing bracket is no sentence's end)
    const boxTitle = /^【[^】]{2,16}】$/.test(words);
    // 一、特色产业提质增效，“山海情”结出“致富果”: a numbered title may close on a quotation
    const quotedTitle = /[”》]$/.test(words) && matchesHeadingPattern(words) && headingShaped(words.slice(0, -1));
    if (line.blank || line.table || !(boxTitle || quotedTitle || headingShaped(words))) continue;
    const prev = previousNonBlank(lines, k);
    // …全年检查企业和 / (blank) / 场所420家次，…: a line that stops on a conjunction or a comma goes on, blank line or not
    // (…新增管网 / (blank) / 9.6 公里，集镇生活污水收集率提: a figure that opens a line after a sentence left open
    // is that sentence's, not a title's)
    const figureGoesOn =
      prev >= 0 &&
      /^\d/.test(words) &&
      !lines[prev].endsSentence &&
      !lines[prev].heading &&
      !matchesHeadingPattern(words);
    const startsBlock =
      prev < 0 ||
      ((prev < k - 1 || lines[prev].endsSentence || lines[prev].heading) &&
        !RUNS_ON.test(lines[prev].body) &&
        !carriesOn(lines[prev].body, line.body) &&
        !figureGoesOn);
    if (!startsBlock) continue;
    const next = nextNonBlank(lines, k);
    // 阳坝镇把党史学习教育作为全年政治任务 / ，组建…: a title's line does not run on into the next
    if (next >= 0 && carriesOn(line.body, lines[next].body)) continue;
    // 【建设智慧街区】街道与浙江省杭州市的杭州云瞳数字科 / 技有限公司合作…: a tag that opens a paragraph whose first
    // line runs the column's full width into the next is the paragraph's lead, not a bulletin item's title (whose
    // words after the tag are few: 【党建引领】主题教育走深走实)
    const taggedLead =
      !boxTitle &&
      /^【[^】]{2,10}】[^】]{13,}$/.test(words) &&
      next === k + 1 &&
      !isShortLine(lines, k) &&
      !matchesHeadingPattern(lines[next].body);
    if ((boxTitle || matchesHeadingPattern(words)) && !taggedLead) line.heading = true;
    else if (next >= 0 && isShortLine(lines, k)) {
      // where blocks stand between blank lines, a short line with body text right under it was broken inside its
      // sentence (…的保丰村食用菌 / 产业园已经投产，…); a stacked title (稳步推进 / 有效衔接脱贫攻坚) still is one, and
      // so is a flattened table's row (金沙村扶贫车间 金沙村 85 已投产), whose cells spaces set apart
      const broken = apart && next === k + 1 && !headingShaped(lines[next].body) && !/\S\s+\S/.test(words) && !marked;
      // 2023年是全面贯彻党的二十大精 / 神的开局之年。一年来…: in a ragged column a paragraph's first line may stop
      // short; the line under it that closes a sentence within a few characters finishes this one's
      // (a title is shorter than such a line: 产业兴旺 / 成效明显。… stays a title)
      const finished = next === k + 1 && !marked && words.length >= 12 && SENTENCE_CLOSED_SOON.test(lines[next].body);
      line.heading = !broken && !finished;
    } else if (next === k + 1 && matchesHeadingPattern(lines[next].body) && headingShaped(lines[next].body)) {
      line.heading = true;
    }
  }
}

/** Most text lines are followed by a blank line: the text sets its paragraphs and titles apart with blank lines. */
function blocksSetApart(lines: LineInfo[]): boolean {
  let text = 0;
  let followedByBlank = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    if (lines[k].blank) continue;
    text++;
    if (lines[k + 1].blank) followedByBlank++;
  }
  return text >= 4 && followedByBlank >= 0.6 * text;
}

/** Lines of `text` with their layout reading. */
export function readLayout(text: string): LineInfo[] {
  const lines = splitLines(text);
  markPairRows(lines);
  for (let k = 0; k + 1 < lines.length; k++)
    if (!lines[k].table && isTableHeader(lines[k].body, lines[k + 1].body)) lines[k].table = true;
  // 28650 7.2: a table's last row cut short at the column leaves figures alone on a line; 支配收入: so does the
  // rest of a row's label its column was too narrow for (农村居民人均可 元 43620 9.3 / 支配收入)
  for (let k = 1; k < lines.length; k++)
    if (
      lines[k - 1].table &&
      !lines[k].table &&
      (isFigureRow(lines[k].body) || (/\d/.test(lines[k - 1].body) && CUT_CELL_REST.test(lines[k].body)))
    )
      lines[k].table = true;
  markCellLines(lines);
  classifyHeadings(lines);
  markBoxes(lines);
  return lines;
}

/**
 * 农业总产值                    4.26亿元: a row of a table of two columns, a label and its figure (with its unit) set
 * apart by a wide gap (a line spaced letter by letter has single spaces).
 */
const PAIR_ROW = /^[^\s\d，。；：！？、,;:!?“”]{2,20}\s{2,}[-+]?\d+(?:\.\d+)?(?:%|[\u4e00-\u9fff]{1,4})?$/;
/** The fewest rows that make such a table (two could be a line of text broken where a figure was spaced out). */
const MIN_PAIR_ROWS = 3;

/** Runs of PAIR_ROW lines: each is a table row (joinLines keeps it a line of its own, the table reader reads it). */
function markPairRows(lines: LineInfo[]): void {
  for (let k = 0; k < lines.length; k++) {
    let j = k;
    while (j < lines.length && PAIR_ROW.test(lines[j].body)) j++;
    if (j - k >= MIN_PAIR_ROWS) for (let i = k; i < j; i++) lines[i].table = true;
    k = j;
  }
}

/** A cell alone on its line: short, one word or figure, no clause punctuation. */
const CELL_LINE = /^[^\s，。；：！？、,;:!?]{1,16}$/;
/** The fewest lines of a table set one cell per line: a header of three columns and two rows. */
const MIN_CELL_LINES = 9;

/**
 * A table set one cell per line: a run of short single-cell lines with a column of units (单位) near its top and
 * figures alone on their lines. Its lines are one table row each way a reader needs them: joined into one line
 * with spaces between the cells (see joinLines), which the table reader then reads by its header.
 */
function markCellLines(lines: LineInfo[]): void {
  for (let k = 0; k < lines.length; k++) {
    if (lines[k].blank || !CELL_LINE.test(lines[k].body)) continue;
    let j = k;
    while (j < lines.length && !lines[j].blank && CELL_LINE.test(lines[j].body)) j++;
    const run = lines.slice(k, j);
    const figures = run.filter((l) => NUMBER_CELL.test(l.body)).length;
    // (a column of units, or units written in the labels under a header of 指标名称: 地区生产总值（亿元）)
    const units =
      run.slice(0, 8).some((l) => /^(计量)?单位$/.test(l.body)) ||
      (run.slice(0, 3).some((l) => NAMES_COLUMN.test(l.body)) && run.some((l) => UNIT_HEADER.test(l.body)));
    if (run.length >= MIN_CELL_LINES && units && figures * 6 >= run.length)
      for (const l of run) [l.cell, l.table] = [true, true];
    k = j;
  }
}

/** A box's title: 【数说浦口】, read as a title by the heading rules. */
const BOX_TITLE = /^【[^】]{2,16}】$/;
/**
 * 数读官渡·2022, 数说双桥, 数读·2023: a box of figures titled by what it is, the year it counts after it; a title
 * however long the lines around it are.
 */
const FIGURES_TITLE = /^(?:数说|数读|数览|数看|数字看)(?:[\u4e00-\u9fff]{1,8}(?:·?\d{4}年?)?|·?\d{4}年?)$/;

/**
 * The short lines right under a box's title, up to a blank line or a title. A run that runs into a sentence
 * (全镇完成固定资产投资4.3亿 / 元，同比增长10.6%。) is the text's own paragraph, broken by the column, not a box.
 */
function markBoxes(lines: LineInfo[]): void {
  for (let k = 0; k < lines.length; k++) {
    const titled = FIGURES_TITLE.test(withoutMarks(lines[k].body));
    if (!titled && (!lines[k].heading || !BOX_TITLE.test(withoutMarks(lines[k].body)))) continue;
    // the box's order, from its first item: one that gives the figure first may set its items apart by blank lines
    let first = k + 1;
    while (first < lines.length && lines[first].blank) first++;
    const order: BoxOrder =
      first < lines.length && BARE_FIGURE.test(withoutMarks(lines[first].body)) ? 'figure-first' : 'label-first';
    // (a title by name heads a box that gives its figures first; one that labels them, ·接待游客：142万人次, reads
    // as lines of text)
    if (titled && order !== 'figure-first') continue;
    if (titled) lines[k].heading = true;
    if (order === 'label-first' && first > k + 1) continue;
    const run: number[] = [];
    let intoText = false;
    for (let j = first; j < lines.length; j++) {
      if (lines[j].blank) {
        if (order === 'figure-first') continue;
        break;
      }
      const words = withoutMarks(lines[j].body);
      // (■接待游客: a label's short line is no title; 亮点一 茶业提质 after the box is)
      if (matchesHeadingPattern(words) || /^【[^】]{2,16}】/.test(words) || /^—/.test(words)) {
        lines[j].heading = headingShaped(words) || lines[j].heading;
        break;
      }
      if (words.length > 24 || /[。；！？，,]/.test(words)) {
        // (the text after a box that sets its items apart: the box ends at the blank line before it)
        intoText = order === 'label-first' || !lines[j - 1]!.blank;
        break;
      }
      run.push(j);
    }
    if (intoText || run.length === 0) continue;
    for (const j of run) {
      lines[j].heading = false;
      lines[j].box = order;
    }
  }
}
