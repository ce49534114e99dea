/**
 * Honors: titles, awards, rankings and designations received.
 *   白沙镇荣膺“中国特色小城镇品牌传播百强”            → honor, recipient = the subject before the verb
 *   先后荣获“节约型机关”“江津区夜间经济示范单位”等荣誉   → one honor per quoted title
 *   名列“中国特色小城镇品牌传播百强”第41位              → rank 41
 *   1名帮扶干部获市级脱贫攻坚先进个人荣誉称号           → unquoted, up to 称号/荣誉
 * Not honors: targets still being worked towards (争创…示范村建设, 推进…AAAA级旅游景区建设).
 */
import type { Sentence } from '../segment/segment.ts';
import { tailOfSentence } from './spans.ts';
import type { EntityMention } from './types.ts';

/** 荣获 / 获评全市 / 被评为 / 名列 … followed by one or more quoted titles. */
const QUOTED_HONOR =
  /(荣膺|荣获|蝉联|获评|获得|被评为|评为|被授予|授予|入选|被命名为|命名为|被确定为|确定为|被认定为|认定为|被列为|列入|名列|表彰为|成功创建|(?<=继(?:\d{4}年)?)创建|捧回|摘得|斩获|夺得|获)(?:了)?(?:\d{4}年度?)?(?:首批|第[一二三四五六七八九十\d]+[批届])?(全国|全省|全市|全区|全县|国家级|省级|市级|区级|县级|[\u4e00-\u9fff]{2,5}?[省市区县])?((?:“[^”]{2,40}”[、和及]?)+)/g;
/** What may follow a quoted title without being part of it. */
const AFTER_TITLE = /^(称号|荣誉|等|奖|光荣)/;
/** The rest of a designation a quoted part opens: “一村一品”示范村镇, “五好”先进集体. */
const TITLE_TAIL =
  /^[\u4e00-\u9fff]{0,8}?(村镇|村|镇|乡|街道|社区|单位|集体|基地|示范区|示范点|试点|景区|园区|企业|品牌|典型|案例|标兵|模范|之乡|样板|名录|名单|组织|支部|党支部|党组织)(?=[，。；、]|$)/;
/** 获市级脱贫攻坚先进个人荣誉称号 — unquoted, closed by 称号/荣誉称号/奖. */
/**
 * 成功创建国家AAAA级旅游景区, 被命名为省级文明村, 被列为全县垃圾分类示范村, 入选国家先进制造业集群, 进入中国企业500强 — an unquoted designation
 * with its level, closed by punctuation.
 */
const DESIGNATION =
  /(成功创建|创建成为|被命名为|被评为|被授予|被确定为|被认定为|认定为|命名为|被列为|获评|荣获|入选|进入|跻身)(?:\d{4}年度?)?(?:首批|第[一二三四五六七八九十\d]+批)?((?:国家级|国家|全国|中国|省级|全省|自治区级?|市级|全市|区级|全区|县级|全县|镇级|[\u4e00-\u9fff]{2,4}(?:省|自治区|市))[\u4e00-\u9fffA-Z\d“”]{2,20}?(?:（[\u4e00-\u9fff]{1,4}）)?)(?=[，。；、]|称号|名单|之后|后[，。；])/g;
/** 在全县乡镇综合目标考核中被评为一等奖: the award is named after its contest. */
const CONTEST_AWARD =
  /在((?:全国|全省|全市|全区|全县|全旗)?(?:\d{4}年度?)?[\u4e00-\u9fff]{2,16}?(?:考核|评比|评选|比赛|大赛|竞赛|考评))中(被评为|评为|荣获|获得|获评|获)(?:了)?(特等奖|一等奖|二等奖|三等奖|优秀奖|金奖|银奖|铜奖)/g;
/**
 * 在全区镇街综合治理考核中名列第2位 (not 名列乡镇第一方阵, a tier), 在泸州市“十佳魅力小镇”评选中名列第3位: a rank in a contest is an honor named
 * after the contest (or the title it awards), with its rank; the subject may come between (在全区…考核中，昭化镇名列第2位).
 */
const CONTEST_RANK =
  /在((?:全国|全省|全市|全区|全县|全旗)?(?:\d{4}年度?)?(?:[\u4e00-\u9fff]{2,5}?[省市区县](?=“))?(?:“[^”]{2,30}”)?[\u4e00-\u9fff]{0,16}?(?:考核|评比|评选|比赛|大赛|竞赛|考评|排名|榜单|排行榜))中[，,]?([\u4e00-\u9fff]{2,8}?)?(?:名列|位列|排名|排在|居)(?:全[国省市区县旗])?[\u4e00-\u9fff]{0,6}?第([\d一二三四五六七八九十]+)(?:位|名)?(?!方阵|梯队|档)/g;
/** 在“2021年度中国茶业百强乡镇”中名列第12位: a rank on a list its title names. */
const QUOTED_RANK = /在“([^”]{2,30})”(?:榜单|评选|评比)?中(?:名列|位列|排名|排在|居)第(\d+)(?:位|名)?/g;
/** 名列全国综合实力千强镇第386位: an unquoted ranking list, named by its level and what it ranks. */
const LIST_RANK =
  /(?:名列|位列|跻身)((?:全国|全省|全市|中国|西部|全区)[\u4e00-\u9fff]{2,16}?(?:百强|千强|强镇|强县|强区|名镇)[镇县区]?)第(\d+)(?:位|名)/g;
/**
 * 名列全县营商环境评价乡镇第1位, 名列全区街镇综合考核第3位, 名列天长市乡镇年度综合考核第3位, 名列全市乡镇（街道）营商环境
 * 评价第2位: a rank in a contest named unquoted after the verb, by its level or its place.
 */
const CONTEST_LIST_RANK =
  /(?:名列|位列)((?:全国|全省|全市|全区|全县|全旗|[\u4e00-\u9fff]{1,6}?[省市区县旗](?=乡镇|街镇|镇街|镇|街道|年度|\d))(?:\d{4}年度?)?(?:[\u4e00-\u9fff]|（[\u4e00-\u9fff]{1,4}）){2,18}?(?:考核|评比|评选|考评|评价)(?:乡镇|街镇|镇街)?)第([\d一二三四五六七八九十]+)(?:位|名)/g;
/**
 * …，接诉即办年度综合成绩名列全区乡镇第2位: a contest's result written before the verb, ranked at a level's scope;
 * the whole clause names the honor (the contest alone names no title received).
 */
const RESULT_RANK =
  /(?<=^|[，；、])((?:[\u4e00-\u9fff]|（[\u4e00-\u9fff]{1,4}）){4,20}?(?:成绩|考评|考核|评估|测评|评价))(?:名列|位列|位居)(?:全国|全省|全市|全区|全县|全旗)[\u4e00-\u9fff（）]{0,8}?第([\d一二三四五六七八九十]+)(?:位|名)/g;
/**
 * 捧回“重庆市卫生镇”、全县2023年度综合目标考核一等奖等多项荣誉: an award listed unquoted after quoted titles, named
 * without its year (the honor's year is an attribute of receiving it).
 */
const LISTED_AWARD =
  /”、((?:全国|全省|全市|全区|全县|全旗)?)(?:\d{4}年度?)?([\u4e00-\u9fff]{2,16}?(?:特等奖|一等奖|二等奖|三等奖|优秀奖|金奖|银奖|铜奖))(?=等|、|，|。|；)/g;
/** An award a match names, from `lead` characters into it to its end (its year may be left out of the name). */
function award(s: Sentence, m: RegExpMatchArray, lead: number, name: string, verbAt?: number): EntityMention {
  const at = s.start + m.index!;
  return { type: 'Honor', name, start: at + lead, end: at + m[0].length, sentence: s.index, verbAt };
}

/** An honor held at a rank: its name from `start`, the verb that ranks it at `verbAt`. */
function ranked(s: Sentence, name: string, start: number, verbAt: number, rank: number): EntityMention {
  return { type: 'Honor', name, start, end: start + name.length, sentence: s.index, verbAt, rank };
}

/** 第一 … 第十 as a number. */
function rankNumber(s: string): number {
  const n = Number(s);
  if (!Number.isNaN(n)) return n;
  const digits = '一二三四五六七八九';
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + digits.indexOf(s[1]!) + 1;
  if (s.endsWith('十')) return (digits.indexOf(s[0]!) + 1) * 10;
  if (s.includes('十')) return (digits.indexOf(s[0]!) + 1) * 10 + digits.indexOf(s[2]!) + 1;
  return digits.indexOf(s) + 1;
}
const PLAIN_HONOR = /(荣获|获评|获得|被评为|被授予|获)([\u4e00-\u9fff·\d]{4,24}?)(荣誉称号|称号|奖项|奖)/g;

/** 成功列入《世界遗产名录》: a list a place or a heritage is entered on, named by its title. */
const LISTED_TITLE = /(列入|入选|纳入)(《[^》]{2,20}名录》)/g;

export function recognizeHonors(sentences: Sentence[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(QUOTED_HONOR)) {
      const verbAt = s.start + m.index!;
      const listStart = m.index! + m[0].length - m[3]!.length;
      const after = s.text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
      // 获得“渝快贷”等信用贷款: money or support obtained under a quoted name, no title
      if (/^等?[\u4e00-\u9fff]{0,4}(贷款|资金|补贴|补助|奖补|政策|授信)/.test(after)) continue;
      // 把招商引资确定为“一号工程”: a label a line of work is given by whoever runs it, no honor
      if (/确定为|列为/.test(m[1]!) && /把[^，。；]*$/.test(s.text.slice(0, m.index!))) continue;
      // 4个项目列入市级“大干快上”重点项目清单: works entered on a list of projects to push, no title received
      if (/列入|列为/.test(m[1]!) && /^[\u4e00-\u9fff]{0,6}(?:项目)?(?:清单|库|计划|盘子)/.test(after)) continue;
      const rank = /^第(\d+)(位|名)/.exec(after);
      // 全国“一村一品”示范村镇: one quoted title that a name goes on after is a part of that longer name
      const tail = TITLE_TAIL.exec(after)?.[0];
      if (tail && !m[3]!.endsWith('、') && (m[3]!.match(/“/g) ?? []).length === 1 && !AFTER_TITLE.test(tail)) {
        const start = listStart - (m[2]?.length ?? 0);
        const end = m.index! + m[0].length + tail.length;
        out.push({
          type: 'Honor',
          name: s.text.slice(start, end),
          start: s.start + start,
          end: s.start + end,
          sentence: s.index,
          verbAt,
        });
        continue;
      }
      for (const q of m[3]!.matchAll(/“([^”]+)”/g)) {
        const start = s.start + listStart + q.index! + 1;
        out.push({
          type: 'Honor',
          name: q[1]!.replace(/\s+/g, ''),
          start,
          end: start + q[1]!.length,
          sentence: s.index,
          verbAt,
          rank: rank ? Number(rank[1]) : undefined,
        });
      }
    }
    const quoted = out.length > 0 && out[out.length - 1]!.sentence === s.index;
    for (const m of quoted && s.text.includes('奖') ? s.text.matchAll(LISTED_AWARD) : [])
      out.push(award(s, m, 2, `${m[1]}${m[2]}`, out[out.length - 1]!.verbAt));
    for (const m of s.text.includes('奖') ? s.text.matchAll(CONTEST_AWARD) : [])
      out.push(award(s, m, 1, `${m[1]}${m[3]}`, s.start + m.index! + 1 + m[1]!.length + 1));
    for (const m of /名列|位列|排名|排在|居/.test(s.text) ? s.text.matchAll(CONTEST_RANK) : []) {
      // the title a contest awards names the honor (泸州市“十佳魅力小镇”), else the contest itself
      const titled = /^(.*”)(?:评选|评比)$/.exec(m[1]!);
      // 在全国综合实力千强镇榜单中位列第86位: the list is named without the word 榜单
      const name = titled ? titled[1]! : m[1]!.replace(/(榜单|排行榜)$/, '');
      const start = s.start + m.index! + 1;
      // (…中，昭化镇名列第2位: the subject written before the verb received it)
      const verbAt = m[2] ? s.start + m.index! + m[0].indexOf(m[2]) + m[2].length : start + m[1]!.length + 1;
      out.push(ranked(s, name, start, verbAt, rankNumber(m[3]!)));
    }
    for (const m of /名列|位列|位居/.test(s.text) ? s.text.matchAll(RESULT_RANK) : []) {
      const start = s.start + m.index!;
      out.push(ranked(s, m[0], start, start + m[1]!.length, rankNumber(m[2]!)));
    }
    for (const m of /名列|位列/.test(s.text) ? s.text.matchAll(CONTEST_LIST_RANK) : []) {
      const start = s.start + m.index! + 2;
      out.push(ranked(s, m[1]!, start, s.start + m.index!, rankNumber(m[2]!)));
    }
    for (const m of /名列|位列|排名/.test(s.text) ? s.text.matchAll(QUOTED_RANK) : []) {
      const start = s.start + m.index! + 2;
      out.push(ranked(s, m[1]!, start, start + m[1]!.length + 2, Number(m[2])));
    }
    for (const m of /名列|位列|跻身/.test(s.text) ? s.text.matchAll(LIST_RANK) : []) {
      const start = s.start + m.index! + m[0].indexOf(m[1]!);
      out.push(ranked(s, m[1]!, start, s.start + m.index!, Number(m[2])));
    }
    // 成功创建国家AAAA级… (unquoted designations), then 获…荣誉称号 (unquoted titles); the verb is group 1, the name group 2
    for (const re of [DESIGNATION, PLAIN_HONOR, LISTED_TITLE]) {
      for (const m of s.text.matchAll(re)) {
        const start = s.start + m.index! + m[0].indexOf(m[2]!, m[1]!.length);
        // 荣获…博览会金奖: an award keeps its 奖 (a title drops 称号)
        const name = re === PLAIN_HONOR && m[3] === '奖' ? `${m[2]}奖` : m[2]!;
        // a quoted title is read as such; a level word before it (全国“一村一品”示范村镇) makes it a designation
        const end = start + name.length;
        if (m[2]!.startsWith('“') || [...tailOfSentence(out, s.index)].some(([o]) => o.start < end && start < o.end))
          continue;
        // 入选省级专精特新中小企业9家: a count of what was selected is an outcome, not a title
        if (/\d+(?:余|多)?[家个项名人户所批]$/.test(m[2]!)) continue;
        out.push({
          type: 'Honor',
          name,
          start,
          end,
          sentence: s.index,
          verbAt: s.start + m.index!,
        });
      }
    }
  }
  return out;
}
