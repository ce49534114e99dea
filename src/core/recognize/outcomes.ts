/**
 * Outcomes: every quantified result, a number with a unit (受理审批事项 209 件, 增长 6.15%, 57 万余例).
 * Years, dates, clock times, ordinals (第41位, 第5号) and sizes that only describe the next counted thing
 * (50立方米蓄水池2口: the 2 口 is the outcome) are not outcomes.
 */
import type { Sentence } from '../segment/segment.ts';
import { UNITS } from '../units.ts';
import { PROJECT_HEADS } from './lexicon.ts';

export interface OutcomeMention {
  start: number;
  end: number;
  sentence: number;
  indicator: string;
  value: number;
  unit: string;
  year: number | null;
  qualifier?: string;
}

const UNIT_RE = UNITS.map((u) => u.replace('%', '%')).join('|');
/**
 * 3700 余件 · 57万余例 · 2.3 万余头 · 100% · 2000 多户 — number, optional 万/亿, optional 余/多, unit.
 * Must not match: 2020年, 8月18日, 24小时, 第41位 (checked by the caller), 135 (no unit).
 */
const NUMBER_RE = new RegExp(`(?<![\\d.,])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(余|多)?(万|亿)?(余|多)?(${UNIT_RE})`, 'g');
const CLAUSE_DELIM = /[，。；：！？,;!?\n、]/;
const SENTENCE_CLAUSE_DELIM = /[，。；：！？,;!?\n]/;
const CHANGE_ONLY = /^(同比|环比)?(增长|下降|提高|减少|增加|上升)了?$/;
const NUMBER_RE_ONCE = new RegExp(NUMBER_RE.source);
const SIZE_UNITS = new Set(['平方公里', '平方米', '立方米', '米', '千瓦', '兆瓦']);

/** A part of the report about what is to come: 五、2020年工作打算, 下一步工作安排, 2024年工作任务, 七、2022年主要目标. */
const PLAN_HEADING =
  /(工作打算|工作安排|工作计划|工作思路|工作任务|重点工作|目标任务|主要目标|预期目标|奋斗目标|下一步|展望|下半年)/;
/** Headings of a report's top level (一、, 第二部分, or none): a new one ends a plans part; 1. and （一） do not. */
const SUB_HEADING = /^(（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.、．]|[一二三四五六七八九十]是)/;
/** 2023年，镇党委将重点抓好以下工作：— the items after it, to the end of the paragraph, are plans. */
const PLAN_LEAD = /将.{0,40}(以下|如下|几项)(几项)?(重点)?工作[：:]/;

/** Whether a heading opens a plans part: it names one, and a year in it is not before the report's. */
function opensPlans(text: string, docYear: number | null): boolean {
  if (!PLAN_HEADING.test(text) || /完成情况|回顾|成效|成绩/.test(text)) return false;
  const year = /(\d{4})年/.exec(text);
  return !year || docYear === null || Number(year[1]) >= docYear + (text.includes('下半年') ? 0 : 1);
}

export function recognizeOutcomes(sentences: Sentence[], docYear: number | null): OutcomeMention[] {
  const out: OutcomeMention[] = [];
  let plans = false;
  let planParagraph = -1;
  // the last figure read, for a box's change on a line of its own (15.3亿元 / 地区生产总值 / 同比增长7.1%)
  let last: OutcomeMention | null = null;
  for (const s of sentences) {
    if (s.kind === 'heading') {
      if (opensPlans(s.text, docYear)) plans = true;
      else if (!SUB_HEADING.test(s.text)) plans = false;
    }
    if (plans || s.paragraph === planParagraph) continue;
    if (PLAN_LEAD.test(s.text) || (FUTURE_LEAD.test(s.text) && /[：:]$/.test(s.text))) planParagraph = s.paragraph;
    let prev: OutcomeMention | null = null;
    let prevEnd = -1;
    const inSentence: OutcomeMention[] = [];
    const targetFrom = targetStart(s.text);
    for (const m of s.text.matchAll(NUMBER_RE)) {
      const at = m.index!;
      const end = at + m[0].length;
      const year = yearBefore(s.text, at);
      if (isOrdinalOrDate(s.text, at, end) || at > targetFrom || (docYear !== null && year !== null && year > docYear))
        continue;
      // groups: 1 number, 2 余 before 万 (210余万人次), 3 万/亿, 4 余 after (57万余例), 5 unit
      // 保障1.6万群众用水: people counted as 群众 are people (群 alone counts colonies of bees)
      const people = m[5] === '群' && s.text[end] === '众';
      const unit = `${m[3] ?? ''}${m[5] === '％' ? '%' : people ? '人' : m[5]!}`;
      if (SIZE_UNITS.has(m[5]!) && describesNextCount(s.text, end)) continue;
      // 班子成员平均年龄41.3岁 is a result, and so is its change (…，较上届下降5.6岁); 60岁以上老人 says who
      if (m[5] === '岁' && !/年龄[^，。；]*(?:，较[^，。；]*)?$/.test(s.text.slice(Math.max(0, at - 20), at))) continue;
      // 打造“15分钟便民生活圈”: minutes that name a circle of services are its name, no result
      if (m[5] === '分钟' && (/^[\u4e00-\u9fff]{0,8}圈/.test(s.text.slice(end, end + 9)) || s.text[at - 1] === '“'))
        continue;
      // 其中30万元以上的村8个: a bound that says which ones are counted is no result (the count is)
      if (/^(以上|以下)的/.test(s.text.slice(end, end + 3))) continue;
      const value = Number(m[1]!.replace(/,/g, ''));
      let indicator = buildIndicator(s.text, at, end);
      // 8.4%、5.1%、4.12% — the items of a list share the first item's indicator (改造4栋楼、126户: a unit's noun may
      // stand between them)
      if (indicator.length < 2 && prev && /^[\u4e00-\u9fff]?[、和及]?$/.test(s.text.slice(prevEnd, at).trim()))
        indicator = prev.indicator;
      // 收入5.8万元，同比增长7.2%: a bare change names the previous figure's growth
      else if (CHANGE_ONLY.test(indicator) && prev) indicator = `${prev.indicator}${indicator}`;
      else if (CHANGE_ONLY.test(indicator) && last && last.sentence >= s.index - 2 && s.text.trim().endsWith(m[0]))
        indicator = `${last.indicator}${indicator}`;
      // 接待游客218万人次，旅游收入10.6亿元，同比分别增长41.5%、38.2%: each change is of the figure in its place
      indicator = respectively(s.text, at, inSentence, s.start) ?? indicator;
      // 186.4万人次 / 全年接待游客: a box that gives the figure first names it on the line under it
      if (indicator.length < 2 && s.text.trim() === m[0]) indicator = labelUnder(sentences[s.index + 1]) ?? indicator;
      const o: OutcomeMention = {
        start: s.start + at,
        end: s.start + end,
        sentence: s.index,
        indicator,
        value,
        unit,
        year: year ?? docYear,
        qualifier: qualifierOf(s.text, at, m[2] ?? m[4]),
      };
      out.push(o);
      inSentence.push(o);
      last = o;
      prev = o;
      prevEnd = end;
    }
  }
  return out;
}

/** A box's label on the line under a figure: short, no figure, no clause of its own. */
function labelUnder(next: Sentence | undefined): string | undefined {
  if (!next || next.text.length > 20 || /[\d，。；：！？,;:]/.test(next.text)) return undefined;
  const label = clean(next.text);
  return label.length >= 2 ? label : undefined;
}

/** 同比分别增长, 分别下降: the changes of a list of figures given before, in their order. */
const RESPECTIVELY = /(同比|环比)?分别(增长|下降|提高|减少|增加|上升)了?/g;

/**
 * The indicator of the figure at `at` when it is one of a list of changes given 分别 (respectively): the change of the
 * figure as many places back as the list is long, or undefined.
 */
function respectively(text: string, at: number, earlier: OutcomeMention[], offset: number): string | undefined {
  if (!text.includes('分别')) return undefined;
  const clauseStart = Math.max(-1, ...['，', '；', '。', '：'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const lead = [...text.slice(clauseStart, at).matchAll(RESPECTIVELY)].at(-1);
  if (!lead) return undefined;
  const from = clauseStart + lead.index! + lead[0].length;
  let clauseEnd = text.slice(from).search(/[，；。：]/);
  clauseEnd = clauseEnd < 0 ? text.length : from + clauseEnd;
  const figures = [...text.slice(from, clauseEnd).matchAll(NUMBER_RE)].map((m) => from + m.index!);
  const place = figures.indexOf(at);
  const leadAt = offset + clauseStart + lead.index!;
  const before = earlier.filter((o) => o.end <= leadAt && o.indicator.length >= 2);
  if (place < 0 || figures.length < 2 || before.length < figures.length) return undefined;
  const base = before[before.length - figures.length + place]!.indicator.replace(/(分别|同比)?(达到|达|为)?$/, '');
  return `${base}${lead[1] ?? ''}${lead[2]}`;
}

/**
 * 力争地区生产总值增长6%以上: a figure the clause aims at is a target, not a result (争取 is not: 争取专项项目7个 was won;
 * nor is a plan's name: 实施“三年行动计划”，整顿…2个, 学生营养改善计划资金96万元).
 */
const TARGET_WORDS =
  /(力争|预计|预期|目标是|目标为|目标任务|建成后|投产后|投用后|(?<!为)确保(?!了)|(?<![按如原]|行动)计划(?!总?投资|资金|生育|单列|内|[”》]))/g;
/** 实施“雁归东安”人才回引计划，…收录人才320名: a plan named as the work carried out, not a figure aimed at. */
const CARRIED_OUT = /(实施|落实|启动|推进|执行|推行|开展)[^，。；]*$/;
/** A sentence about what is to come: 新的一年, 明年, 下一步 … */
const FUTURE_LEAD = /^(新的一年|明年|来年|下一步|今后|未来)/;

/**
 * 力争地区生产总值增长6%，村集体经济收入突破80万元: a target runs to the end of its sentence, so every figure after
 * where it starts is a target (a sentence about the year to come is one from its start); so is a figure of a sentence
 * about a later year than the report's (2023年，全镇将… in a report on 2022: checked by the caller).
 */
function targetStart(text: string): number {
  if (FUTURE_LEAD.test(text)) return -1;
  for (const m of text.matchAll(TARGET_WORDS))
    if (m[0] !== '计划' || !CARRIED_OUT.test(text.slice(0, m.index))) return m.index!;
  return Infinity;
}

function isOrdinalOrDate(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 1), at);
  if (before === '第' || /[\d.]/.test(before)) return true;
  // a number glued to Latin letters is a code or model name (5G, PM2.5), not a count
  if (/[A-Za-z]/.test(before) || /^[A-Za-z]/.test(text[end] ?? '')) return true;
  return false;
}

/** 50立方米蓄水池2口: a size followed (in the same clause) by a count describes the counted thing. */
function describesNextCount(text: string, end: number): boolean {
  const rest = text.slice(end, end + 12);
  const clause = rest.split(SENTENCE_CLAUSE_DELIM)[0]!;
  return /\d/.test(clause);
}

const LEADING_NOISE = [
  /^(其中|此外|同时|另外|并|且|还|就|已|共|共计|累计|总计|先后|全年|年内|去年|今年|当年|同期|目前|截至目前)/,
  /^\d{4}年(度)?(\d{1,2}月(份)?)?/,
  /^(全镇|全区|全县|全市|该镇|该区|本镇|我镇|我区|辖区内?)/,
  /^(实现|完成|达到|达)/,
  // 这个总投资12亿元的项目: a pointer back to what the text just named is no part of what was counted
  /^(这个|这一|这些|这项|此次|本次)/,
];
/** (浓度降至28微克/立方米: a figure after 降至, 提高到 is the level reached, and the verb no part of what was counted) */
const TRAILING_NOISE =
  /(分别|共计|累计|总计|全部|达到|达|为|突破|超过|超|约|近|共|就|已|(?:下降|降低|降|减少|缩短|压减|提高|提升|上升|增加|增长|增|扩大)(?:至|到)|至|了|(稳定|保持|控制|维持)在)+$/;
const LEADING_PREPOSITION = /^(为|对|向|给|帮助|帮扶|带领|与|在|对全镇|为全镇)/;

/** The few words naming what was counted: the clause before the number, or after it when that says nothing. */
export function buildIndicator(text: string, at: number, end: number): string {
  const before = clauseBefore(text, at);
  // 完成8部院线电影和1部网剧的筹拍出品工作: the second item shares the first one's verb, and names itself after
  const firstNumber = before.search(NUMBER_RE_ONCE);
  // (…收入全部达到5万元以上: a bound after the figure names nothing; the clause before it does)
  const after = clean(clauseAfter(text, end)).replace(/^(以上|以下|左右|以内)/, '');
  if (firstNumber >= 0 && after.length >= 2) {
    return `${clean(before.slice(0, firstNumber))}${clean(clauseAfter(text, end))}`;
  }
  const prefix = clean(before);
  // 由某公司投资1.5亿元建设的茶旅融合产业园, 镇里投资2860万元实施…提标改造工程: money put into a work named right after
  // the figure is that work's investment, whoever put it in
  if (/(投资|投入|投入资金)$/.test(before)) {
    const work = INVESTED_IN.exec(text.slice(end));
    if (work) return `${work[1]}投资`;
  }
  // 山河村、银坑村、港口村等3个村建成…: the names before 等 are examples; what was counted follows the number
  if (/等$/.test(before) && clean(clauseAfter(text, end)).length >= 2) return clean(clauseAfter(text, end));
  // 新建葛岸村、良教村2个长者饭堂: a list of places says where; what was counted follows the number
  const listed = text[at - before.length - 1] === '、' && /(村|社区|镇|乡|街道|组)$/.test(before);
  if (listed && clean(clauseAfter(text, end)).length >= 2) return clean(clauseAfter(text, end));
  // 来自周边省市的18支队伍…, 全年向312户茶农发放贷款, 文化服务中心1名青年干部…: the clause before says whence, to whom
  // or whose; what was counted is the noun after the figure
  const suffix = clean(clauseAfter(text, end));
  // (稳定在90%以上: a bound, no noun)
  if (countedAfter(prefix, before) && suffix.length >= 2 && !/^(以|左右|上下|之)/.test(suffix)) return headOf(suffix);
  // 吸引川渝130名陶艺师参赛 → 陶艺师; 吸引国内外选手2300人参赛 → 吸引国内外选手参赛: who came, named after or before
  // (百家宴、跳蚤市场等活动吸引5000余名居民参与 → 居民: what drew them is said before)
  if (/^吸引|吸引$/.test(prefix)) {
    const head = headOf(suffix);
    if (head.length >= 2 && head !== suffix) return head;
    if (suffix.length >= 2) return `${prefix}${suffix}`;
  }
  if (prefix.length >= 3 && !LEADING_PREPOSITION.test(prefix)) return prefix;
  const lead = prefix.replace(LEADING_PREPOSITION, '');
  if (suffix.length >= 2) return `${lead}${suffix}`;
  if (lead.length >= 2) return lead;
  // 完成全镇6万余户、14万余人拉网式摸排8轮: the list's shared tail names what was counted
  return clean(sentenceClauseAfter(text, end)) || prefix;
}

/** 建设的观音镇茶旅融合产业园, 实施…提标改造工程, 在马家屯村建设食用菌菌棒生产线: the work a sum goes into, named after it. */
const INVESTED_IN = new RegExp(
  `^(?:在[\\u4e00-\\u9fff]{2,8}?)?(?:建设的?|建成了?|建起了?|修建|实施|打造|新建|用于)([\\u4e00-\\u9fff“”·]{2,30}?(?:${[...PROJECT_HEADS].sort((a, b) => b.length - a.length).join('|')}))(?:[一二三]期)?(?=[，。；、于的]|落户|落地|建成|开工|投产|正式|已|顺利|$)`,
);

/** A clause before a figure that only says whence (来自…的), to whom (向, 为) or whose (…服务中心, …村) the counted are. */
const WHENCE_OR_WHOSE = /^有?来自|(的|向|对|为|给|在|中心|站|所|社区|街道|辖区|[镇乡村])$/;

function countedAfter(prefix: string, before: string): boolean {
  return prefix.length === 0 || WHENCE_OR_WHOSE.test(prefix) || /的\s*$/.test(before);
}

/** 跑者穿越古镇街巷 → 跑者, 队伍在猛洞河同台竞技 → 队伍, 企业参会 → 企业: the counted noun, up to what it does or where. */
const AFTER_HEAD = /[在于与和从将把被的穿]|同[场台]|参[与加会赛展]|现场|提供/;

function headOf(after: string): string {
  const cut = after.slice(1).search(AFTER_HEAD) + 1;
  return cut >= 2 ? after.slice(0, cut) : after;
}

function clauseBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !CLAUSE_DELIM.test(text[i - 1]!)) i--;
  return text.slice(i, at);
}
function clauseAfter(text: string, end: number): string {
  let j = end;
  while (j < text.length && !CLAUSE_DELIM.test(text[j]!)) j++;
  return text.slice(end, j);
}
function sentenceClauseAfter(text: string, end: number): string {
  let j = end;
  while (j < text.length && !SENTENCE_CLAUSE_DELIM.test(text[j]!)) j++;
  return text.slice(end, j).replace(/^[^、]*、/, '');
}

function clean(s: string): string {
  let t = s
    .replace(/\s+/g, '')
    // other counts go, but a size names the kind of thing counted (新建50立方米蓄水池2口)
    .replace(NUMBER_RE, (m, _n, _b, _w, _a, unit: string) => (SIZE_UNITS.has(unit) ? m : ''))
    .replace(/《[^》]*》/g, '')
    .replace(/^第[一二三四五六七八九十\d]+[批期次轮届]/, '')
    .replace(/[“”"'《》]/g, '');
  for (let changed = true; changed;) {
    changed = false;
    for (const re of LEADING_NOISE) {
      const u = t.replace(re, '');
      if (u !== t && u.length >= 2) [t, changed] = [u, true];
    }
  }
  // 党参等中药材, 老照片等实物, 入股分红等方式流转土地: the examples before 等 (and the ways they say) are no part of
  // what was counted (一等奖, 平等 are words of their own)
  const examples =
    /^[\u4e00-\u9fff、“”]{1,12}?(?<![一二三四平均同])等(?:方式|形式|途径|渠道|措施)?(?=[\u4e00-\u9fff]{2})/.exec(t);
  if (examples) t = t.slice(examples[0].length);
  t = t.replace(/等$/, '').replace(TRAILING_NOISE, '');
  t = t.replace(/^(的|了|和|及)/, '').replace(/(的|了|和|及|等)$/, '');
  // a bare reference to the place (全镇, 该镇) names nothing that was counted
  return /^(全镇|全区|全县|全市|该镇|本镇|我镇|辖区)$/.test(t) ? '' : t;
}

function yearBefore(text: string, at: number): number | null {
  const m = [...text.slice(0, at).matchAll(/((?:19|20)\d{2})\s*年(?!代)/g)].pop();
  return m ? Number(m[1]) : null;
}

function qualifierOf(text: string, at: number, approx: string | undefined): string | undefined {
  const before = text.slice(Math.max(0, at - 8), at);
  if (/同比增长$|同比增长了?$/.test(before)) return '同比增长';
  if (/同比下降$/.test(before)) return '同比下降';
  if (/累计/.test(before)) return '累计';
  if (/(近|将近)$/.test(before)) return '近';
  if (/(超过|突破|超)$/.test(before)) return '超';
  if (/(增长|提高|提升)$/.test(before)) return '增长';
  if (approx) return approx === '多' ? '多' : '余';
  return undefined;
}
