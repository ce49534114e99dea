/**
 * Events: dated occurrences — forums, ceremonies, festivals, matches, floods, epidemics.
 *   成功举办A发布仪式暨B高峰论坛活动、C座谈会      → the object list of 举办, split at 、 and 暨
 *   举办松林岗梨花体验等活动                        → the item before 等活动
 *   在全市“晒文化·晒风景”活动中亮相                → a quoted name followed by 活动/节/赛
 *   协助嘉悦农场开展“农耕文化体验节”活动            → host written explicitly
 *   新冠肺炎疫情来袭, “长江2020年第5号洪水”         → disasters and epidemics, no host
 *   应对6月强降雨过程                                → weather dated by its month or its 过程 (not 抗击洪涝灾害)
 *   在大瑶镇第十八届人民代表大会第四次会议上        → sessions of congresses, by their numbers
 * Generic, counted things (举办扶贫专场招聘会4场, 非遗展览…等文化活动27场次) are outcomes, not events, unless a
 * quoted name singles one out (“村晚”演出).
 */
import type { Sentence } from '../segment/segment.ts';
import { EVENT_HEADS } from './lexicon.ts';
import { balanceQuotes, followedByCount } from './phrase.ts';
import { tailOfSentence } from './spans.ts';
import type { EntityMention } from './types.ts';

const TRIGGER = /(成功举办|组织开展|举办|承办|主办|召开|举行|开展|参加|亮相|参展|推出|组织(?=(?:“[^”]+”、?){2,}等))/g;
/** Verbs of taking part: the event is someone else's, and only a fair is named after 亮相 or 参展. */
const ATTENDED = /^(?:参加|亮相|参展)$/;
const HEAD_RE = new RegExp(`(${[...EVENT_HEADS].sort((a, b) => b.length - a.length).join('|')})$`);
const QUOTED_EVENT =
  /“([^”]{2,20})”(杯[\u4e00-\u9fff]{0,8}?(?:赛|比赛|大赛)|系列活动|(?:民俗文化|民俗|文化|文艺)?活动|节|演出|论坛|[\u4e00-\u9fff]{0,4}?(?:大赛|比赛|邀请赛|联赛|汇演|展演|演出|主题展|宣讲|音乐季|文化周|音乐节|文化节|艺术节|美食节|旅游节|嘉年华)|音乐季|摄影周)(?![团队员组])/g;
const DISASTER =
  /(新冠肺炎(?:本土)?疫情|新冠(?:本土)?疫情|非洲猪瘟疫情|“[^”]{2,20}(?:洪水|台风|地震)”|[\u4e00-\u9fff]{0,4}\d{4}年第\d+号(?:洪水|台风)|\d{1,2}月(?:份|\d{1,2}日)?(?:强降雨|特大暴雨|暴雨|洪涝|山洪|干旱|寒潮|低温雨雪冰冻)(?:过程|灾害|天气)?|汛期(?:强降雨|暴雨|洪涝)|(?:强降雨|特大暴雨|暴雨|寒潮)过程|(?:\d{4}年)?(?:夏季|夏秋|入夏以来)?(?:罕见|极端|持续|严重|特大)*(?:高温伏旱|高温干旱|夏伏旱|伏旱)|(?:\d{4}年)?(?:春夏|夏秋|秋冬|冬春)连旱|[\u4e00-\u9fff]{2,6}流域(?:特大|性)?(?:洪水|强降雨|暴雨)|“\d{1,2}[·.]\d{1,2}”(?:流域性)?(?:特大|罕见|短时|极端|局地|局部)?(?:强降雨|暴雨|暴洪|洪涝|洪水|山洪|暴雪|强降雪|冰冻|冰雹|泥石流|地震)(?:灾害)?|(?:\d{4}年)?第\d+号台风(?:“[^”]{1,6}”)?|台风“[^”]{1,6}”|森林火灾|森林火情|山火|(?:遭遇|遭受)(?:罕见|特大|极端|持续)?(?:特大暴雨|强降雨|暴雨|洪涝|山洪|冰雹|风雹|洪水)|[\u4e00-\u9fff]{2,8}?[县市区州](?:\d(?:\.\d)?级)?地震(?=发生|后|灾害|灾区)|“\d{1,2}[·.]\d{1,2}”洪峰|(?:连续|持续)强降[雨雪]|“[\u4e00-\u9fff]{2,6}”(?:强降雨|暴雨))/g;
const GAMES =
  /(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}(?:\d{4}年|第\d{1,2}届)(?:冬残奥会|冬奥会|残奥会|奥运会|亚运会|亚残运会|世博会|全运会|大运会|世界大学生(?:夏季|冬季)?运动会|世界运动会|青奥会)(?:火炬传递)?/g;
const OUTBREAK =
  /\d{1,2}月(?:[上中下]旬|初|底)?(?![上中下]旬|初|底)([\u4e00-\u9fff]{2,10}?疫情)(?=发生|暴发|爆发|来袭|突袭)/g;
export const DISASTER_WORD =
  /疫情|洪水|洪峰|台风|地震|降雨|降雪|暴雨|暴洪|暴雪|洪涝|山洪|冰雹|风雹|干旱|伏旱|连旱|寒潮|冰冻|火灾|火情|山火/;
/** Sessions of congresses and committees, dated by their numbers: 大瑶镇第十八届人民代表大会第四次会议, 区委十四届五次全会. */
const SESSION =
  /[\u4e00-\u9fff]{0,8}?第?[一二三四五六七八九十百\d]+届[\u4e00-\u9fff]{0,12}?第?[一二三四五六七八九十\d]+次(?:全体|全委|代表)?(?:会议|全会|大会)/g;
/**
 * A session of a people's congress (大瑶镇第十八届人民代表大会第四次会议, 镇十八届人大三次会议): the congress's own
 * meeting, which no one is said to hold (the town it belongs to is not its host).
 */
export const CONGRESS_SESSION = /(?:人民代表大会|人大)第?[一二三四五六七八九十\d]+次(?:全体)?(?:会议|大会)$/;
/** Generic words that cannot make a name on their own (战略合作签约仪式, 文化活动). */
const GENERIC =
  /^(节会|节庆|战略|合作|签约|启动|颁奖|表彰|总结|工作|专题|各类|各种|系列|文化|体育|文艺|宣传|培训|交流|推进|动员|部署|现场|线上|线下|年度|大型|主题|相关|仪式|会议|活动|大会|座谈会|展览|演出|比赛|汇演|展演)+$/;

/** The event heads as a regex alternation, without the generic ones a pattern cannot end on alone. */
function headsExcept(...generic: string[]): string {
  return EVENT_HEADS.filter((h) => !generic.includes(h)).join('|');
}
/** What an event's name may end in where a bare 活动, 会议 or 大会 would be too vague (or a congress's). */
const NAMED_HEADS = headsExcept('活动', '会议', '大会');
/** The edition's number names the event, so 活动 will do; 会议 and 大会 are a congress's (SESSION reads those). */
const EDITION_HEADS = headsExcept('会议', '大会');

/** A name that opens its clause and ends in an event head, then (于…)(在…) 举行/开幕/召开 … */
const NAMED_BEFORE_VERB = new RegExp(
  `(?:^|[，。；：】\\s]|的)((?:第[一二三四五六七八九十\\d]+届)?[\\u4e00-\\u9fff\\dA-Za-z“”·（）]{2,24}?(?:${headsExcept()})(?:（[\\u4e00-\\u9fff]{1,6}）)?)(?:于[^，。；]{1,12}?)?(?:在[^，。；]{1,12}?)?(?:隆重|成功|顺利|正式|鸣哨|鸣枪|鸣锣|火热|激情|精彩)?(?:举行|举办|开幕(?!式)|召开|开赛|启幕|上演)`,
  'g',
);
/**
 * …开幕，活动由周市镇人民政府主办, …开幕，文化旅游节由安顺市人民政府主办、黄果树镇承办: who held an event, said in
 * the next clause (the first of several hosts), whose subject, if any, is the event again.
 */
/** 由A主办, 由A、B共同主办: who held it, the first of its hosts (group 1). */
const HELD_BY = '由([\\u4e00-\\u9fff]{2,14}?)(?:[和与、][\\u4e00-\\u9fff]{2,14}?)?(?:联合|共同)?(?:主办|承办|举办)';
const HOSTED_AFTER = new RegExp(
  `^[^。；]*?[，,](?:[\\u4e00-\\u9fff]{0,6}?(?:活动|论坛|比赛|赛事|大会|展会|节会|灯会|会议|节|赛|季|周|集|演|展)|该节|本届|开幕式)?${HELD_BY}`,
);
/** …联赛，由土城镇人民政府主办: who held it, said in the clause right after its name. */
const HOSTED_RIGHT_AFTER = new RegExp(`^[，,]${HELD_BY}`);
/**
 * 本届会船节由姜堰区人民政府主办、溱潼镇承办, 开镰节由乡人民政府主办: who held the event the sentence before named (the
 * first host), the sentence opening on it or on its kind.
 */
const HOSTED_NEXT =
  /^(?:本届|该节|此次|本次|该活动|活动|[\u4e00-\u9fff]{1,6}?(?:节|会|赛|集|演|展|季|周))[\u4e00-\u9fff]{0,6}?由([\u4e00-\u9fff]{2,14}?)(?:[和与、][\u4e00-\u9fff]{2,14}?)?(?:联合|共同)?(?:主办|举办)/;

/** The host span the next sentence of the same paragraph names for an event (see HOSTED_NEXT). */
function hostedNext(next: Sentence | undefined, s: Sentence): { start: number; end: number } | undefined {
  if (!next || next.paragraph !== s.paragraph) return undefined;
  const m = HOSTED_NEXT.exec(next.text);
  if (!m) return undefined;
  const at = next.start + m[0].indexOf(m[1]!, m[0].indexOf('由'));
  return { start: at, end: at + m[1]!.length };
}

/** 由株洲市人民政府主办、浦口镇承办的: the hosts written before an event's name (the first is its host). */
const HOSTED_BEFORE =
  /由(?:[\u4e00-\u9fff]{2,16}?(?:指导|支持|监制)、)?([\u4e00-\u9fff]{2,14}?)(?:[和与、][\u4e00-\u9fff]{2,14}?)?(?:联合|共同)?(?:主办|承办|举办|协办)(?:、[\u4e00-\u9fff]{2,14}?(?:承办|协办|执行|指导|支持))*的$/;
/** 由A主办、B承办的, 由B指导的: who held or guided an event, written before its name. */
const HELD_BY_LEAD = /^由[^，。；]{1,40}?(?:主办|承办|举办|协办|指导|支持|执行)的/;
/** The verbs NAMED_BEFORE_VERB ends in: the lazy name scan runs only in sentences that have one. */
const HELD_VERB = /举行|举办|开幕|召开|开赛|启幕|上演/;
/** 2023巫山·大昌古镇年味节, 2024武夷山星村斗茶赛: a year written before a name (not 2024年) opens an event's name. */
const YEAR_NAMED = new RegExp(
  `(?<![\\d.])20\\d{2}(?![\\d.年%])[\\u4e00-\\u9fff·“”]{2,20}?(?:${NAMED_HEADS})(?![\\u4e00-\\u9fff]{0,4}(?:项目|工程|基地|广场))`,
  'g',
);
/**
 * 弶港镇第二届渔民运动会, 第三届浦口春茶开采节, 亮相第十五届中国（重庆）国际旅游博览会: a clause or an object that
 * opens with an edition (after its place, if any) and ends on an event head.
 */
const EDITION_NAMED = new RegExp(
  `(?<=^|[，。；：】\\s、]|亮相|参加|出席|荣获|获得|启动的|开幕的|举办的|举行的)(?:[\\u4e00-\\u9fff]{1,6}?(?:镇|乡|村|社区|区|县|市|街道))?第[一二三四五六七八九十\\d]+届[\\u4e00-\\u9fff\\dA-Za-z“”·（）]{1,20}?(?:${EDITION_HEADS})(?![\\u4e00-\\u9fff]{0,4}(?:项目|工程|基地|广场))`,
  'g',
);
/** 第六个中国农民丰收节期间, 第四个中国农民丰收节当天: a yearly festival counted by its years is that festival. */
const YEARLY_FESTIVAL =
  /第[一二三四五六七八九十\d]+个((?:中国|全国|世界|国际)[\u4e00-\u9fff]{2,10}?节)(?=期间|当天|之际|来临|前夕|，|。)/g;
const AT_EVENT =
  /在([^，。；在]{4,40}?(?:签约仪式|仪式|推介会|博览会|博会|交易会|展销会|论坛|交流会|发布会|艺术节|文化节|旅游节|大赛|春晚|遗产大会))上/g;
/** An event named after 举办的 (a relative clause), ending on its head before the clause's verb goes on. */
const HELD_RELATIVE = new RegExp(
  `(?:举办|举行|主办|承办)的((?:第[一二三四五六七八九十\\d]+届)?[\\u4e00-\\u9fff\\d“”·]{2,20}?(?:${NAMED_HEADS})”?)(?=吸引|共吸引|累计|参与|参赛|接待|现场|让|为|鸣枪|鸣哨|开幕|开赛|开跑|在|，|(?:火热|激情|精彩|正式|隆重|盛大)(?:开幕|开赛|开跑|举行|上演)|举行|上演)`,
  'g',
);
/** “村晚”, “我们的村晚”, “橘乡村晚”: a village gala named in quotes is an event, however many were held. */
const QUOTED_GALA = /“([^“”]{0,8}(?:村晚|春晚))”/g;
/** A year or an edition (首届, 第三届) names an event however many things it counts, and so do quotes … */
const DATED_ITEM = /\d{4}|首届|第[一二三四五六七八九十\d]+届/;
/** … unless the count follows right after the name (“春风行动”专场招聘会8场 are that many fairs). */
const NAMED_ITEM = new RegExp(`“[^”]+”|${DATED_ITEM.source}`);
const FAIR = /(交易会|博览会|博会|推介会|展销会|洽谈会|农交会|峰会)$/;
const CAMPAIGN = /(行动|实践活动|主题活动|专项活动|创建活动)$/;

/**
 * 第七届浦口布鞋文化节、“三铺飘飘”乡村音乐季、2024醴陵·浦口端午龙舟会等轮番上演: a list of events whose verb comes
 * after it; each item that ends on an event head is one.
 */
const LIST_THEN_HELD =
  /(?<=^|[，。；：])((?:[^，。；：、]{2,24}、)+[^，。；：、]{2,24})等(?:[\u4e00-\u9fff]{0,6}活动)?(?:轮番|相继|先后|陆续|精彩|接连)(?:上演|举办|举行|登场|开展|亮相|纷呈)/g;

export function recognizeEvents(sentences: Sentence[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const s of sentences) {
    for (const m of s.text.includes('等') ? s.text.matchAll(LIST_THEN_HELD) : []) {
      let at = m.index!;
      for (const item of m[1]!.split('、')) {
        const name = item.replace(/^(全年|今年|去年|期间|同期)/, '');
        const start = s.start + at + item.length - name.length;
        at += item.length + 1;
        const bare = name.replace(/[“”]/g, '');
        // (held by the subject before the list, else by the town)
        if (HEAD_RE.test(bare) && !GENERIC.test(bare) && name.length >= 4)
          add(out, s, start, start + name.length, name, s.start + m.index!);
      }
    }
    for (const m of s.text.matchAll(TRIGGER)) fromObjectList(s, m.index!, m.index! + m[0].length, out);
    for (const m of s.text.includes('个') ? s.text.matchAll(YEARLY_FESTIVAL) : []) {
      const start = s.start + m.index! + m[0].length - m[1]!.length;
      add(out, s, start, start + m[1]!.length, m[1]!);
    }
    // 在醴陵市…集中签约仪式上: what happened at an event names it (no host is written)
    for (const m of s.text.includes('上') ? s.text.matchAll(AT_EVENT) : []) {
      // (在利雅得召开的第45届世界遗产大会上: where and how it met is no part of its name)
      const lead = /^.*(?:召开|举办|举行)的/.exec(m[1]!)?.[0].length ?? 0;
      const start = s.start + m.index! + 1 + lead;
      // (在荆州区人民政府举办的…签约仪式上: a body that held it is its host; a city it was held in is not)
      const body = /^([^，。；]*?(?:政府|局|委员会|委|协会|中心|公司|集团|部|厅|办公室))(?:主办|举办)的/.exec(
        m[1]!,
      )?.[1];
      const hostAt = body ? { start: s.start + m.index! + 1, end: s.start + m.index! + 1 + body.length } : undefined;
      add(out, s, start, start + m[1]!.length - lead, m[1]!.slice(lead), hostAt?.end, hostAt);
    }
    // 同期举办的景迈山古茶林越野跑吸引…: the event a clause describes as held
    for (const m of s.text.includes('的') ? s.text.matchAll(HELD_RELATIVE) : []) {
      if (GENERIC.test(m[1]!.replace(/[“”]/g, ''))) continue;
      const start = s.start + m.index! + m[0].length - m[1]!.length;
      // (区体育局主办的…挑战赛: who organised it is its host)
      add(out, s, start, start + m[1]!.length, m[1]!, /^[主承]办/.test(m[0]) ? s.start + m.index! : undefined);
    }
    // 第三届浦口春茶开采节在保丰村举行: an event named before its verb
    for (const m of HELD_VERB.test(s.text) ? s.text.matchAll(NAMED_BEFORE_VERB) : []) {
      // (由浦口镇承办的首届…论坛在三铺村开幕: who holds it is no part of its name, it is the host)
      // (由A主办、B承办的…, 由B指导的…: who held or guided it is no part of its name)
      // (…服务中心主办的第三届…联赛: nor is the body that held it, written with no 由)
      const lead = (HELD_BY_LEAD.exec(m[1]!) ?? /^[^，。；]*?(?:主办|承办)的/.exec(m[1]!))?.[0].length ?? 0;
      const name = m[1]!.slice(lead);
      if (GENERIC.test(name.replace(/[“”]/g, '')) || name.length < 4) continue;
      const start = s.start + m.index! + m[0].indexOf(m[1]!) + lead;
      // its host: the first who 主办 before the name (a body that only guides hosts nothing), else the one a clause
      // after it names (…节在康泾湾社区开幕，活动由周市镇人民政府主办)
      const after = HOSTED_AFTER.exec(s.text.slice(m.index! + m[0].length));
      const afterAt = after ? s.start + m.index! + m[0].length + after.index + after[0].length - after[1]!.length : 0;
      const host =
        hostedBefore(s, start - s.start) ??
        (after ? { start: afterAt, end: afterAt + after[1]!.length } : hostedNext(sentences[s.index + 1], s));
      const event = add(out, s, start, start + name.length, name, host && host.end, host);
      if (event) event.namedBeforeVerb = true;
    }
    // 2024武夷山星村斗茶赛吸引…: a name that opens with its year (no 年) is an event's, wherever it stands
    for (const m of /\d{4}[\u4e00-\u9fff“]/.test(s.text) ? s.text.matchAll(YEAR_NAMED) : []) {
      if (m[0].includes('暨')) continue; // two events: the object list splits them
      const start = s.start + m.index!;
      add(out, s, start, start + m[0].length, m[0]);
    }
    // 浦口镇第二届龙舟赛吸引…: an edition's number names an event wherever it stands
    for (const m of s.text.includes('届') ? s.text.matchAll(EDITION_NAMED) : []) {
      // (成功举办浦口镇第三届…: the verb before the place is no part of the name)
      const lead = /^.*(?:举办|承办|主办|协办|召开|举行|开展|参加|组织)/.exec(m[0])?.[0].length ?? 0;
      // (…第二届“村晚”和“和美乡村”篮球赛: two events, which the object list tells apart)
      if (/[和与及]/.test(m[0].replace(/“[^”]*”?/g, ''))) continue;
      // (…第二届“村晚”: the quote the head sits in closes after it)
      const close = /^[^“]*“[^”]*$/.test(m[0]) && s.text[m.index! + m[0].length] === '”' ? 1 : 0;
      const start = s.start + m.index! + lead;
      add(out, s, start, start + m[0].length - lead + close, m[0].slice(lead) + (close ? '”' : ''));
    }
    for (const m of s.text.includes('晚”') ? s.text.matchAll(QUOTED_GALA) : []) {
      // held by whoever holds it (开展“村晚”等活动): the last event verb before it in the sentence
      const verb = [...s.text.slice(0, m.index!).matchAll(TRIGGER)].at(-1);
      const held = verb && !ATTENDED.test(verb[0]) ? s.start + verb.index! : undefined;
      add(out, s, s.start + m.index!, s.start + m.index! + m[0].length, m[0], held);
    }
    for (const m of s.text.matchAll(QUOTED_EVENT)) {
      // 开展“三个年”活动, 开展“道德讲堂”“新时代文明实践”活动: campaigns carried out, not dated events
      // (开展…“六进”宣讲活动 likewise)
      const activity = /活动$/.test(m[2]!) || s.text.startsWith('活动', m.index! + m[0].length);
      if (activity && /(开展|深化|推行|推进)[^，。；]*$/.test(s.text.slice(0, m.index!))) continue;
      const start = s.start + m.index!;
      add(out, s, start, start + m[0].length, m[0]);
    }
    for (const m of s.text.includes('届') ? s.text.matchAll(SESSION) : []) {
      // the place or body before 第…届 belongs to the name; a verb or preposition before it does not
      const name = m[0]
        .replace(/^.*(?:在|于|的|召开|举行|出席|参加|通过|学习|贯彻|传达|落实|宣讲|完成了?|全镇|全区|全县|全市)/, '')
        // (江苏省苏州市吴中区东山镇第十八届…: the town's session, named by the town; the units above it only say where
        // the town is, and the lead the pattern took may begin inside one of them)
        .replace(
          /^[\u4e00-\u9fff]*?[省市区县州旗](?=(?:(?![省市区县州旗])[\u4e00-\u9fff]){1,6}?(?:镇|乡|街道)第?[一二三四五六七八九十百\d]+届)/,
          '',
        );
      const start = s.start + m.index! + m[0].length - name.length;
      // held by whoever its name opens with (区委十四届五次全会 → 区委; a congress's session has no host: see
      // CONGRESS_SESSION)
      add(out, s, start, start + name.length, name, start, { start, end: start });
    }
    // 北京2022年冬奥会, 杭州2022年亚运会: games named by their city and year
    for (const m of s.text.includes('会') ? s.text.matchAll(GAMES) : [])
      add(out, s, s.start + m.index!, s.start + m.index! + m[0].length, m[0]);
    // 7月下旬南京禄口机场疫情发生后: an outbreak named by where it broke out, dated by the month before it
    for (const m of s.text.includes('疫情') ? s.text.matchAll(OUTBREAK) : []) {
      const start = s.start + m.index! + m[0].length - m[1]!.length;
      add(out, s, start, start + m[1]!.length, m[1]!);
    }
    // the disaster pattern is costly at every position; most sentences name no disaster word at all
    for (const m of DISASTER_WORD.test(s.text) ? s.text.matchAll(DISASTER) : []) {
      // 应对海河流域特大洪水: the verb facing it is no part of its name
      const lead = /^(应对|遭遇|遭受|抗击|面对|抵御|战胜)/.exec(m[0])?.[0].length ?? 0;
      // 全年未发生森林火灾, 连续12年无重大森林火灾: a disaster that did not happen is no event
      if (/(未发生|未出现|没有发生|未|无|杜绝|零)(重大|重特大|较大|一起)?$/.test(s.text.slice(0, m.index!))) continue;
      // 森林火灾联防机制, 山火隐患: a kind of disaster that names a safeguard is no event (新冠肺炎疫情防控 still
      // speaks of the epidemic)
      const guard = /^(联防|防控|防范|防治|预警|应急|隐患|风险|监测|受害率|发生率)/.test(
        s.text.slice(m.index! + m[0].length),
      );
      if (guard && !m[0].endsWith('疫情')) continue;
      // 受持续强降雨影响，赤水河…: the rain a flood came from, named as its cause, is no event of its own (in the
      // fixtures' gold, 18 of the 25 持续强降雨 not listed are written so, none of the 15 listed)
      if (
        /强降雨$/.test(m[0]) &&
        /受[^，。；]{0,6}$/.test(s.text.slice(0, m.index!)) &&
        s.text.startsWith('影响', m.index! + m[0].length)
      )
        continue;
      const start = s.start + m.index! + lead;
      const name = m[0].slice(lead);
      add(out, s, start, start + name.length, /^“[^“”]*”$/.test(name) ? name.slice(1, -1) : name);
    }
  }
  return out;
}

/** 定期召开政企座谈会, 常态化举办招聘会: what is held again and again is a practice, not a dated event. */
const RECURRING = /(定期|常态化|每月|每季度|每周|经常|长期|不定期)$/;

function fromObjectList(s: Sentence, verbStart: number, verbEnd: number, out: EntityMention[]): void {
  if (RECURRING.test(s.text.slice(Math.max(0, verbStart - 3), verbStart))) return;
  const clauseEnd = findClauseEnd(s.text, verbEnd);
  const clause = s.text.slice(verbEnd, clauseEnd);
  const counted = /\d+(?:余|多)?(场次|场|次|期|届|个)/.test(clause);
  const host = /协助([\u4e00-\u9fff]{2,12})$/.exec(s.text.slice(Math.max(0, verbStart - 14), verbStart));
  let offset = 0;
  // 龙舟邀请赛和…丰收节分会场活动: 和 joins two events as 、 does
  const items = splitOutsideQuotes(clause).flatMap((raw) => {
    const and = raw.indexOf('和');
    // (西沱古镇“云梯灯会”和…: the first event's name may close on a quote; …五年行动和“干净人家”评选活动: so may
    // a campaign's)
    const first = raw.slice(0, and).replace(/”$/, '');
    return and > 0 && (HEAD_RE.test(first) || CAMPAIGN.test(first)) ? [raw.slice(0, and), raw.slice(and + 1)] : [raw];
  });
  const listOfHeld = items.length > 1 && /等(?:\d+[项个场])?[\u4e00-\u9fff]{0,6}(活动|赛事|展会)/.test(items.at(-1)!);
  for (const raw of items) {
    const itemStart = verbEnd + offset;
    offset += raw.length + 1;
    // 四平戏展演等12项活动, …马拉松赛等节会赛事11场次: the count after 等 counts the list, the item is what comes
    // before it
    let item = raw
      .replace(/等(?:\d+[项个场])?[\u4e00-\u9fff]{0,6}(活动|运动|赛事|展会)[\s\S]*$/, '')
      .replace(/等$/, '')
      // 承办山东省山地自行车联赛（五莲站）赛事: the matches of an event are the event
      .replace(/(赛(?:（[^）]{1,8}）)?)赛事$/, '$1');
    // …之X cuts a lead-in off, but not a 之 inside a quoted name (第三届“海伦之夜”社区文化节); so does who else held
    // it (由市政府主办、浦口镇承办的第三届…节: the host is the subject of the first verb)
    const masked = item.replace(/“[^”]*”/g, (q) => '“'.padEnd(q.length, '·'));
    const cohost = /^.*(?:主办|承办|协办|执行|指导|支持)的/.exec(masked)?.[0].length ?? 0;
    const cut = cohost ? cohost - 1 : masked.lastIndexOf('之');
    // 春节期间举办的“…”系列活动: the verb describes the event named after 的
    const lead = cut >= 0 ? cut + 1 : itemStart === verbEnd && item.startsWith('的') ? 1 : 0;
    // (…的“2023渌江龙舟邀请赛”在渌江浦口段鸣锣开赛, …农民气排球赛鸣哨开赛: where and how it opened is no part of its
    // name)
    item = item
      .slice(lead)
      .replace(
        /(?<=[”\u4e00-\u9fff])(?:在[^，。；]{1,14}?)?(?:鸣锣|鸣枪|鸣哨|隆重|盛大|正式)?(?:开幕|开赛|举行|举办|开跑|启幕|召开)$/,
        '',
      );
    // (…社区篮球联赛吸引16支队伍参赛: what the event drew is said after its name, no part of it)
    const said = /吸引|带动|历时|为期|覆盖|共有/.exec(item);
    if (said && HEAD_RE.test(item.slice(0, said.index).replace(/[“”]/g, ''))) item = item.slice(0, said.index);
    // 专题读书班4期, 2020年“春风行动”专场招聘会8场: a reading class, or an event named by its year or edition,
    // keeps its name without its count
    const count = /\d+(?:余|多)?(?:场次|场|次|期|届|个)$/.exec(item);
    const classCount = count && /读书班$/.test(item.slice(0, count.index));
    if (count && (classCount || DATED_ITEM.test(item.slice(0, count.index)))) item = item.slice(0, count.index);
    // 举办松林岗梨花体验等活动 names what was held; 开展文艺汇演、便民义诊等活动 lists what was done
    const verb = s.text.slice(verbStart, verbEnd);
    const carriedOut = /开展$/.test(verb);
    // …and so does each quoted name of such a list (组织“三月三”“火把节”等民族节庆活动)
    const trailingList = ((raw !== item && /等/.test(raw)) || (listOfHeld && /^“[^“”]+”$/.test(item))) && !carriedOut;
    const named = NAMED_ITEM.test(item);
    // (…联赛（五莲站）: a stage's place in brackets after the head)
    if (!HEAD_RE.test(item.replace(/[“”]/g, '').replace(/（[^（）]{1,8}）$/, '')) && !trailingList) continue;
    // 举办专题读书班4期: a party committee's reading class is an event however many sessions it had
    // 参加中国国际旅游交易会、长三角旅游推介会等展会6场: fairs taken part in are others' named events, however many
    const attended = ATTENDED.test(verb) && FAIR.test(item);
    // (“杭坪云雾”茶叶品牌亮相浙江农业博览会: a product shown at a fair; 亮相央视: no event)
    if (/^(?:亮相|参展)$/.test(verb) && !FAIR.test(item.replace(/[“”]/g, ''))) continue;
    // 举办土楼摄影展、客家美食节等系列活动12场: the count is the list's; a festival, a show or a match in it is named
    const listedEvent = listOfHeld && /(节|展|赛|展演|汇演)$/.test(item.replace(/[“”]/g, ''));
    if (counted && !named && !classCount && !attended && !listedEvent) continue;
    if (!DATED_ITEM.test(item) && followedByCount(s.text, itemStart + lead + item.length)) continue;
    const name = balanceQuotes(item.replace(/^(了|在|全市|全区|全镇)/, ''));
    const bare = name.replace(/[“”]/g, '');
    const short = /[节赛]$/.test(bare) || /^“[^“”]+”$/.test(name); // 龙舟赛, “三月三”: a short name will do
    if (bare.length < (short ? 3 : 4) || GENERIC.test(bare) || /[，。；]/.test(name)) continue;
    // 举办了一场很受欢迎的活动: an event counted and described, not named
    if (/^(一|两|几|多)(场|次|个|系列|批|项)/.test(bare)) continue;
    // 开展“春风行动”, 开展“我为群众办实事”实践活动: a campaign carried out is a line of work, not a dated event
    if (CAMPAIGN.test(bare) && (carriedOut || verb === '组织')) continue;
    // 开展留守儿童关爱活动, 开展法治讲座、政策宣讲和邻里互助活动: activities carried out, with no name, date or
    // edition of their own, are a line of work, not an event (开展重阳敬老文艺演出活动 still holds a show; 10月17日
    // …开展消费扶贫活动 happened on its day)
    if (
      carriedOut &&
      !named &&
      /活动$/.test(bare) &&
      !/(节|赛|展|演出|晚会|汇演|展演)活动$/.test(bare) &&
      !/\d{1,2}月\d{1,2}日/.test(s.text.slice(0, verbStart))
    )
      continue;
    // 开展“三会一课”和主题党日活动: activities of two lines of work carried out, no event
    if (carriedOut && /^“[^”]+”[\u4e00-\u9fff]{0,6}[和及与]/.test(name) && /活动$/.test(bare)) continue;
    // 开展“三个年”活动, 开展“万家民营企业评营商环境”走访活动 are campaigns too; 开展“农耕文化体验节”活动 holds a
    // festival
    const quoted = /^[^“”]*“([^”]+)”(?:大?走访|宣传月?|评选|排查|整治|系列|宣讲)?活动$/.exec(name);
    if (carriedOut && quoted && !HEAD_RE.test(quoted[1]!)) continue;
    const start = s.start + itemStart + lead + (item.length - name.length);
    // 参加…博览会: an event taken part in is someone else's, no host is written
    const held = !ATTENDED.test(verb);
    // (由湖南省文化和旅游厅指导、醴陵市人民政府主办的…论坛: the host is who 主办, written before the verb)
    // (举办“红军杯”村级足球联赛，由土城镇人民政府主办: or who the clause right after it says held it)
    const hostAt = held
      ? host
        ? hostSpan(s, verbStart, host)
        : (hostedBefore(s, verbEnd + 1) ?? hostedRightAfter(s, start - s.start + name.length))
      : undefined;
    add(out, s, start, start + name.length, name, held ? s.start + verbStart : undefined, hostAt);
  }
}

/** The host the clause right after an event names (…联赛，由土城镇人民政府主办), as a span of the document. */
function hostedRightAfter(s: Sentence, end: number): { start: number; end: number } | undefined {
  const m = HOSTED_RIGHT_AFTER.exec(s.text.slice(end));
  if (!m) return undefined;
  const at = s.start + end + 2;
  return { start: at, end: at + m[1]!.length };
}

/**
 * The host HOSTED_BEFORE reads in the words that end at `end` on 的 (…主办的, 由A指导、B主办的), as a span of the
 * document: the host's name opens after 由 and after the body that guides, if one is written first.
 */
function hostedBefore(s: Sentence, end: number): { start: number; end: number } | undefined {
  if (s.text[end - 1] !== '的') return undefined;
  const before = s.text.slice(Math.max(0, end - 48), end);
  const m = HOSTED_BEFORE.exec(before);
  // (奉城镇文化体育服务中心主办的…联赛: with no 由, the host is the body that ends right before 主办的; its start is
  // not known here, so the span runs from the clause's start, and the body ending where it does is taken)
  if (!m && /(?:主办|承办)的$/.test(before)) {
    const clause = Math.max(...['，', '；', '：'].map((c) => s.text.lastIndexOf(c, end - 4))) + 1;
    return end - 3 > clause ? { start: s.start + clause, end: s.start + end - 3 } : undefined;
  }
  if (!m) return undefined;
  const start = s.start + end - before.length + m.index + m[0].indexOf(m[1]!, 1);
  return { start, end: start + m[1]!.length };
}

/**
 * A clause's items, split at 、 and 暨 but not inside quotes (开展“党员亮身份、争当排头兵”活动 is one item), and
 * between two quoted names written without a mark (组织“三月三”“火把节”等节庆活动).
 */
function splitOutsideQuotes(clause: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < clause.length; i++) {
    const c = clause[i];
    if (c === '“') depth++;
    else if (c === '”') depth = Math.max(0, depth - 1);
    else if ((c === '、' || (c === '暨' && !SIGNING_AFTER.test(clause.slice(i + 1)))) && depth === 0) {
      items.push(clause.slice(from, i));
      from = i + 1;
    }
    // (“碉楼下的粤剧”“村晚” is one gala: its title, then its kind)
    if (
      c === '”' &&
      depth === 0 &&
      clause[i + 1] === '“' &&
      clause[from] === '“' &&
      !/^“[村春]晚”/.test(clause.slice(i + 1))
    ) {
      items.push(clause.slice(from, i + 1));
      from = i + 1;
    }
  }
  items.push(clause.slice(from));
  return items;
}

function hostSpan(s: Sentence, verbStart: number, m: RegExpExecArray): { start: number; end: number } {
  const start = s.start + verbStart - m[1]!.length;
  return { start, end: start + m[1]!.length };
}

function findClauseEnd(text: string, from: number): number {
  const m = /[，。；：！？,;!?]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** …暨项目签约仪式, …暨战略合作签约仪式: a signing after 暨 with no name of its own (see add). */
const SIGNING_AFTER = /^(?:[\u4e00-\u9fff]{0,4}项目|战略合作|合作)?(?:集中)?签约(?:仪式|会|活动)?(?![\u4e00-\u9fff])/;

function add(
  out: EntityMention[],
  s: Sentence,
  start: number,
  end: number,
  name: string,
  verbAt?: number,
  hostAt?: { start: number; end: number },
): EntityMention | undefined {
  // 2022巫山脆李开园仪式暨曲尺乡首届李子采摘节: two events held as one, each named on its side of 暨 (招商推介会暨项目
  // 签约仪式, …座谈会暨战略合作签约仪式: a signing with no name of its own is part of the one event)
  const joint = name.indexOf('暨');
  if (joint > 0 && !/“[^”]*$/.test(name.slice(0, joint)) && !SIGNING_AFTER.test(name.slice(joint + 1))) {
    const [first, second] = [name.slice(0, joint), name.slice(joint + 1)];
    if (HEAD_RE.test(first.replace(/[“”]/g, '')) && HEAD_RE.test(second.replace(/[“”]/g, ''))) {
      const a = add(out, s, start, start + joint, first, verbAt, hostAt);
      const b = add(out, s, start + joint + 1, end, second, verbAt, hostAt);
      return a ?? b;
    }
  }
  // 各类茶博会, 各种展销会, “文化进万家”等惠民演出: kinds of event, none named
  if (/^(各类|各种|各项|多场|多个)/.test(name) || /等/.test(name.replace(/“[^”]*”/g, ''))) return undefined;
  // 以“橘花飘香”为主题的第三届浦口橘花节: the theme is no part of the name
  const theme = /^以“[^”]*”为主题的/.exec(name);
  if (theme) return add(out, s, start + theme[0].length, end, name.slice(theme[0].length), verbAt, hostAt);
  const same = [...tailOfSentence(out, s.index)];
  const covering = same.find(([e]) => e.start <= start && end <= e.end)?.[0];
  if (covering) {
    // (the same event read again by another pattern that also says who held it: the host is kept)
    if (hostAt && !covering.hostAt && covering.start === start && covering.end === end) {
      covering.hostAt = hostAt;
      covering.verbAt ??= verbAt;
    }
    return undefined;
  }
  for (const [e, i] of same) if (start <= e.start && e.end <= end) out.splice(i, 1);
  const event: EntityMention = { type: 'Event', name, start, end, sentence: s.index, verbAt, hostAt };
  out.push(event);
  return event;
}
