/**
 * Projects: named things being built, restored, signed, opened, launched or operated.
 *   签约重庆中国三峡博物馆白沙分馆（夏公馆集群）、影视特殊道具生产项目等项目8个 → two projects (status signed)
 *   完成兴农村臭黄荆加工厂、腊肉加工厂建设                                    → two projects (built)
 *   推出《白沙记忆系列音频故事》                                               → titled products
 *   在谈“东华街文化旅游项目”“重庆影都”                                        → quoted items of a project list
 *   启动国立女子师范学院、卞小吾故居及卞家院子、乐善堂…等修缮工作              → one-character heads inside a list
 *   复兴、东胜污水处理站 · 千亩魔芋、百亩高粱示范基地                         → the last item's head is shared
 * Not projects: generic counted things (新建蓄水池23口, 专项项目7个, 5个社区养老服务站), a phrase without a verb
 * that builds, signs or runs it (报送民生实事项目), a bare head (项目).
 */
import type { ProjectStatus } from '../graph/schema.ts';
import { REPORT_TITLE } from '../read/layout.ts';
import type { Sentence } from '../segment/segment.ts';
import { GENERIC_NAME, MANY_OF_A_KIND, PROJECT_HEADS, PROJECT_TRIGGERS, SINGLE_CHAR_HEADS } from './lexicon.ts';
import {
  balanceQuotes,
  findHeads,
  followedByCount,
  IMPROVEMENT_ONLY_NAME,
  LIST_COUNT,
  phraseStart,
  precededByCount,
  trimPhrase,
} from './phrase.ts';
import { perSentence } from './spans.ts';
import { recognizeTableProjects } from './table-projects.ts';
import type { EntityMention } from './types.ts';

const TRIGGER_RE = new RegExp(PROJECT_TRIGGERS.map(([w]) => w).join('|'), 'g');
/** A list item's leading verb and what comes before it (完成A、B… → A). */
const LEADING_TRIGGER = new RegExp(`^.*?(${PROJECT_TRIGGERS.map(([w]) => w).join('|')})`);
const STATUS = new Map(PROJECT_TRIGGERS);
/** What may follow a project name: punctuation, or a verb about it (建设, 完工, 有序推进, 成功挂牌 …). */
const FOLLOWERS =
  /^([，。；：、！？）)”》\s,;:.!?]|$|建设|等|和|及|与|完成|成功|有序|竣工|顺利|正式|已|于|落户|开工|提档|提质|提标|前期|修缮|的|用地|协议|签约|工作|为|获|被|挂牌|路面|建成|投入|投产|运营|开业|开放|扩建|改造|升级|验收|完工|结算|实现|显示|落地|项目|全面|加快|稳步|（|去年|今年|目前|正在|扩种|新增|新建|并网|相继|先后|陆续|配套|累计|主体|开门|在建|入驻|结顶|封顶|上线|入选|荣获|列入|存栏|\d{1,2}月|装机|占地|安置|年产|年加工|年增加|面积|提升|扩大|在|同步|并|全线|修建|年内|年底|当年|如期|开学|开街|实施|进行|新栽|栽植|开伙|通过|持续|全长|进入|规划|对外|开发|现场|(?:投资|合作|建设|入驻)协议)/;
/** …、…改造工程均按期完工: a list's works done together, said after the last of them. */
const ALL_DONE = /^(?:均|都|全部)(?:已|已经|按期|如期|顺利)?(?:完工|竣工|建成|投用|投产|开工|通过验收|完成)/;
/** Verbs after a project in the same clause also govern it (…项目有序推进, …研学基地成功挂牌). */
const AFTER_TRIGGERS =
  /^[^，。；]*?(获认定|获评|被评为|被认定为|入选|荣获|列入|建设|建成|投产|完工|竣工|有序推进|推进|挂牌|落户|落地|签约|开工|验收|结算|修缮|投入使用|提档升级|升级改造|提质改造|提标改造|改造|开园|开馆|开业|开放|投用|投入运营|投运|正式运行|启用|通车|并网|实施|扩种|新建|新增|配套建设|完成|开门迎客|在建|启动|入驻|结顶|封顶|上线|运营|扩建|扩大|同步建成|洽谈|在谈|为主体|为依托|为龙头|施工|全线贯通|贯通|开港|修建|投入运行|开学|开街|开市|新栽|栽植|开伙|扩容|交付使用|交付|进入(?:丰产期|盛产期|试运营|运营|主体施工))/;
/**
 * A facility that opens its clause and is at work (…研学基地去年接待中小学生3.2万人次, …直播间去年5月开播, …景区全年
 * 接待游客, …光伏扶贫电站全年发电收益112万元, …养殖场年出栏生猪5000头, …电商服务中心实现网络零售额…): it is there, built.
 */
const OPERATING =
  /^(?:去年|今年|全年|年内|当年|\d{1,2}月(?:份)?)*(?:接待|开播|营业|产出|吸纳|办理|发布|串联|开市|试运营|运营|引入|年接待|日均|供应|带动(?!效应|作用)|成为|新开业|发电|年出栏|出栏|存栏|年产|孵化|新入驻|入驻|引进[^，。；]{0,12}(?:设备|设施|技术|品种)|规模扩大|种植面积|初具规模|初具雏形|初见成效|运行良好|收益|覆盖|惠及|(?:首次|全面)?挂果|服务(?:老人|群众|居民|游客|村民|学生|\d)|新开放|常年|实现[^，。；]{0,8}(?:零售额|销售额|交易额|营业额|收入|产值|营收)|为[^，。；]{1,14}(?:提供|安装|配备|开展))/;
/** Works on land, measured by its area (基地, 示范园, 示范区, 产业园 …). */
const LAND_HEAD = /(基地|示范园|示范区|示范片|产业园|种植园|园区)$/;
const LAND_AREA = /^\d+(?:\.\d+)?(?:万|余|多)*(?:亩|公顷)/;
/** A verb that builds or grows, in the same clause before the name (共建…, 建成…, 新发展…). */
const BUILT_RIGHT_BEFORE = /(?:建成|新建|共建|打造|发展|建设|新增|扩建)[^，。；、]{0,16}$/;
/** The last item of a counted list and the kind the count names (隆山片区 · 两大 · 旧城改造项目). */
const COUNTED_KIND =
  /^([\u4e00-\u9fff]{2,8}?)(?:两|二|三|四|五|六|七|八|九|十)(?:大|个|项|处|座|条)([\u4e00-\u9fff]{3,})$/;
/** A work's cost said right after its name (计划总投资8.5亿元, 总投资3000万元). */
const COSTED = /^(?:计划|预计)?总?投资\d/;
/** The agreement that signs a project (签订日用陶瓷智能制造项目投资协议). */
const PROJECT_AGREEMENT = /^(投资|合作|建设|入驻)?协议/;
/** What describes a facility at work: its capacity, size, output or the people it houses. */
const AT_WORK = /^(装机|占地|安置|年产|年加工|年增加|带动|吸纳|面积|全长)/;
/** …繁育基地是今年最受关注的项目: a village's work said to be a project (is one). */
const IS_A_PROJECT = /^是[^，。；]{0,12}(?:项目|工程)/;
/** A clause that only gives a work's length, area or cost, up to its comma. */
const MEASURE_ONLY = /^(?:全长|总长|长|占地|占地面积|总投资|总面积)[^，。；]{1,16}，/;
const POLICY_TITLE = /(条例|办法|规定|意见|方案|纲要|法|决定|通知|报告|规划|计划|精神|讲话|论述)$/;
/** 《湖南日报》: a newspaper or magazine reporting, no product of the town. */
const MEDIA_TITLE = /(日报|晚报|报|杂志|周刊|电视台|联播|新闻|频道)$/;
const HEADS = PROJECT_HEADS;
/** Heads of routes, which are built and opened section by section. */
const ROUTE_HEAD = /(绿道|碧道|公路|通道|步道|栈道|道路|环线|快线|驿道|产业路)$/;
/** An item that has a head of its own (夏公馆, 张爷庙) does not share the next item's head. */
const HAS_HEAD = new RegExp(`(${[...PROJECT_HEADS, ...SINGLE_CHAR_HEADS].join('|')})$`);

export function recognizeProjects(
  sentences: Sentence[],
  protectedStart: (i: number) => number = () => -1,
): EntityMention[] {
  const out: EntityMention[] = [];
  let lead: ProjectStatus | undefined;
  for (const s of sentences) {
    const protect = (i: number) => {
      const p = protectedStart(s.start + i);
      return p < 0 ? -1 : p - s.start;
    };
    titled(s, out);
    headed(s, out, protect, lead);
    lead = listLead(s, lead);
    quotedInList(s, out);
    brands(s, out);
    listedBeforeKind(s, out);
    singleCharHeads(s, out, protect);
  }
  out.push(...recognizeTableProjects(sentences, (progress) => statusAfter(progress, 0)));
  return dedupe(out);
}

function titled(s: Sentence, out: EntityMention[]): void {
  for (const m of s.text.matchAll(/《([^《》]{2,30})》/g)) {
    // (《青山作笔绘共富——杭坪镇2022年工作回眸》: the report's own title, set in title marks)
    if (POLICY_TITLE.test(m[1]!) || MEDIA_TITLE.test(m[1]!) || REPORT_TITLE.test(m[1]!)) continue;
    if (/(学习|贯彻|落实|依据|根据|按照)$/.test(s.text.slice(0, m.index!))) continue;
    push(out, s, m.index!, m.index! + m[0].length, m[0], statusBefore(s.text, m.index!));
  }
}

/**
 * 年内建成投用的重点工程有：A工程，完成…；B公路，完成…；: the status a list's lead gives the items that follow it,
 * one per sentence (each opening with its name): set by a sentence whose last clause ends on a colon after a verb
 * that builds, kept while each item ends on a semicolon.
 */
function listLead(s: Sentence, before: ProjectStatus | undefined): ProjectStatus | undefined {
  const colon = s.text.lastIndexOf('：');
  if (colon >= 0 && /[；：]$/.test(s.text) && /(?:项目|工程)[^，。；]{0,3}$/.test(s.text.slice(0, colon)))
    return statusBefore(s.text, colon);
  return before && /；$/.test(s.text) ? before : undefined;
}

function headed(s: Sentence, out: EntityMention[], protect: (i: number) => number, lead?: ProjectStatus): void {
  for (const h of findHeads(s.text, HEADS)) {
    // 培训学院二期: a phase belongs to the name
    // 柏条河生态绿道唐昌段, 临江至竹溪快速通道临江段: a route's section in a place is the work done there
    const phase =
      /^(（?[一二三四五六七八九十\d]+期）?)/.exec(s.text.slice(h.end, h.end + 5))?.[0] ??
      (ROUTE_HEAD.test(h.head)
        ? (/^[\u4e00-\u9fff]{2,6}?段(?![落时])/.exec(s.text.slice(h.end, h.end + 8))?.[0] ?? '')
        : '');
    const rest = s.text.slice(h.end + phase.length);
    const next = rest.slice(0, 4);
    const operating = OPERATING.test(rest.replace(/^[”》]/, ''));
    // …综合体2个项目仍在洽谈中: the list's count follows its last item
    // (…结构件项目计划总投资8.5亿元: what it is to cost)
    // 共建蔬菜新品种试验示范基地120亩, 建成稻鱼共生示范基地300亩: a base built, set up or grown, measured by its land
    // (of the fixtures' 83 bases written with their area, gold lists 52)
    const measuredBase =
      LAND_HEAD.test(h.head) && LAND_AREA.test(rest) && BUILT_RIGHT_BEFORE.test(s.text.slice(0, h.start));
    const follows =
      FOLLOWERS.test(next) ||
      operating ||
      measuredBase ||
      LIST_COUNT.test(rest) ||
      ALL_DONE.test(rest) ||
      COSTED.test(rest);
    // (a name a village or town owns may open its clause with any verb after it: see ownedSubject)
    const mayBeOwned = /(?:村|社区)[^，。；、]{1,14}$/.test(s.text.slice(Math.max(0, h.start - 16), h.start));
    // 北务村村史馆是今年9月正式开馆的: the clause may say further on, after when, that it was opened, built … (taken
    // below for a name a village or community opens)
    const clauseVerb = AFTER_TRIGGERS.test(rest);
    if (!follows && !/^\d/.test(next) && !mayBeOwned && !clauseVerb) continue;
    // 广场舞大赛: a square dance is no square
    if (h.head.endsWith('广场') && s.text[h.end] === '舞') continue;
    // 学习老旧街区改造经验: the experience of a kind of work, learned elsewhere
    if (/^[^，。；]{0,4}(经验|做法)/.test(s.text.slice(h.end))) continue;
    // 锚定世界级旅游度假区建设目标: a goal set, not a work under way; 签订古镇运营合作协议: what an agreement is about
    // (签订日用陶瓷智能制造项目投资协议: a project is what its investment agreement signs)
    if (
      /^[”》]?为?(建设|创建|打造)?(目标|机遇|契机)/.test(rest) ||
      (/^[\u4e00-\u9fff]{2,6}协议/.test(rest) && !(h.head === '项目' && PROJECT_AGREEMENT.test(rest)))
    )
      continue;
    const start = phraseStart(s.text, h.start, h.end, protect);
    let name = trimPhrase(s.text.slice(start, h.end));
    // 重庆市江津区柏林镇、贵州省…坭坝乡联合基层治理中心: a joint body is named without its members
    const joint = /^.*?(?:省|市|区|县|镇|乡|街道)(联合|共同)/.exec(name);
    if (joint) name = name.slice(joint[0].length - joint[1]!.length);
    // (全镇新发展马铃薯…基地1200亩: the verb that grew a measured base is no part of its name)
    const grown = measuredBase ? /^.*(?:建成|新建|共建|打造|发展|新增|扩建)(?=[\u4e00-\u9fff]{4,}$)/.exec(name) : null;
    if (grown) name = name.slice(grown[0].length);
    if (!isNamed(name, h.head, (k) => protect(h.end - name.length + k) >= 0)) continue;
    // 实施“头雁”工程, “头雁”培育工程, “互联网+农产品出村进城”工程: a quoted name of a scheme (one that trains people)
    // is a program, not a work being built
    if (h.head === '工程' && /^“[^”]+”(培育|培养)?$/.test(name.slice(0, -2))) continue;
    // 村级后备力量培育工程: a scheme that trains people is a line of work too
    if (h.head === '工程' && /(培育|培养|培训)工程$/.test(name)) continue;
    // 把项目建设作为“一号工程”, 列为“一把手工程”: a rank given to a line of work, quoted, is no work being built
    if (
      h.head === '工程' &&
      /(作为|当作|当成|列为)“[^”]*$/.test(s.text.slice(0, h.end - name.length)) &&
      s.text[h.end] === '”'
    )
      continue;
    // 一批茶叶深加工、茶旅康养项目相继落户: kinds of project counted as a batch, none named
    const list = listStart(s.text, start);
    if (BATCH.test(s.text.slice(Math.max(0, list - 3), list + 3))) continue;
    // 全镇茶园, 仙顶村茶园: land under a crop, whether the town's or a village's, is no named project
    if (
      /^(茶园|果园)$/.test(h.head) &&
      (/^全[镇乡村县区市]/.test(name) || placeEndAt(h.end - name.length, protect) === h.start)
    )
      continue;
    // 2022年浦口工业园区项目集中签约仪式: a dated name that an event's name goes on from is the event's
    if (/^\d{4}年/.test(name) && /^[^，。；]{0,8}(仪式|大会|推介会|洽谈会|对接会|论坛)/.test(s.text.slice(h.end)))
      continue;
    // 全力争创“国家级绿色工业园区”: a designation pursued, not a project
    if (/(争创|创建|申报|申创)[“]?$/.test(s.text.slice(0, start)) && /^[“]?(国家级|省级|市级|全国)/.test(name))
      continue;
    const at = h.end - name.length;
    // “东溪礼物”系列文创产品18款, 向石塔村至上湾村通村公路8.6公里, 黄桷村柑橘示范基地500亩: a quoted name, a route
    // or a village's facility is named, however large it is or when it is the one it counts
    const builtByVillage = villageBuilds(s.text, at, protect);
    // where the place that owns the work ends (at itself when no place opens the name)
    const owner = placeEndAt(at, protect);
    const named =
      /“[^”]{2,}”/.test(name) ||
      /.至./.test(name) ||
      ((owner > at || builtByVillage) &&
        // …or counts as the one it is (建成茶香村茶叶加工厂1座)
        /^(\d+(?:\.\d+)?(?:万|余)?(?:亩|平方米|公里|米|公顷)|[1一](?:座|个|处|家|所)(?!\d))/.test(rest.slice(0, 10)));
    // 民主村中蜂养殖基地发展中蜂1500群, 济民村光伏扶贫电站运行平稳: a work a village owns, the subject of its clause,
    // is there
    // (骑龙村的千亩方竹笋基地依托…, 走进龙泉村的雅鱼养殖基地: so is one written with 的 after its village)
    const village =
      owner > at && /(?:村|社区)$/.test(s.text.slice(at, owner)) ? at : villageWithDe(s.text, at, protect);
    const ownedSubject =
      village >= 0 &&
      /(?:^|[，；：。]|走进)(?:去年|今年|全年|年内|当年|其中|目前)?$/.test(
        s.text.slice(Math.max(0, village - 3), village),
      ) &&
      /^[\u4e00-\u9fff]/.test(rest) &&
      (!/^(?:的|和|与|及|等|是|为)/.test(rest) || IS_A_PROJECT.test(rest));
    const openedLater =
      clauseVerb &&
      owner > at &&
      /(?:村|社区)$/.test(s.text.slice(at, owner)) &&
      /^(?:是|于|已|已经|在)?(?:今年|去年|年内|\d{1,2}月)/.test(rest);
    if ((!follows && !named && !ownedSubject && !openedLater) || (!named && countedKinds(s.text, h.end + phase.length)))
      continue;
    if ((followedByCount(s.text, h.end) && !named) || precededByCount(s.text, at)) continue;
    // …、成都影视城协议签约: a signing after the names says more than the 完成 before them
    // (…牧道硬化工程全长28.6公里，年内建成通车: a clause that only measures the work leaves its status to the next)
    const measured = MEASURE_ONLY.exec(rest);
    const after = statusAfter(s.text, h.end) ?? (measured ? statusAfter(rest, measured[0].length) : undefined);
    let status = after === 'signed' ? after : (statusBefore(s.text, start) ?? after);
    // 走进浦口智能装备产业园，…: a report walks into a work that is there (医生走进卫生院: into a body, no work)
    // (走进龙泉村的雅鱼养殖基地: into a village's)
    if (!status && /走进$/.test(s.text.slice(0, village >= 0 ? village : at)) && !BODY_NAME.test(name))
      status = 'built';
    // 签订日用陶瓷智能制造项目投资协议: signed
    if (!status && PROJECT_AGREEMENT.test(rest) && /签(订|署)$/.test(s.text.slice(0, start))) status = 'signed';
    // 保丰村光伏扶贫电站装机容量500千瓦: a village's facility described at work is there, built
    if (!status && owner > at && AT_WORK.test(rest)) status = 'built';
    // 前塘村发展稻鱼共生示范基地300亩: a base a village has grown is there
    if (!status && named && builtByVillage) status = 'built';
    // (全年神仙居景区接待游客…: a time word before it leaves it at the clause's start)
    const opens = /(?:^|[，；：、的“])(?:去年|今年|全年|年内|当年)?$/.test(s.text.slice(Math.max(0, at - 3), at));
    if (!status && operating && opens) status = 'built';
    if (!status && ownedSubject) status = 'built';
    // (新发展…繁育基地1200亩: grown, whatever the verb)
    if (!status && measuredBase) status = /建成/.test(s.text.slice(Math.max(0, at - 20), at)) ? 'built' : 'ongoing';
    // 依托河北农业大学太行山农业创新驿站，推广…: what the work leans on is there
    if (!status && /依托$/.test(s.text.slice(0, at)) && /^[，,]/.test(rest)) status = 'built';
    // (an item of a list whose lead said what was done: see listLead)
    if (!status && lead && at === 0 && /^[，,]/.test(rest)) status = lead;
    if (!status) continue;
    // 万松片区、隆山片区两大旧城改造项目: a list counted before the kind they share, each item a work of that kind
    const counted = s.text[at - 1] === '、' ? COUNTED_KIND.exec(name) : null;
    if (counted) {
      push(out, s, at, h.end + phase.length, counted[1]! + counted[2]! + phase, status);
      shareHead(s, out, at, name, h.head, status, owner, counted[2]);
      continue;
    }
    push(out, s, at, h.end + phase.length, name + phase, status);
    shareHead(s, out, at, name, h.head, status, owner);
  }
}

/**
 * 引进咖啡馆、书屋、陶艺工坊等文创业态31家, 引进生鲜超市、药店等便民商业网点24个: a list counted as kinds of business
 * names kinds, not one each (…基地、…加工园等特色产业基地8个 and 修缮川祖庙、龙门桥等历史建筑12处 name each).
 */
function countedKinds(text: string, end: number): boolean {
  return /^(?:、[^，。；]*?)?等[\u4e00-\u9fff]{0,6}(?:业态|网点|商户|店铺|门店)\d+(?:余|多)?[家个处间]/.test(
    text.slice(end),
  );
}

/**
 * 老林村建成笋竹基地2000亩, 兴田村、朝阳村联合打造高山蔬菜基地650亩: a village that builds a facility names it, as
 * 老林村笋竹基地 would.
 */
function villageBuilds(text: string, at: number, protect: (i: number) => number): boolean {
  const from = Math.max(0, at - 8);
  const verb = /(?:村|社区)(?:联合|共同)?(?:建成|新建|打造|发展)$/.exec(text.slice(from, at));
  // (the 村 or 社区 ends a place the text names)
  return verb !== null && protect(from + verb.index) >= 0;
}

/** 骑龙村的千亩方竹笋基地: where the village or community written with 的 right before `at` starts, else -1. */
function villageWithDe(text: string, at: number, protect: (i: number) => number): number {
  if (text[at - 1] !== '的') return -1;
  const from = protect(at - 2);
  return from >= 0 && /(?:村|社区)$/.test(text.slice(from, at - 1)) ? from : -1;
}

/** End of the place name a phrase opens with (南望社区 in 南望社区党群服务中心), or `at` when it opens with none. */
function placeEndAt(at: number, protect: (i: number) => number): number {
  if (protect(at) !== at) return at;
  let j = at;
  while (protect(j) === at) j++;
  return j;
}

/** 九盘村2处集中供水工程, 首批11家民宿, 临江两个社区示范片区: things counted are generic, not named. */
const COUNTED_IN_NAME = /(?:\d+|[两二三四五六七八九十])(?:处|个|座|栋|幢|条|家)|[两二三四五六七八九十]项/g;

/** Kinds of facility, batches and states that name no one work (小菜园, 精品民宿, 低产茶园, 口袋公园, 社会工作站). */
const GENERIC_FACILITY =
  /^小[\u4e00-\u9fff]{1,2}$|^(发展|首批|精品|特色|新建|一批|闲置)(民宿|农家乐)$|^(低产|低效|老旧|闲置|撂荒)(?!.*(项目|工程)$)|^农村(公路|道路)$|^(塑胶|标准化|硬化)(运动场|操场|跑道|篮球场)$|^(产业|工业|农业)园区$|^口袋公园$|^(社会工作|社工)(服务)?站$/;

/** A batch word, right before a list or opening its first item: 一批A、B项目. */
const BATCH = /(一批|一系列|多个|若干|一些|各类)/;

/** Where the list a phrase ends starts: back over the items before it, joined by 、 和 及 (A、B和C项目). */
function listStart(text: string, start: number): number {
  let i = start;
  while (i > 0 && /[、和及]/.test(text[i - 1]!)) {
    let j = i - 1;
    while (j > 0 && !/[，。；：、\s]/.test(text[j - 1]!) && i - 1 - j < 12) j--;
    i = j;
  }
  return i;
}

/**
 * 2022年新生乡重点项目, 南开区年度重点民心工程: a place's (or a year's) works of a kind, as a table's caption or a
 * list's lead names them, no one work.
 */
const PLACE_YEAR_KIND =
  /^(?:(?:19|20)\d{2}年)?(?:[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|镇|乡|街道|村|社区))?(?:(?:19|20)\d{2}年)?(?:年度|全年)?(?:重点|重大|民生|民心|实事|为民办实事|惠民)+(?:项目|工程)$/;

/** Names of bodies that work in a building rather than being one: 浦口镇卫生院, 浦口镇派出所. */
const BODY_NAME = /(卫生院|医院|法院|检察院|研究院|学院|设计院|派出所|司法所|财政所|供电所|事务所)$/;

/**
 * A name needs something besides its head, and no clause punctuation inside. `inPlace(k)`: character k of the name is
 * part of a place's name (九家榜村 counts no nine households).
 */
function isNamed(name: string, head: string, inPlace: (k: number) => boolean = () => false): boolean {
  const bare = name.replace(/[“”《》（）()]/g, '');
  const counted = [...name.matchAll(COUNTED_IN_NAME)].some((m) => !inPlace(m.index!));
  return (
    bare.length - head.length >= 2 &&
    !/[，。；：、]/.test(name) &&
    !/^(项目|工程|建设)/.test(bare) &&
    // 为项目落地腾出发展空间: a room to grow is no project
    !/^(发展|创业|生存|市场|宝贵|公共|更多|更大|活动)空间$/.test(bare) &&
    // 全镇各村党群服务中心, 各村卫生室: every village's, no one named
    !/^(全[镇乡区县市]各?|各)(村|社区|组)/.test(bare) &&
    // 小菜园, 首批民宿, 低产茶园, 农村公路, 塑胶运动场, 产业园区: a kind of place, a batch or a state, no name
    !GENERIC_FACILITY.test(bare) &&
    // 西南大学园艺园林学院: a university's school is a body, not a work
    !/大学[\u4e00-\u9fff]{2,8}学院$/.test(bare) &&
    // 聚焦项目, 优化项目落地服务: a verb or an adverb right before a bare head is no name (nor is 情况项目 of a table's
    // header run together, 完成情况 项目)
    !/^(聚焦|全力|目前|部分|加快|推进|推动|确保|保障|服务|争取|引进|引来|优化|情况)(项目|工程)$/.test(bare) &&
    // 抓好项目, 吸引项目落地, 仙居乡做实项目建设: a verb of handling or winning projects, whoever does it
    !/(抓好|抓实|狠抓|紧抓|做实|做好|盯紧|谋划|储备|吸引|招引|聚焦|破解)(项目|工程)$/.test(bare) &&
    // 腾出的用地指标优先保障重大产业项目: the works a means goes to first, none named
    !/保障(?:重大|重点)(?:产业)?(项目|工程)$/.test(bare) &&
    // 镇里对老街进行了“微改造”: who did it, not the street's name
    !/^(?:镇|乡|村|县|区|市|街道)里/.test(bare) &&
    // 把老旧小区改造作为头号民生工程: a rank given to a line of work is no work being built
    !/^(头号|一号|一把手|首要)/.test(bare) &&
    !GENERIC_NAME.test(bare) &&
    !PLACE_YEAR_KIND.test(bare) &&
    // 招商推介暨重点项目(签约仪式): the works an event signs, no one of them
    !/暨(?:重点|重大)?(?:项目|工程)$/.test(bare) &&
    !IMPROVEMENT_ONLY_NAME.test(bare) &&
    !counted &&
    // 一个个项目, 一项项工程, 更多项目, 整个园区: many of a kind, or all of one, names none; nor does a hand on them
    // (一手抓项目)
    !MANY_OF_A_KIND.test(bare) &&
    !/一个个|^一手抓|^主体厂房$/.test(bare) &&
    // 一期厂房, 一期清洁化加工车间: a part of some project, not its name
    !/^[一二三四五六七八九十\d]+期/.test(bare) &&
    // 部分村级党群服务中心, 今年基地, 多家民宿, 该中心主体工程: some of a kind, this year's or the one just named,
    // names none
    !/^(部分|今年|去年|全年|这些|那些|该|多[家个处座所条])/.test(bare) &&
    // 招商引资是项目建设的…: a statement about projects (实事求是 is a phrase of its own)
    !/是/.test(bare.replace(/实事求是/g, '')) &&
    // 党员干部围绕项目, 坚持以项目, 已签约项目, 攻坚项目: what is done about projects in general names none
    !/(围绕|做好|以|已签约|签约|在谈|攻坚|储备)(项目|工程|道路)$/.test(bare)
  );
}

/** 复兴、东胜污水处理站 → 复兴污水处理站 too; 千亩魔芋、百亩高粱示范基地 → 千亩魔芋示范基地 too. */
function shareHead(
  s: Sentence,
  out: EntityMention[],
  at: number,
  name: string,
  head: string,
  status: ProjectStatus,
  placeEnd: number,
  kind?: string,
): void {
  let end = at;
  // the shared part: the kind a count names (两大旧城改造项目 → 旧城改造项目), after the last item's place (海核社区、
  // 南望社区党群服务中心 → 党群服务中心), or else its head with the modifier words right before it (千亩魔芋、百亩高粱示范基地
  // → 示范基地)
  const shared =
    kind ??
    (placeEnd > at
      ? name.slice(placeEnd - at)
      : /(示范|种植|产业|加工|研学|污水处理)?$/.exec(name.slice(0, name.length - head.length))![0] + head);
  while (s.text[end - 1] === '、') {
    let i = end - 1;
    while (i > 0 && !/[，。；：、\s]/.test(s.text[i - 1]!)) i--;
    const item = s.text.slice(i, end - 1);
    const trimmed = item.replace(LEADING_TRIGGER, '');
    // (对惠民资金发放、村级工程建设: what a preposition opens is no item of a list of works; 强弱电“上改下”、口袋公园:
    // a quoted way of working is none either)
    if (/[“”]/.test(trimmed)) break;
    if (
      trimmed.length < 2 ||
      trimmed.length > 8 ||
      /\d/.test(trimmed) ||
      HAS_HEAD.test(trimmed) ||
      /^[对向为把将]/.test(trimmed)
    )
      break;
    push(out, s, end - 1 - trimmed.length, end - 1, `${trimmed}${shared}`, status);
    end = i;
  }
}

/** 在谈“东华街文化旅游项目”“重庆影都”“影视装备制造基地”等项目20余个 */
function quotedInList(s: Sentence, out: EntityMention[]): void {
  for (const m of s.text.matchAll(/((?:“[^”]{2,20}”[、]?){2,})等(?:项目|工程)/g)) {
    const status = statusBefore(s.text, m.index!);
    if (!status) continue;
    for (const q of m[1]!.matchAll(/“([^”]+)”/g)) {
      const a = m.index! + q.index! + 1;
      push(out, s, a, a + q[1]!.length, q[1]!, status);
    }
  }
}

/**
 * “白帝橙”区域公用品牌, 牛场村“竹韵牛场”农产品品牌, “昭平茶”品牌: a brand a place makes and runs for its products is one
 * of its works. A brand of a way of working (“石宝先锋”党建品牌, “周到办”政务服务品牌) is a line of work (programs.ts),
 * and a brand a product is licensed to carry (“巴味渝珍”授权品牌) is an honour.
 */
const BRAND =
  /“([^“”，。；、]{2,12})”((?:区域|农产品|农业|特色|地理标志|公用|公共|茶叶|茶|大米|富硒茶|富硒|美食|文创|水果|果品|食品|蔬菜|生态|优质)*)品牌(?!建设|创建|打造|培育|营销|推广|宣传|授权|影响力|价值)/g;

function brands(s: Sentence, out: EntityMention[]): void {
  if (!s.text.includes('品牌')) return;
  for (const m of s.text.matchAll(BRAND)) {
    // “A”“B”等区域公用品牌 and 获评“巴味渝珍”品牌: a list's items are read one by one; a brand received is an honour
    if (/(获评|评为|入选|授予|认定为)$/.test(s.text.slice(0, m.index!))) continue;
    push(out, s, m.index!, m.index! + m[0].length, m[0], statusBefore(s.text, m.index!));
  }
}

/** Kinds of thing a list of names may end with: 严家大院、杨品相宅等文物保护单位完成修缮. */
const LISTED_KIND =
  /((?:[\u4e00-\u9fff“”]{2,12}、)+[\u4e00-\u9fff“”]{2,12})等(?:\d+(?:个|处|座|家))?(文物保护单位|文物|(?:古|历史|传统|文物)?建筑(?:群)?|古迹|重点项目|子项目|项目|工程|景点|景区|场馆|设施|基地)/g;

/** What must follow a list of projects: most sentences have none and skip the list pattern. */
const LISTED_KIND_END =
  /、[^，。；]*等(?:\d+(?:个|处|座|家))?(文物保护单位|文物|(?:古|历史|传统|文物)?建筑(?:群)?|古迹|重点项目|子项目|项目|工程|景点|景区|场馆|设施|基地)/;

/** 严家大院、杨品相宅等文物保护单位完成修缮并对外开放: each named item of a list of projects governed by a verb. */
function listedBeforeKind(s: Sentence, out: EntityMention[]): void {
  if (!LISTED_KIND_END.test(s.text)) return;
  for (const m of s.text.matchAll(LISTED_KIND)) {
    const end = m.index! + m[0].length;
    const status = statusAfter(s.text, end) ?? statusBefore(s.text, m.index!);
    if (!status) continue;
    let at = m.index!;
    for (const raw of m[1]!.split('、')) {
      // the first item may carry the verb or the 对 that governs the list (完成A、B等项目建设, 对A、B等古建筑进行修缮)
      const item = raw.replace(LEADING_TRIGGER, '').replace(/^[对把将]/, '');
      const start = at + raw.length - item.length;
      at += raw.length + 1;
      const name = item.replace(/^“|”$/g, '');
      if (name.length < 2 || name.length > 12 || /\d/.test(name)) continue;
      // 水利、交通、农村电网等项目建设, 冷链物流、预制菜加工等4个项目: short words before 项目 or 工程 name kinds of work
      // (a sector, a trade), unless quoted or headed like a work
      if (/项目|工程/.test(m[2]!) && name.length < 6 && !/^“/.test(item) && !HAS_HEAD.test(name)) continue;
      push(out, s, start, start + item.length, name, status);
    }
  }
}

/** 浦口镇颐养院正式运营, 霞云村古茶树保护园挂牌: a hall a place owns, opened (see singleCharHeads). */
const OPENED_WORDS = '正式|投入|投用|开馆|开放|建成|挂牌|揭牌|运营|开业|落成';
const OPENED = new RegExp(`^(?:${OPENED_WORDS})`);
/** 启动A学院、B故居及C院子、乐善堂、王政平旧居等修缮工作: inside a governed list, 堂/庙/宫/所 end names too. */
const SINGLE_HEAD_NAME = new RegExp(
  `([\\u4e00-\\u9fff]{2,8}(?:${SINGLE_CHAR_HEADS.join('|')}))(?=[、及和等的，。；]|修缮|保护|前期|${OPENED_WORDS})`,
  'g',
);
/** The head and what must follow it, without the name: most sentences have none and skip the costly pattern. */
const SINGLE_HEAD_END = new RegExp(
  `(?:${SINGLE_CHAR_HEADS.join('|')})(?:[、及和等的，。；]|修缮|保护|前期|${OPENED_WORDS})`,
);

function singleCharHeads(s: Sentence, out: EntityMention[], protect: (i: number) => number): void {
  if (!SINGLE_HEAD_END.test(s.text)) return;
  for (const m of s.text.matchAll(SINGLE_HEAD_NAME)) {
    const end = m.index! + m[0].length;
    const start = phraseStart(s.text, end - 1, end, protect);
    const name = trimPhrase(s.text.slice(start, end));
    if (name.length < 3 || name.length > 10 || GENERIC_FACILITY.test(name) || name.includes('、')) continue;
    const inList = s.text[start - 1] === '、' || /^[、及和]/.test(s.text.slice(end));
    const restored = /^(等?修缮|保护|前期)/.test(s.text.slice(end));
    const owned = placeEndAt(start, protect) > start;
    // 浦口镇颐养院正式运营: a hall its place owns, opened
    // (浦口镇卫生院正式挂牌, 浦口镇派出所: a body that opens is a body, not a work)
    const body = BODY_NAME.test(name);
    const opened = owned && !body && OPENED.test(s.text.slice(end)) ? statusAfter(s.text, end) : undefined;
    const status = statusBefore(s.text, start) ?? opened;
    // 建成浦口镇红色教育展馆: a hall built and named by the place that owns it
    const placed = (status === 'built' && owned) || opened !== undefined;
    if (!status || !(inList || restored || placed) || countedKinds(s.text, end)) continue;
    push(out, s, start, end, name, status);
  }
}

function statusBefore(text: string, at: number): ProjectStatus | undefined {
  const clauseStart = Math.max(
    text.lastIndexOf('，', at - 1),
    text.lastIndexOf('；', at - 1),
    text.lastIndexOf('。', at - 1),
  );
  // 由老厂房改造而成的书房: how it was made, not what is happening to it
  const clause = text.slice(clauseStart + 1, at).replace(/^.*而成的?/, '');
  let found: ProjectStatus | undefined;
  for (const m of clause.matchAll(TRIGGER_RE)) found = STATUS.get(m[0]);
  return found;
}

function statusAfter(text: string, end: number): ProjectStatus | undefined {
  const m = AFTER_TRIGGERS.exec(text.slice(end));
  if (!m) return undefined;
  if (/签约/.test(m[1]!)) return 'signed';
  if (/洽谈|在谈/.test(m[1]!)) return 'in_talks';
  if (m[1] === '上线') return 'launched';
  // a project that receives an honor is running
  if (/获认定|获评|被评为|被认定为|入选|荣获/.test(m[1]!)) return 'built';
  // 完成提质改造, 建成投产: done; 改造 alone is work under way
  const done = /完成|建成/.test(m[0]);
  return done ||
    /完工|竣工|验收|结算|投入使用|开园|开馆|开业|开放|投用|投入运营|投入运行|投运|运营|正式运行|启用|通车|并网|建成|投产|开门迎客|贯通|开港|开学|开街|开市|开伙|交付|丰产期|盛产期|运营/.test(
      m[1]!,
    )
    ? 'built'
    : /挂牌|落户|落地/.test(m[1]!)
      ? 'landed'
      : 'ongoing';
}

function push(out: EntityMention[], s: Sentence, a: number, b: number, name: string, status?: ProjectStatus): void {
  // “剑门关—翠云廊—剑州古城”精品旅游线路: a name that closes a quote it did not open opens where the quote does
  const open = s.text.lastIndexOf('“', a - 1);
  if (
    name === s.text.slice(a, b) &&
    (name.match(/”/g)?.length ?? 0) > (name.match(/“/g)?.length ?? 0) &&
    open >= 0 &&
    !/[，。；：、”]/.test(s.text.slice(open, a))
  )
    [a, name] = [open, s.text.slice(open, b)];
  out.push({
    type: 'Project',
    name: balanceQuotes(name),
    start: s.start + a,
    end: s.start + b,
    sentence: s.index,
    status,
  });
}

/** Keeps the longest of nested mentions (《…小程序》 over 小程序 inside it). */
function dedupe(all: EntityMention[]): EntityMention[] {
  return perSentence(all, (ms) =>
    ms.filter(
      (m, i) =>
        !ms.some(
          (o, j) =>
            j !== i &&
            o.start <= m.start &&
            m.end <= o.end &&
            (o.end - o.start > m.end - m.start || (j < i && o.end - o.start === m.end - m.start)),
        ),
    ),
  );
}
