/**
 * Organizations: government bodies, party committees, companies, collectives, media, foundations, associations.
 *   区委、区政府 · 镇党委 · 柏林镇党委政府 (two bodies) · 市委编办、市司法局 · 中国电影基金会 · 复建村村集体公司
 *   主题教育领导小组 · 重庆电视台 · 央视
 * Counted generic bodies (社区物业管理委员会10个, 专业合作社1个) are outcomes, not organisations. Words that merely
 * end like one (格局, 布局, 大局) are not bodies.
 */
import type { Sentence } from '../segment/segment.ts';
import { ORGANIZATION_HEADS, ORGANIZATION_NAMES } from './lexicon.ts';
import { balanceQuotes, findHeads, followedByCount, phraseStart, precededByCount } from './phrase.ts';
import { perSentence, tailOfSentence } from './spans.ts';
import type { EntityMention } from './types.ts';

/**
 * 区委 / 镇党委 / 市政府 / 县人大 (and Inner Mongolia's 旗委, 苏木政府) — a level word and a governing body, with the
 * party committee's departments (县委组织部, 县委政法委), and a high-tech zone's (高新区党工委); not inside 社区委员会,
 * 辖区政府 or 城区政府 (a town whose name ends in 城, 悦城镇党委, keeps its own).
 */
const LEVEL_BODY =
  /(?<![社小辖园景片山新郊红])(省|市|高新区|经开区|(?<!城)区|县|镇|乡|街道|苏木|旗|盟)(党工委|纪工委|党委|纪委|委(?:组织部|宣传部|统战部|政法委|巡察办|党校)?|人民政府|政府|人大|政协|商会)(?![员会])/g;
/**
 * 镇政务服务中心, 乡便民服务中心, 镇农业农村服务中心, 街道社区卫生服务中心: the town's own service bodies, named after
 * its level word like 镇党委 (a community's 综合服务中心 is a building, a project).
 */
const LEVEL_CENTER =
  /(?<![城下返])(镇|乡|街道|苏木)((?:便民|政务|农业农村|农业|农技|社区卫生|卫生|文化体育|文体|文化|综合行政执法|社会事务|退役军人)服务(?:中心|站)|综治中心|综合治理中心|新时代文明实践所)/g;
/**
 * 镇总工会, 县妇联, 镇团委, 镇文体站, 镇应急办: a level's own mass bodies, stations and offices, named by its
 * level word alone like 镇党委 (城镇文化站 names a kind of them, not one; 镇敬老院 is a home, a work).
 */
const LEVEL_OFFICE =
  /(?<![社小辖园景片山新郊红城乡村集])(镇|乡|街道|区|县)(总工会|工会|妇联|团委|科协|残联|应急办|招商办|项目办|文旅办|扶贫办|党政办|党建办|禁毒办|综治办|信访办|(?:综合)?文化站|文体站|农业站|农技站|林业站|水利站|畜牧站|兽医站|社工站|(?:扶贫|应急管理|退役军人服务|电子商务服务)站)(?![\u4e00-\u9fff]{0,2}(?:[0-9０-９]|个|家|所|座))/g;
const TOWN_CENTER = new RegExp(`^${LEVEL_CENTER.source.replace(/^\(\?<!\[[^\]]*\]\)/, '')}$`);

/**
 * 镇便民服务中心: one of the town's own service centres, named by its level word alone (as LEVEL_CENTER finds them);
 * its 综治中心 is also where a project is built, and stays one.
 */
export function isTownCenter(name: string): boolean {
  return TOWN_CENTER.test(name) && /服务(中心|站)$/.test(name);
}

/** Standard department names joined by 和 read as one word when a bureau's name is measured. */
const JOINED_DEPARTMENT =
  /人力资源和社会保障|住房和城乡建设|自然资源和规划|(?:旅游和)?文(?:化|体)(?:和?(?:广电|广播电视|新闻出版|旅游|体育))+|工业和信息化|教育和体育/;
const SINGLE_HEADS = new Set(['局', '厅', '部', '署', '办', '院', '所', '社']);
const NOT_BODIES =
  /(村民委员会|居民委员会|村委会|居委会|格局|布局|大局|开局|好局|结局|全局|当局|骗局|新局|书局|部分|全部|内部|外部|基部|干部|局部|中部|东部|西部|南部|北部|社会|公社|旅社|结社|(?<![日晚])报社|集中学)$/;
/** A cooperative is named by its kind (…蔬菜种植专业合作社, …股份经济合作社); 领办合作社 and 支部+合作社 are not names. */
const NAMED_COOPERATIVE = /(专业|经济|股份|农机|土地|资金互助|畜牧业|种植|养殖|林业|旅游|劳务|电商|供销)合作社$/;
/** Kinds of bodies, named by what they do and no name of their own. */
const GENERIC_BODY =
  /^(?:(?:保险|物流|快递|金融|家庭|电商|龙头|施工|国有|民营|医疗|强村)(?:公司|企业|农场|机构|集团)|[省市区县镇乡]?(?:(?:农村|城区|山区|村级|乡镇|镇村|优质|薄弱|义务教育|公办|民办|新)(?:学校|中小学|中学|小学)|学校|中小学)|(?:这|那|此|该)所[\u4e00-\u9fff]{0,4}|[省市区县镇乡村]级[\u4e00-\u9fff]{0,4}(?:医院|卫生院|学校|中学|小学|幼儿园)|(?:农民)?(?:股份经济|经济|专业)?合作(?:联)?社|村集体经济组织|(?:志愿|志愿者)?服务队|工作专班|(?:群众|民间|村级|村|乡村|村民|村寨|自办|业余)*(?:文艺队|舞蹈队|艺术团))$/;
/** 派出所, 司法所: a town's own offices, named as written with no place before them. */
const TOWN_OFFICE = /^(派出所|司法所)$/;
/** 贯古社区党委, 保丰村党总支: a community's or village's own party body, named with it. */
const LOCAL_PARTY_BODY = /[\u4e00-\u9fff]{2,6}?(?:社区|村|嘎查)(?:党委|党总支)/g;
/** Bodies written as level + body (区委, 镇政府) are found by LEVEL_BODY, not as heads of longer phrases. */
const LEVEL_HEADS = new Set(['党工委', '党委', '政府', '人大', '政协', '纪委']);
const HEADS = ORGANIZATION_HEADS.filter((h) => (!SINGLE_HEADS.has(h) || h === '局') && !LEVEL_HEADS.has(h));

/**
 * A page's masthead names its paper before the date (今日桐庐 2023年1月10日 星期二 第3版, 石泉报 2024年1月9日) or after
 * the weekday (2023年1月16日 星期一 秀山报 第3版): the paper is a body the report names, whatever its name ends in.
 */
const MASTHEAD_BEFORE = /^([A-Z]?\d{1,2})?([\u4e00-\u9fff]{2,8})(?=\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|第\d{1,3}版))/;
const MASTHEAD_AFTER =
  /^\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]\s*([\u4e00-\u9fff]{2,8}?(?:报|时报|日报|晚报))/;
/**
 * A page's section before the date (白琳镇专版, 乡镇风采), not a paper; nor is …新闻 after a page number (A05 开平新闻),
 * where the page names its part of a city's paper (德庆新闻 opening the masthead is the county's paper).
 */
const PAGE_SECTION = /(专版|专刊|专题|风采|巡礼|视窗|要闻|综合|特稿|传真)$/;

function masthead(s: Sentence, out: EntityMention[]): void {
  const before = MASTHEAD_BEFORE.exec(s.text);
  const section = before && (PAGE_SECTION.test(before[2]!) || (before[1] && /新闻$/.test(before[2]!)));
  const name = before && !section ? before[2]! : MASTHEAD_AFTER.exec(s.text)?.[1];
  if (!name) return;
  const at = s.text.indexOf(name);
  add(out, s, at, at + name.length, name);
}

/**
 * `placeStart(i)`: where the place covering text offset i starts, or -1; a place is one word in a body's name
 * (和安村鲜食玉米专业合作社 does not break at the 和 that opens 和安村).
 */
export function recognizeOrganizations(
  sentences: Sentence[],
  placeStart: (i: number) => number = () => -1,
): EntityMention[] {
  const out: EntityMention[] = [];
  for (const s of sentences) {
    if (s.index < 2) masthead(s, out);
    for (const m of s.text.matchAll(LEVEL_BODY)) {
      add(out, s, m.index!, m.index! + m[0].length, m[0]);
      // 党委政府, 镇党委、政府: a second body right after the first, of the same level
      const rest = s.text.slice(m.index! + m[0].length);
      const second = (m[2] === '党工委' ? /^、?(管委会|办事处)/ : /^、?(政府|人大|政协)/).exec(rest);
      // (its span is its own word, so that the first body, 镇党委, is not read as nested inside it)
      if (second && m[2] !== '政府') {
        const at = m.index! + m[0].length + second[0].length - second[1]!.length;
        add(out, s, at, at + second[1]!.length, `${m[1]}${second[1]}`);
      }
    }
    for (const m of /服务|综治|治理中心|文明实践所/.test(s.text) ? s.text.matchAll(LEVEL_CENTER) : [])
      add(out, s, m.index!, m.index! + m[0].length, m[0]);
    for (const m of /工会|妇联|团委|科协|残联|办|站/.test(s.text) ? s.text.matchAll(LEVEL_OFFICE) : [])
      add(out, s, m.index!, m.index! + m[0].length, m[0]);
    // the lazy name scans run only where their head word occurs
    for (const m of s.text.includes('党') ? s.text.matchAll(LOCAL_PARTY_BODY) : []) {
      // the name starts where a place does: after punctuation or a verb the phrase reader would stop at
      const start = phraseStart(s.text, m.index! + m[0].length - 2, m.index! + m[0].length);
      const name = s.text.slice(start, m.index! + m[0].length);
      if (name.length >= 5 && !/^(村|社区)/.test(name)) add(out, s, start, start + name.length, name);
    }
    const protect = (i: number) => {
      const p = placeStart(s.start + i);
      return p < 0 ? -1 : p - s.start;
    };
    for (const h of findHeads(s.text, HEADS)) {
      if (!endsWord(s.text, h.end)) continue;
      const start = phraseStart(s.text, h.start, h.end, protect);
      // 该…, （三）…, 我们把…: a determiner, an enumerator or a pronoun is no part of the name
      const name = balanceQuotes(s.text.slice(start, h.end))
        .replace(/^(（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+[、是])/, '')
        .replace(/^(们|把|将)+/, '')
        .replace(/^(该|全|各|本|我|其|原)/, '')
        // 2021年1月22日星期五铜梁日报: a page's date line runs into the paper's name
        .replace(/^\d{4}年\d{1,2}月\d{1,2}日(星期[一二三四五六日天])?/, '')
        // 谋道镇·某民族大学研学合作签约仪式: a town and a body set side by side with · are two parties
        .replace(/^[^·]{2,12}(?:镇|乡|街道|村|社区|县|区|市)·(?=[\u4e00-\u9fff]{3})/, '');
      // a specific head (司法局, 基金会) needs one more character (市司法局); a generic one (局, 公司) needs two
      if (
        (name.length - h.head.length < (h.head.length >= 3 ? 1 : 2) && !TOWN_OFFICE.test(name)) ||
        NOT_BODIES.test(name)
      )
        continue;
      if (h.head === '合作社' && (!NAMED_COOPERATIVE.test(name) || name.includes('+'))) continue;
      // (县景迈山古茶林保护管理局: an authority is named after what it manages)
      if (
        h.head === '局' &&
        !/^[\u4e00-\u9fff]{2,8}局$|^[\u4e00-\u9fff]{2,10}管理局$/.test(name.replace(JOINED_DEPARTMENT, '部门'))
      )
        continue;
      if (followedByCount(s.text, h.end) || precededByCount(s.text, start)) continue;
      // (…“一对一”专班服务机制: a name that starts inside quotes is no name)
      if (/[，。；、]/.test(name) || /^[^“]*”/.test(name)) continue;
      // 6所村级小学, 辖区11所中小学: bodies counted inside the phrase are generic; 累计确认集体经济组织成员, 新改建学校,
      // 中考成绩位列全区农村学校: a verb or a result before the head makes a clause, not a name
      if (
        /(?:\d+|[一两几多])(?:余|多)?[所个家座名支]/.test(name) ||
        /^(累计|确认|新改建|新建|辖区|部分|不少|很多|许多|组织|上级|周边|各级)|一批|一些|成绩|位列|排名/.test(name)
      )
        continue;
      // 协调保险公司, 创办家庭农场, 全市农村学校: a kind of body, not one named (nor 上海某文化传媒公司; a report that
      // masks a company's name writes 某某)
      // (孩子在家门口就能上好学校, 每个月都要到学校: going to school, no school named)
      if (GENERIC_BODY.test(name) || /(?<!某)某(?!某)/.test(name) || /(能|要|到|上好|去)学校$/.test(name)) continue;
      const at = h.end - name.length;
      // 村党支部书记: a branch named by its level word alone is the village's, unnamed; “五星党支部”创建: a title
      // strived for (a quoted body's name, “两镇一乡…联合调解委员会”, stays one)
      if (/^(村|社区|嘎查|小区)(党支部|党总支)$/.test(name)) continue;
      if (s.text[at - 1] === '“' && s.text[h.end] === '”' && /^(创建|评选|评比)/.test(s.text.slice(h.end + 1)))
        continue;
      add(out, s, at, h.end, name);
    }
    for (const n of ORGANIZATION_NAMES) {
      for (let i = s.text.indexOf(n); i >= 0; i = s.text.indexOf(n, i + 1)) add(out, s, i, i + n.length, n);
    }
  }
  // 市委 inside 市委编办: keep only the longest of nested mentions; 中国建设银行 and 银行株洲分行 overlap: one name
  return perSentence(joinOverlapping(out, sentences), (g) =>
    g.filter(
      (m) => !g.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start),
    ),
  );
}

/** Mentions that overlap without nesting are one name over both spans (a branch named after its bank). */
function joinOverlapping(all: EntityMention[], sentences: Sentence[]): EntityMention[] {
  const sorted = [...all].sort((a, b) => a.sentence - b.sentence || a.start - b.start || b.end - a.end);
  const out: EntityMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && last.sentence === m.sentence && m.start > last.start && m.start < last.end && m.end > last.end) {
      const s = sentences[m.sentence]!;
      const name = s.text.slice(last.start - s.start, m.end - s.start);
      out[out.length - 1] = { ...last, end: m.end, name };
    } else out.push(m);
  }
  return out;
}

/** The head ends the word: 中国电影基金会钟惦棐… ends at 会; 局面 does not end at 局. */
function endsWord(text: string, end: number): boolean {
  const next = text[end] ?? '';
  // 局面, 会长, 大学生: the head goes on into another word; “镇领导+专班+专员”: a part of a formula is no body
  return !/[面长势部内员会生+＋]/.test(next);
}

function add(out: EntityMention[], s: Sentence, a: number, b: number, name: string): void {
  const start = s.start + a;
  const end = s.start + b;
  if ([...tailOfSentence(out, s.index)].some(([e]) => e.start === start && e.end === end && e.name === name)) return;
  out.push({ type: 'Organization', name, start, end, sentence: s.index });
}
