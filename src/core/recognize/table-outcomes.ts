/**
 * Outcomes in a table the extraction flattened into lines of cells (the repair keeps one space between cells):
 *   项目名称 所在村 投资（万元） 进度            ← header: a column that names its unit
 *   马岭村光伏扶贫电站 马岭村 240 已并网发电      → 马岭村光伏扶贫电站投资 = 240 万元
 *   村名 贫困户数 脱贫户数 脱贫率 / 保丰村 56 54 96.4%   → 保丰村贫困户数 = 56 户, 保丰村脱贫率 = 96.4 %
 * A header and its rows may also run on in one line (项目名称 投资额（万元） 进度 A 12000 主体完工 B 3500 已投产).
 * A statistics table has a column of units, its rows say theirs:
 *   指标名称 单位 2021年 比上年增长% / 粮食产量 吨 45620 3.2  → 粮食产量 = 45620 吨, 粮食产量比上年增长 = 3.2 %
 * Each figure is named by its row's first cell and its column.
 * A narrow column may also wrap a table's cells onto lines at any cell, even inside one (指标 / 单位 数值 增长% 地区生产
 * 总值 亿元 / 41.7 5.6 规模以上工业增加值 亿 / 元 16.2 6.8 …): such a table is read as one stream of cells, row by row,
 * a cell cut at a line's end joined again where the row needs it.
 */
import type { Sentence } from '../segment/segment.ts';
import type { OutcomeMention } from './outcomes.ts';
import { CHANGE_WORDS, UNITS } from '../units.ts';
import { CUT_CELL_REST, NAME_HEADER, NAMES_COLUMN, ROW_PART, VALUE_COLUMN } from '../read/layout.ts';

const FIGURE = /^([-+]?\d+(?:\.\d+)?)(%)?$/;
/** A cell left empty on purpose (— for a change not given): it fits a column of figures and gives no figure. */
// (持平: a change of none, which the table says in words)
const EMPTY_CELL = /^(?:[—–－/／-]{1,2}|持平)$/;
const figureOrEmpty = (text: string) => FIGURE.test(text) || EMPTY_CELL.test(text);
/** 投资（万元）, 面积(亩) */
const UNIT_IN_HEADER = /^(.+?)[（(]([^（）()]{1,4})[）)]$/;
/** Columns whose unit their name says: 贫困户数 → 户, 参保人数 → 人, 脱贫率 → %. */
const UNIT_BY_NAME: [RegExp, string][] = [
  [/率$/, '%'],
  [/户数$/, '户'],
  [/人数$/, '人'],
  [/个数$/, '个'],
];
const MAX_COLUMNS = 8;
/** A statistics table's column of units (指标名称 单位 2021年 比上年增长%): each row says its own unit. */
const UNIT_COLUMN = /^(计量)?单位$/;
/** Its column of changes, in % however its header is written. */
const CHANGE_HEADER = new RegExp(`^${CHANGE_WORDS}$`);
/** A change column headed by its comparison alone (同比, 比上年), beside a column of units: its rows are percentages. */
const BARE_CHANGE_HEADER = /^(?:同比|比上年|较上年|比去年)(?:变化|变动|增减|增长|增幅)?$/;
/** A column whose unit follows its name (比上年增长%, 增幅%). */
const PERCENT_HEADER = /^(.+?)[（(]?%[）)]?$/;
/** The unit of a column that takes its rows' own units. */
const ROW_UNIT = '';

export interface Cell {
  text: string;
  /** Offset in the sentence. */
  at: number;
}

interface Column {
  name: string;
  unit: string;
}

function cellsOf(s: Sentence): Cell[] | null {
  if (!s.text.includes(' ') || /[，。；！？]/.test(s.text)) return null;
  // (其中：第一产业增加值: the row's label is what follows the lead)
  const lead = ROW_PART.exec(s.text)?.[0].length ?? 0;
  const cells = [...s.text.slice(lead).matchAll(/\S+/g)].map((m) => ({ text: m[0], at: lead + m.index! }));
  // 同比增 长（%）: a header's change column spaced apart inside its word is one cell
  for (let i = 0; i + 1 < cells.length; i++)
    if (!CHANGE_HEADER.test(cells[i]!.text) && CUT_CHANGE.test(cells[i]!.text + cells[i + 1]!.text))
      cells.splice(i, 2, { text: cells[i]!.text + cells[i + 1]!.text, at: cells[i]!.at });
  return cells.length >= 2 ? cells : null;
}

/** A change column's header with its unit, whole: 同比增长（%）, 比上年增长%. */
const CUT_CHANGE = new RegExp(`^${CHANGE_WORDS}[（(]?%[）)]?$`);

function columnOf(header: string): Column | null {
  const named = UNIT_IN_HEADER.exec(header);
  if (named && UNITS.includes(named[2]!)) return { name: named[1]!, unit: named[2]! };
  const percent = PERCENT_HEADER.exec(header);
  if (percent) return { name: percent[1]!, unit: '%' };
  for (const [re, unit] of UNIT_BY_NAME) if (re.test(header)) return { name: header, unit };
  return null;
}

/** The header's columns; with a column of units, or units in the rows' labels, the value column takes each row's unit. */
function columnsOf(header: Cell[]): (Column | null)[] {
  const labelled = labelUnits(header);
  const withUnits = labelled || header.some((c) => UNIT_COLUMN.test(c.text));
  return header.map((c, i) =>
    i > 0 && withUnits && VALUE_COLUMN.test(c.text)
      ? { name: '', unit: ROW_UNIT }
      : i > 0 && ((labelled && CHANGE_HEADER.test(c.text)) || (withUnits && BARE_CHANGE_HEADER.test(c.text)))
        ? { name: c.text, unit: '%' }
        : columnOf(c.text),
  );
}

/** 指标名称 2023年 比上年增长: a header with no column of units, whose rows carry theirs in their labels. */
function labelUnits(header: Cell[]): boolean {
  return NAME_HEADER.test(header[0]!.text) && !header.some((c) => UNIT_COLUMN.test(c.text));
}

/** A line that may head a table: a column names its unit, or a column holds the units. */
function headsTable(cells: Cell[]): boolean {
  return cells.some((c) => columnOf(c.text) || UNIT_COLUMN.test(c.text));
}

/** The header's width: the first cells hold no figure, and every later row has figures where the header has units. */
function headerWidth(cells: Cell[], more: Cell[][]): number {
  for (let n = 3; n <= Math.min(MAX_COLUMNS, cells.length); n++) {
    const header = cells.slice(0, n);
    if (header.some((c) => FIGURE.test(c.text))) return 0;
    const columns = columnsOf(header);
    if (!columns.some(Boolean)) continue;
    const rows = [...chunk(cells.slice(n), n), ...more.flatMap((r) => chunk(r, n))];
    const fits = (row: Cell[] | null) =>
      row !== null &&
      columns.every((col, i) => !col || figureOrEmpty(row[i]!.text)) &&
      columns.some((col, i) => col && FIGURE.test(row[i]!.text));
    if (rows.length > 0 && rows.every(fits)) return n;
  }
  return 0;
}

/** A line's cells as rows of n, or [null] when they do not divide evenly. */
function chunk(cells: Cell[], n: number): (Cell[] | null)[] {
  if (cells.length % n !== 0) return cells.length === 0 ? [] : [null];
  const rows: Cell[][] = [];
  for (let i = 0; i < cells.length; i += n) rows.push(cells.slice(i, i + n));
  return rows;
}

/** A table read line by line: its header's columns and its rows, each with the sentence (line) it stands on. */
export interface LineTable {
  header: Cell[];
  table: Table;
  rows: { s: Sentence; row: Cell[] }[];
  /** Indexes of the first and last sentence the table was read from. */
  first: number;
  last: number;
}

/** The tables whose header and rows each keep to their lines (a header may run on into its rows on one line). */
export function readLineTables(sentences: Sentence[]): LineTable[] {
  const cellsBySentence = sentences.map(cellsOf);
  return lineTables(sentences, cellsBySentence, carryCutCells(sentences, cellsBySentence));
}

function lineTables(sentences: Sentence[], cellsBySentence: (Cell[] | null)[], carried: Uint8Array): LineTable[] {
  const tables: LineTable[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const cells = cellsBySentence[k];
    // only a line with a column that names its unit can head a table: rows of figures are not tried one by one
    if (!cells || !headsTable(cells)) continue;
    // the rows on the lines after the header's
    const following: { s: Sentence; cells: Cell[] }[] = [];
    // (a line of words with no figure, 【迎战洪峰 灾后重建有力有序】, is the next section's title, not a row)
    for (let j = k + 1; j < sentences.length && (cellsBySentence[j] || carried[j]); j++) {
      if (cellsBySentence[j] && !cellsBySentence[j]!.some((c) => FIGURE.test(c.text))) break;
      if (cellsBySentence[j]) following.push({ s: sentences[j]!, cells: cellsBySentence[j]! });
    }
    // (a caption set as cells may come before the header: 2023年各社区重点民生项目一览 村（社区） 项目 投资（万元） …)
    const later = following.map((f) => f.cells);
    let at = 0;
    let n = headerWidth(cells, later);
    while (n === 0 && at < 2 && at + 1 < cells.length) n = headerWidth(cells.slice(++at), later);
    if (n === 0) continue;
    const header = cells.slice(at, at + n);
    const rows: LineTable['rows'] = [];
    for (const row of chunk(cells.slice(at + n), n)) if (row) rows.push({ s: sentences[k]!, row });
    for (const f of following) for (const row of chunk(f.cells, n)) if (row) rows.push({ s: f.s, row });
    const last = following.length > 0 ? following[following.length - 1]!.s.index : k;
    tables.push({ header, table: tableOf(header), rows, first: k, last });
    k = last;
  }
  return tables;
}

export function recognizeTableOutcomes(sentences: Sentence[], docYear: number | null): OutcomeMention[] {
  const out: OutcomeMention[] = [];
  const cellsBySentence = sentences.map(cellsOf);
  const carried = carryCutCells(sentences, cellsBySentence);
  const tables = lineTables(sentences, cellsBySentence, carried);
  // the lines a table was read from, line by line
  const read = new Uint8Array(sentences.length);
  for (const t of tables) {
    for (const { s, row } of t.rows) readRow(t.table, s, row, docYear, out);
    read.fill(1, t.first, t.last + 1);
  }
  // runs of rows that say their units and changes with no header above them
  for (let k = 0; k < sentences.length; k++) {
    let j = k;
    while (j < sentences.length && !read[j] && cellsBySentence[j] && selfDescribed(cellsBySentence[j]!)) j++;
    if (j - k >= MIN_STREAM_ROWS) {
      for (let r = k; r < j; r++) readSelfDescribed(sentences[r]!, cellsBySentence[r]!, docYear, out);
      read.fill(1, k, j);
    }
    k = Math.max(k, j - 1);
  }
  // runs of cell lines no table was read from line by line: a table wrapped across them
  for (let k = 0; k < sentences.length; k++) {
    if (!cellsBySentence[k] || read[k]) continue;
    const stream: StreamCell[] = [];
    for (; k < sentences.length && (cellsBySentence[k] || carried[k]) && !read[k]; k++)
      for (const [i, c] of (cellsBySentence[k] ?? []).entries())
        stream.push({ ...c, s: sentences[k]!, lineStart: i === 0 });
    readStream(stream, docYear, out);
  }
  return out;
}

/**
 * Lines that carry on a cell of the table line before them, glued back to it: a bracket or a unit to the line's last
 * cell (同比增长 / （%）, 比上年增 / 长%), other words to its first, the label column that wraps (一般公共预算收 / 入). Returns which
 * sentences were carried.
 */
function carryCutCells(sentences: Sentence[], cells: (Cell[] | null)[]): Uint8Array {
  const carried = new Uint8Array(sentences.length);
  for (let k = 1; k < sentences.length; k++) {
    const before = cells[k - 1];
    const text = sentences[k]!.text;
    if (cells[k] || !before || !CUT_CELL_REST.test(text) || sentences[k]!.start !== sentences[k - 1]!.end + 1) continue;
    // (比上年增 / 长%: a header's last cell cut before its unit goes on with it too)
    const bracket = /^[（(]/.test(text) || (!before.some((c) => FIGURE.test(c.text)) && /[%％]$/.test(text));
    // a label goes on only on a row of figures; a header's or a row's bracket on its last cell
    if (!bracket && !before.some((c) => FIGURE.test(c.text))) continue;
    const cell = bracket ? before[before.length - 1]! : before[0]!;
    // (a figure takes nothing: its text is its value)
    if (FIGURE.test(cell.text)) continue;
    cell.text += text;
    carried[k] = 1;
  }
  // 社会消费品零售总 / 额 亿元 4.61 2.9: a label cut so that its start stands alone above its row
  for (let k = 1; k < sentences.length; k++) {
    const row = cells[k];
    const text = sentences[k - 1]!.text;
    if (!row || cells[k - 1] || carried[k - 1] || sentences[k]!.start !== sentences[k - 1]!.end + 1) continue;
    if (!LABEL_START.test(text) || row[0]!.text.length > 4 || !row.slice(1).some((c) => FIGURE.test(c.text))) continue;
    row[0]!.text = text + row[0]!.text;
    carried[k - 1] = 1;
  }
  return carried;
}

/** The start of a row's label alone on its line: one word, no figure. */
const LABEL_START = /^[^\s\d，。；：！？、,;:!?%（）()]{2,12}$/;

export interface Table {
  columns: (Column | null)[];
  /** The column of units, or -1. */
  unitAt: number;
  /** Whether each row's label ends in its unit (地区生产总值（亿元）). */
  labelled: boolean;
  /** The column that names the row's thing (项目, 项目名称), when others come before it (村名); else 0. */
  nameAt: number;
}

function tableOf(header: Cell[]): Table {
  const columns = columnsOf(header);
  const firstValue = columns.findIndex(Boolean);
  const nameAt = header.findIndex((c, i) => NAMES_COLUMN.test(c.text) && (firstValue < 0 || i < firstValue));
  return {
    columns,
    unitAt: header.findIndex((c) => UNIT_COLUMN.test(c.text)),
    labelled: labelUnits(header),
    nameAt: Math.max(0, nameAt),
  };
}

/**
 * Each figure of a row, named by the row's label and its column. The label is the row's first cell, or, when the
 * column that names the row's thing comes after it, every cell up to that one (村名 项目 投资（万元）: 永春村 ·
 * 鲜食玉米加工厂 · 310 is 永春村鲜食玉米加工厂投资; 项目名称 所在村 投资（万元）: the project's name alone).
 */
function readRow(table: Table, s: Sentence, row: Cell[], docYear: number | null, out: OutcomeMention[]): void {
  // (地区生产总值（亿元）: the label names the row, its bracket the row's unit)
  const labelled = table.labelled ? UNIT_IN_HEADER.exec(row[0]!.text) : null;
  // (景坞村 · 景坞村白茶标准化茶园提升项目: a cell the next one already opens with says nothing more; — is an empty cell)
  const cells = row.slice(0, table.nameAt + 1).map((c) => (EMPTY_CELL.test(c.text) ? '' : c.text));
  const label = labelled ? labelled[1]! : cells.filter((c, i) => c && !(cells[i + 1] ?? '').startsWith(c)).join('');
  const rowUnit = labelled ? labelled[2]! : table.unitAt >= 0 ? row[table.unitAt]!.text : '';
  table.columns.forEach((col, i) => {
    const figure = col && FIGURE.exec(row[i]!.text);
    if (!col || !figure) return;
    out.push({
      start: s.start + row[i]!.at,
      end: s.start + row[i]!.at + row[i]!.text.length,
      sentence: s.index,
      indicator: `${label}${col.name}`,
      value: Number(figure[1]),
      unit: figure[2] ?? (col.unit === ROW_UNIT ? rowUnit : col.unit),
      year: docYear,
    });
  });
}

/** A unit cell (人, 亿元, 万亩, %): a unit, with 万 or 亿 before it. */
const UNIT_CELL = new RegExp(`^(?:万|亿)?(?:${UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
/** A change cell: a signed percentage, a change of a rate in points, or 持平 (none). */
const CHANGE_CELL = /^(?:[-+]\d+(?:\.\d+)?(?:%|个百分点)|持平)$/;

/**
 * 城乡低保对象 1186 人 -3.4% / 劳务收入 2.04 亿元 +9.7%: a row of a table printed without its header, which says its
 * label, its figure, its unit and its change from last year (a run of two or more such lines is a table).
 */
function selfDescribed(cells: Cell[]): boolean {
  return (
    cells.length === 4 &&
    /[\u4e00-\u9fff]{2}/.test(cells[0]!.text) &&
    !FIGURE.test(cells[0]!.text) &&
    /^\d+(?:\.\d+)?$/.test(cells[1]!.text) &&
    UNIT_CELL.test(cells[2]!.text) &&
    CHANGE_CELL.test(cells[3]!.text)
  );
}

function readSelfDescribed(s: Sentence, cells: Cell[], docYear: number | null, out: OutcomeMention[]): void {
  const [label, figure, unit, change] = cells as [Cell, Cell, Cell, Cell];
  const at = (c: Cell) => ({ start: s.start + c.at, end: s.start + c.at + c.text.length, sentence: s.index });
  out.push({ ...at(figure), indicator: label.text, value: Number(figure.text), unit: unit.text, year: docYear });
  const pct = /^([-+]\d+(?:\.\d+)?)(%|个百分点)$/.exec(change.text);
  if (pct)
    out.push({ ...at(change), indicator: `${label.text}同比`, value: Number(pct[1]), unit: pct[2]!, year: docYear });
}

/** A cell of a table read across lines: its line, and whether it opens the line. */
interface StreamCell extends Cell {
  s: Sentence;
  lineStart: boolean;
}

/** The first rows that stream a table needs to be one: a header is no guess on a single row. */
const MIN_STREAM_ROWS = 2;

/**
 * A table wrapped across lines: its header may start after a caption's cells (2021年…完成情况 指标 单位 …) and a row
 * may run across lines; a row that does not fit takes a cell cut at a line's end (亿 / 元, 农村居民人 / 均可支配收入)
 * back together.
 */
function readStream(stream: StreamCell[], docYear: number | null, out: OutcomeMention[]): void {
  for (let h = 0; h < Math.min(3, stream.length); h++) {
    for (let n = 3; n <= MAX_COLUMNS && h + n < stream.length; n++) {
      const header = stream.slice(h, h + n);
      if (header.some((c) => FIGURE.test(c.text))) break;
      const table = tableOf(header);
      if ((table.unitAt < 0 && !table.labelled) || !table.columns.some(Boolean)) continue;
      const rows = streamRows(stream.slice(h + n), n, table);
      if (rows.length < MIN_STREAM_ROWS) continue;
      for (const row of rows) readRow(table, row[0]!.s, row, docYear, out);
      return;
    }
  }
}

function fitsRow(row: StreamCell[], table: Table): boolean {
  if (FIGURE.test(row[0]!.text)) return false;
  if (table.unitAt >= 0 && !isUnit(row[table.unitAt]!.text)) return false;
  if (table.labelled && !UNIT_IN_HEADER.test(row[0]!.text)) return false;
  return (
    table.columns.every((col, i) => !col || figureOrEmpty(row[i]!.text)) &&
    table.columns.some((col, i) => col && FIGURE.test(row[i]!.text))
  );
}

/** 亿元, 万亩, 万头（只）: a unit, with its 万 or 亿 and the alternative it may give in brackets. */
function isUnit(text: string): boolean {
  const unit = text.replace(/[（(][\u4e00-\u9fff]{1,2}[）)]$/, '');
  return UNITS.includes(unit) || (/^[万亿]/.test(unit) && UNITS.includes(unit.slice(1)));
}

/** The stream's rows of n cells from its start, as far as they fit; figures keep their own line and offset. */
function streamRows(cells: StreamCell[], n: number, table: Table): StreamCell[][] {
  const rows: StreamCell[][] = [];
  const rest = [...cells];
  let i = 0;
  while (i + n <= rest.length) {
    let row = rest.slice(i, i + n);
    if (!fitsRow(row, table)) {
      // a cell cut at a line's end: the one opening the next line goes on with it
      const cut = row.findIndex(
        (c, j) => j > 0 && c.lineStart && !FIGURE.test(c.text) && !FIGURE.test(row[j - 1]!.text),
      );
      if (cut < 0 || i + n + 1 > rest.length) break;
      const joined = { ...row[cut - 1]!, text: row[cut - 1]!.text + row[cut]!.text };
      rest.splice(i + cut - 1, 2, joined);
      row = rest.slice(i, i + n);
      if (!fitsRow(row, table)) break;
    }
    rows.push(row);
    i += n;
  }
  return rows;
}
