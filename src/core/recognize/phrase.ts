/**
 * Noun-phrase boundaries without a parser: a name ends in a head noun (…项目, …基金会) and reaches left until a
 * punctuation mark, a verb or function word (PHRASE_BREAKERS), or a number with its unit.
 */
import { OBJECT_VERBS, PHRASE_BREAKERS } from './lexicon.ts';

const STOP = /[，。；：！？、,;:!?\n\s…—]/;
const MAX_PHRASE = 30;
/** A number with a counting or measuring unit ends a phrase on its left: 800亩魔芋示范基地 → 魔芋示范基地. */
const NUMBER_UNIT_END =
  /\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?(?:亩|个|座|家|公里|米|平方米|立方米|万元|元|件|项|名|户|人|款|种|部|套|批)$/;

/**
 * Start of the phrase whose last character is at `headEnd - 1` and whose head begins at `headStart`.
 * Brackets are kept when they close inside the phrase (水环境综合治理（一期）PPP项目).
 */
const IMPROVEMENT = '提升|改造|提质|升级|巩固|扩容|增效|整治|扩建|修缮|保护|重建|更新';
const IMPROVEMENT_END = new RegExp(`(${IMPROVEMENT})$`);
/** …and what may follow the improvement before the head: more of it, and the phase (保护修缮二期工程). */
const IMPROVEMENTS_ONLY = new RegExp(`^(${IMPROVEMENT})*([一二三四五六七八九十\\d]期)?$`);
/** A name that is only improvement work and a head (提升改造项目) names nothing. */
export const IMPROVEMENT_ONLY_NAME = new RegExp(`^(${IMPROVEMENT})+(工程|项目)$`);

/** The first half of a department name joined by 和 (人力资源和社会保障, 住房和城乡建设, 文化和旅游, 自然资源和规划). */
const DEPARTMENT_AND =
  /(人力资源|住房|文(?:化|体)(?:广电|广播电视|体育|新闻出版)*|自然资源|工业|教育|卫生|科学技术|农业|旅游)和$/;

/** Verbs of what was done to a thing (完成道路…, 建成公园…, 成立专班); 建设 is not among them (中国建设银行, 城乡建设局). */
const DONE_VERB_END = /(完成|建成|新建|启动|实施|推进|开工|落地|引进|签约|成立|组建|设立)$/;

/** What breaks a phrase right before its head: a conjunction, particle, preposition or a verb that takes an object. */
const BREAKS_AT_HEAD = new RegExp(
  `(等|及|和|与|或|的|了|暨|获|向|在|从|于|把|被|(?<![自理经])由|${OBJECT_VERBS.join('|')}|目前|全年|去年|今年|当年|(所|局|站|中心|队|院|委|办|公司)(联合|会同|协同|携手))$`,
);

export function phraseStart(
  text: string,
  headStart: number,
  headEnd: number,
  protectedStart: (i: number) => number = () => -1,
): number {
  // inside quotes the quotes are the boundary (“两镇一乡跨界联边联合调解委员会”)
  const lastOpen = text.lastIndexOf('“', headStart - 1);
  if (lastOpen >= 0 && headEnd - lastOpen <= MAX_PHRASE && text.lastIndexOf('”', headStart - 1) < lastOpen)
    return lastOpen + 1;
  let i = headStart;
  const limit = Math.max(0, headEnd - MAX_PHRASE);
  let opens = 0;
  let closes = 0;
  while (i > limit) {
    const ch = text[i - 1]!;
    // “A”“B”“C基地: a closing quote after an opening one belongs to the previous item
    if (ch === '“') opens++;
    if (ch === '”' && opens > closes++) break;
    // “千村引领、万村升级”工程: a quote the head follows is one word, whatever marks are inside it (a quote with none
    // is read on as before)
    if (ch === '”' && i === headStart) {
      const open = text.lastIndexOf('“', i - 2);
      const inside = open >= limit ? text.slice(open + 1, i - 1) : '';
      if (open >= limit && !inside.includes('”') && /[、，]/.test(inside)) {
        i = open;
        continue;
      }
    }
    // a place name is one word: 恒和片区 must not break at 和
    const p = protectedStart(i - 1);
    if (p >= 0 && p < i) {
      i = Math.max(p, limit);
      continue;
    }
    if (ch === '）' || ch === ')') {
      const open = text.lastIndexOf(ch === '）' ? '（' : '(', i - 1);
      if (open < 0 || i - 1 - open > 10 || open < limit) break;
      i = open;
      continue;
    }
    if (STOP.test(ch) || ch === '（' || ch === '(' || ch === '《' || ch === '》') break;
    const left = text.slice(Math.max(0, i - 8), i);
    // 经 (经审批) breaks a phrase, 经济 and 经营 do not; 有 (有序) breaks, 有机 (有机更新, 有机茶园) does not
    // …人力资源和社会保障局, 住房和城乡建设局: the 和 of a department's standard name joins, it does not list
    // 和美乡村 (宜居宜业和美乡村) is one word, not a 和 that lists
    // 阜平县嘉和菌业有限公司: the 和 of a company's two-character brand after its county is part of the brand
    // 矛盾纠纷联合调解委员会: 联合 before the kind of a joint body, after a word that names no body nor place, makes
    // the body joint; it does not join two
    const continues =
      (/[\u4e00-\u9fff]联合$/.test(left) &&
        !/[所局站心队院委办司镇乡村区县市道府会部厅组里]联合$/.test(left) &&
        /^(调解|党委|党总支|党支部|工会|执法)/.test(text.slice(i))) ||
      (left.endsWith('经') && /[济营销贸典纪理费]/.test(text[i] ?? '')) ||
      (left.endsWith('有') && text[i] === '机') ||
      // 智慧社区运营服务平台, 运营管理中心: 运营 that names what a body or platform does is part of its name
      (left.endsWith('运营') && /^(服务|管理)(平台|中心)/.test(text.slice(i, headEnd))) ||
      // 被 (被评为) breaks, 被服 and 被褥 (红军被服厂) do not
      (left.endsWith('被') && /[服褥]/.test(text[i] ?? '')) ||
      // 共同富裕示范区: 共同 of 共同富裕 joins no two parties
      (left.endsWith('共同') && text.startsWith('富裕', i)) ||
      // (文化体育广播电视和旅游局: a department's first half may be longer than the window)
      (left.endsWith('和') && DEPARTMENT_AND.test(text.slice(Math.max(0, i - 14), i))) ||
      (left.endsWith('和') && text.startsWith('美乡村', i)) ||
      // 山东农业大学园艺科学与工程学院, 经济与管理学院: a university's school named by two fields joined with 与
      (left.endsWith('与') &&
        /(大学|科学院)[\u4e00-\u9fff]{1,10}与$/.test(text.slice(Math.max(0, i - 16), i)) &&
        /^[\u4e00-\u9fff]{1,6}(学院|研究院|研究所)/.test(text.slice(i))) ||
      (/[省市县区][^委府局办和]和$/.test(left) && /公司|集团/.test(text.slice(headStart, headEnd)));
    // 农贸市场提升改造项目: the improvement right before the head names the work, it does not govern the name
    const improving = IMPROVEMENT_END.test(left) && IMPROVEMENTS_ONLY.test(text.slice(i, headStart));
    if (i < headStart && !continues && !improving && (PHRASE_BREAKERS.test(left) || NUMBER_UNIT_END.test(left))) break;
    // right before the head only a conjunction or particle breaks: 扩建工程 and 建设项目 are one word; a noun head
    // is governed by the verb before it (完成道路、管网等配套设施建设); so is a body joined or reported by another
    // (派出所联合司法所, 经验做法获广西日报报道); so does a preposition (推动党建资源向景区延伸)
    if (i === headStart && BREAKS_AT_HEAD.test(left)) break;
    if (i === headStart && !/^(工程|项目)/.test(text.slice(headStart)) && DONE_VERB_END.test(left)) break;
    i--;
  }
  return i;
}

/** Strips what a phrase may have picked up on its left: 全区首个, unbalanced quotes, leading numbers. */
export function trimPhrase(s: string): string {
  let t = s
    .replace(/^([（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]+、|\d{1,2}[.．、](?!\d))/, '')
    .replace(/^(全(国|省|市|区|县|镇)|市级|区级|县级)?(首个|首家|第一个|唯一|一批|一个|一座|一处)/, '')
    .replace(/^(共计|共(?=\d)|累计|总计)/, '')
    .replace(/^\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?(?:亩|个|座|家|公里|米|平方米|立方米)/, '');
  t = balanceQuotes(t);
  return t;
}

/** Removes a quote or bracket that opens or closes outside the phrase. */
export function balanceQuotes(s: string): string {
  let t = s;
  for (let changed = true; changed;) {
    changed = false;
    for (const [open, close] of [
      ['“', '”'],
      ['《', '》'],
      ['（', '）'],
      ['(', ')'],
    ] as const) {
      const opens = t.split(open).length - 1;
      const closes = t.split(close).length - 1;
      if (opens > closes && t.startsWith(open)) [t, changed] = [t.slice(1), true];
      else if (closes > opens && t.endsWith(close)) [t, changed] = [t.slice(0, -1), true];
      else if (opens > closes && t.endsWith(open)) [t, changed] = [t.slice(0, -1), true];
      else if (closes > opens && t.startsWith(close)) [t, changed] = [t.slice(1), true];
    }
  }
  return t;
}

/** Heads by their last character, longest first: a sentence is then scanned once, not once per head. */
const headTables = new WeakMap<readonly string[], Map<number, string[]>>();

function headTable(heads: readonly string[]): Map<number, string[]> {
  let table = headTables.get(heads);
  if (table) return table;
  table = new Map();
  for (const h of [...heads].sort((a, b) => b.length - a.length)) {
    const last = h.charCodeAt(h.length - 1);
    const list = table.get(last);
    if (list) list.push(h);
    else table.set(last, [h]);
  }
  headTables.set(heads, table);
  return table;
}

/** Finds every occurrence of any of `heads` (the longest one at each end position). */
export function findHeads(text: string, heads: readonly string[]): { start: number; end: number; head: string }[] {
  const table = headTable(heads);
  const out: { start: number; end: number; head: string }[] = [];
  for (let end = 1; end <= text.length; end++) {
    const list = table.get(text.charCodeAt(end - 1));
    if (!list) continue;
    for (const h of list) {
      const start = end - h.length;
      if (start >= 0 && text.startsWith(h, start)) {
        out.push({ start, end, head: h });
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A count right after a phrase (专项项目7个, 招聘会4场) makes it a generic, counted thing rather than a name. */
/** …度假区、花沟村农文旅综合体2个项目仍在洽谈中: the count of a list's items, right after its last item. */
export const LIST_COUNT = /^\s*\d+个(项目|工程)/;

export function followedByCount(text: string, end: number): boolean {
  const after = text.slice(end, end + 8);
  // a list's count counts its items, it does not make the last one generic
  if (LIST_COUNT.test(after)) return false;
  return /^\s*\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?[个座家场项次名户支条所处批场次]/.test(after);
}

/** A count right before a phrase (5个社区养老服务站) makes it generic too. */
export function precededByCount(text: string, start: number): boolean {
  return /\d+(?:余|多)?[个座家场项所处批]$/.test(text.slice(Math.max(0, start - 6), start));
}
