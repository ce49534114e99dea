/**
 * Programs: named policy programs, campaigns, action plans and lines of work.
 *   统筹推进疫情防控和经济社会发展      → 疫情防控 (a noun phrase ending in a program head: 防控, 振兴, 攻坚, 三年行动 …)
 *   推行“一窗式”综合服务和“一网通办” → quoted names of ways of working
 *   构建高效审批服务体系。（段首）       → a paragraph's topic sentence names its line of work
 *   亮点一 党建统领，锻造队伍凝聚新活力  → a heading's first clause
 * A topic that contains a program (打好打赢脱贫攻坚收官战) counts as that program, not as a second one.
 */
import type { Sentence } from '../segment/segment.ts';
import { QUANTITY } from '../units.ts';
import {
  GENERIC_NAME,
  MANY_OF_A_KIND,
  NATIONAL_PROGRAMS,
  ORGANIZATION_HEADS,
  PROGRAM_HEADS,
  PROJECT_HEADS,
  SINGLE_CHAR_HEADS,
} from './lexicon.ts';
import type { EntityMention } from './types.ts';
import { SECTION_LABEL } from '../read/section-label.ts';

export interface TaggedWord {
  word: string;
  tag: string;
}
/**
 * Word segmentation with part-of-speech tags (jieba in production, passed in so the core stays pure). Takes a
 * document's clauses at once: one call into the segmenter per document keeps its dictionary warm in the CPU's cache
 * (one call per clause cost four times as much inside a build as in a loop of its own).
 */
export interface Tokenizer {
  tagAll(texts: string[]): TaggedWord[][];
}

const HEAD_ANY = new RegExp(PROGRAM_HEADS.join('|'));
/**
 * One pass that tells whether a sentence names any national program at all: most do not, and the 50 patterns are then
 * not run one by one.
 */
const NATIONAL_ANY = new RegExp(NATIONAL_PROGRAMS.map((re) => `(?:${re.source})`).join('|'));
const HEAD_RE = new RegExp(`(${[...PROGRAM_HEADS].sort((a, b) => b.length - a.length).join('|')})$`);
/** Parts of speech that end a program name on its left: punctuation, prepositions, conjunctions, particles … */
const STOP_TAGS = new Set([
  'x',
  'p',
  'c',
  'u',
  'uj',
  'ul',
  'uz',
  'ug',
  'd',
  'r',
  'm',
  'q',
  't',
  'ad',
  'vd',
  'f',
  'y',
  'e',
  'o',
  'zg',
]);
/** Verbs that govern a program rather than belong to its name. */
const GOVERNING_WORDS =
  /(开展|推进|推动|抓好|狠抓|聚焦|实施|推行|发放|申请|审批|通过|启动|统筹|加强|探索|发展|夯实|创新|结合|巩固|持续|落实|完善|构建|打造|建立|强化|做好|打好|打赢|紧扣|围绕|助力|推广|参加|组织|规范|提升|优化|决战|决胜|深入|深化|扎实|有效|衔接|致力于|着力|坚持|争创|实现|保障|确保|服务|提供|促进|加快|开发|新建|接洽|制定|领导|完成|引领|报送|参与|受|深度|拓展|巩固拓展|设立|设置|成立|依托|签订|签署|纳入|投入|抓实|做实|抓牢|筑牢|压实|健全|锚定|瞄准|对标|书写|谱写|聚力|紧盯|做强|做优|做大|做精|擦亮)/
    .source;
const GOVERNING = new RegExp(`^${GOVERNING_WORDS}$`);
const GOVERNING_END = new RegExp(`${GOVERNING_WORDS}$`);
const GOVERNING_START = new RegExp(`^${GOVERNING_WORDS}`);
/** 积极推进, 进一步加强: adverbs before a governing verb. */
const ADVERB_WORDS = /(积极|全面|持续|大力|扎实|深入|着力|不断|加快|稳步|切实|认真|努力|坚决|进一步|全力|统筹|常态化)+/
  .source;
const LEADING_ADVERBS = new RegExp(`^${ADVERB_WORDS}`);
const GOVERNING_LEAD = new RegExp(`^(?:${ADVERB_WORDS})?${GOVERNING_WORDS}`);
const MAX_PROGRAM = 12;
/** Names that only say what kind of line of work it is. */
const GENERIC_PROGRAM = /^(专项|集中|系列|主题|三年|排查)?(行动|整治|活动)$/;
const QUOTED = /“([^”]{2,14})”([\u4e00-\u9fff]{0,6})/g;
/** What follows a quoted way of working: 发展思路, 综合服务, 旧房整治, 工作新模式, 绿色循环体系 … */
const QUOTED_TAIL =
  /^(发展思路|思路|发展理念|理念|综合服务|旧房整治|整治|行动|(?:培育|培养)?工程|工作法|改革|责任制|普法|(?:党建|调解|志愿服务|政务服务|营商环境|基层治理|治理|服务|劳务|法治|平安|文明实践|宣讲)品牌)/;
/** Tails that describe a quoted way of working without being part of its name: “一枚印章管审批”工作新模式. */
const QUOTED_KIND = /^(工作新模式|新模式|模式|工作机制|机制|制度|绿色循环体系|循环体系|体系|建设|推广|政策|措施)/;
const QUOTED_SELF = /(制|办|式|行动|工程|计划|战略|攻坚战|机制|模式|路|经验|贷)$|\+|^\d+$/;
/**
 * Verbs whose quoted object is a way of working (实行“一企一专员”包联服务, 建立“积分超市”, 按照“一楼一策”推进…):
 * in the fixtures' gold, 87–100% of the quoted terms right after each of these are programs.
 */
const QUOTED_AFTER_VERB =
  /(创建|推行|推广|实施|开展|启动|落实|践行|深化|推进|聚焦|坚持|围绕|紧扣|紧盯|实行|建立|通过|按照|探索|签订)$/;
/**
 * 推行村级事务“小微权力清单”, 推广稻渔综合种养“龙虾模式”: the same verbs, with what the way of working is for
 * between them and the quote (70–86% of such quotes after 推行, 推广, 实行, 实施 are programs in the fixtures' gold).
 */
const QUOTED_AFTER_VERB_OF = /(?:推行|推广|实行|实施|探索)[^的和与及，。；、“”\d]{1,6}$/;
/** 本报记者 李明, 通讯员, 镇长 王建国: who wrote or signed the report. */
const BYLINE =
  /^(本报|记者|通讯员|特约|编辑|责任编辑|作者|来源|摄影|(镇|乡|区|县|市|街道)?(党委|党工委)?(书记|镇长|乡长|主任|区长|县长|市长))|摄$/;
/** The report's own weak points and next steps. */
const REPORT_PART =
  /存在的?问题|存在的?不足|问题和不足|不足之处|下一步|下步打算|工作打算|工作计划|工作思路|主要做法|完成情况|基本情况|履职情况|增长速度|统计表|一览表|记者手记|编后(?:语|记)?$|短评$|^【[^】]*(?:\d{4}年|成绩单|数字|数说|数据|看点)[^】]*】$/;
/** Tags of a bulletin's items that sort news, not lines of work: 【荣誉】, 【节会活动】, 【民生实事】. */
const NEWS_CATEGORY =
  /^(荣誉|荣誉榜|节会活动|活动|民生实事|工作动态|动态|简讯|要闻|会议|图片新闻|一线传真|基层动态|经验交流|生态环保)$|(时刻|展望|盘点|回眸|风采|掠影|速递|一览)$/;
/** Names of bodies and offices. */
const BODY_NAMED = /(站|局|所|办|中心|委员会|公司|合作社)$/;
/** Words that own up to a weak point. */
const WEAKNESS = /不够|不足|有待|仍较|仍然|依然|短板|偏小|偏弱|偏低|滞后|薄弱|不强|不高|不多|不深|不到位|制约/;
/**
 * Not lines of work: a stage of schooling (义务教育阶段入学率), money attracted as a figure (协议引资12亿元), people
 * moved (全部搬迁, 集中安置搬迁: only a kind of resettlement, 易地扶贫搬迁, is a program), generic building (规范化建设,
 * 主体建设, 试点建设, 项目落地建设).
 */
// (…的头号工程: what a line of work is called, not its name; 党的政治建设: listed by none of the fixtures' gold files
// in the 20 reports that write it; 该公司计划于…: a company's plan)
const NOT_PROGRAM =
  /义务教育$|^(协议|合同|实际|到位)引资$|^(?!.*(扶贫|生态|移民|避险|异地|灾害)搬迁$).*搬迁$|规范化建设$|(主体|试点|谋划|主要|落地|阵地)建设$|(?:新增|发放|投放)贷款$|项目计划$|(?:镇内|村内|区内|县内|境内|专门|合作|年度|资本|资金)建设$|^(?:实际|具体|务实)行动$|^(?:行动|教学|工作|发展)计划$|^(?:头号|一号)工程$|^政治建设$|公司计划$/;

const PURE_VERB_HEADING = /^(稳步|持续|全面|积极|扎实|大力|深入)?(推进|推动|发展|提升|加强|前行|奋进)$/;

/**
 * 队伍建设, 高标准农田建设: building up a line of work. Not when what is built is a facility or a place
 * (管网建设, 政务服务平台建设, 示范村建设, 项目建设) — that is a project's construction — nor 建设项目 itself.
 */
const BUILT_FACILITY = new RegExp(
  `(${[...PROJECT_HEADS, ...SINGLE_CHAR_HEADS, ...ORGANIZATION_HEADS, '管网', '设施', '基础', '站', '示范村', '小区'].join('|')})建设$`,
);
/**
 * 保丰村建设, 浦口镇建设: building a named place is what the clause is about, not a line of work; the level words
 * of lines of work (美丽乡村建设, 平安乡镇建设, 文明城市建设, 和谐社区建设) stay.
 */
const PLACE_NAMED = /(?<!乡|城|农|新)村$|(?<!乡)镇$|(?<!城|园|景|片|社|辖)区$|(?<!城)乡$|[县旗]$|街道$|嘎查$|苏木$/;
/** 开工建设, 加快建设: a verb, not what is built. */
const BUILD_VERB_WORDS =
  /(用于|开工|动工|开发|新建|扩建|改建|续建|加快|加紧|抓紧|加强|推进|推动|完成|启动|全面|持续|深入|大力|着力|同步|规划|计划|投资|配套|重点|集中|连片|正在)/
    .source;
const BUILD_VERB = new RegExp(`^${BUILD_VERB_WORDS}+$`);
const BUILD_VERB_END = new RegExp(`${BUILD_VERB_WORDS}$`);
function isWorkBuilt(name: string, after: string): boolean {
  const what = name.slice(0, -2);
  // 二期建设 is a phase of a project being built, not a line of work
  const phase = /^[一二三四五六七八九十\d]+期$/.test(what);
  // 在甘莲村投资建设: a verb right before 建设 makes it the verb of a clause, whatever stands before
  const verbBefore = BUILD_VERB_END.test(what);
  return (
    what.length >= 2 &&
    !phase &&
    !verbBefore &&
    !BUILT_FACILITY.test(name) &&
    !PLACE_NAMED.test(what) &&
    !/^(项目|工程)/.test(after) &&
    !BUILD_VERB.test(what)
  );
}

/** Enumerators are not part of a name: 亮点一, 一、, （三）, 1., 一是. */
const ENUMERATOR = new RegExp(
  `^(${SECTION_LABEL}|[一二三四五六七八九十]+、|（[一二三四五六七八九十\\d]+）|【[一二三四五六七八九十\\d]{1,3}】|\\d+[.、．]|[一二三四五六七八九十]是)\\s*`,
);
function stripEnumerator(text: string): string {
  return text.replace(ENUMERATOR, '');
}

/** 开展, and verbs built on one (深入开展, 持续推进): they govern the program after them. */
function governs(w: TaggedWord): boolean {
  return (
    GOVERNING.test(w.word) ||
    (/^[vdi]|^ad/.test(w.tag) && w.word.length > 2 && GOVERNING_END.test(w.word)) ||
    // 大力发展, 积极推进: jieba may keep adverb and verb as one word of any tag
    (LEADING_ADVERBS.test(w.word) && GOVERNING.test(w.word.replace(LEADING_ADVERBS, '')))
  );
}

/**
 * 巩固拓展脱贫攻坚成果同乡村振兴有效衔接: two programs linked into one, named whole (巩固拓展 belongs to the name);
 * the programs inside it are not named apart.
 */
const LINKAGE = /(巩固拓展|巩固)?([\u4e00-\u9fff]{2,8}?)成果(?:同|与|和)([\u4e00-\u9fff]{2,8}?)有效衔接/g;
/** 粤桂协作, 沪滇协作, 闽宁协作: cooperation between two provinces named by their one-character names. */
const PROVINCE_PAIR = /[京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕吉闽贵黔粤青藏川蜀宁琼]{2}(?:扶贫)?协作/g;

/** An agreement, contract or memorandum that a partnership's name describes (…合作协议, …共建框架协议). */
const AGREEMENT_AFTER = /^(?:框架|战略|合作|共建)?(?:协议|合同|备忘录)/;
/** Partnerships that name the agreement signed for them (not 党建共建, a line of work of the branches that sign). */
const SIGNED_PARTNERSHIP = /^(?:校地|镇校|村校|校企|政校|院地|结对)(?:合作|共建|联建)$/;

export function recognizePrograms(sentences: Sentence[], tokenizer: Tokenizer): EntityMention[] {
  // one list per sentence: mentions only overlap within their sentence, so checks stay local
  const bySentence = sentences.map((): EntityMention[] => []);
  fromHeads(sentences, tokenizer, bySentence);
  for (const s of sentences) {
    fromQuotes(s, bySentence[s.index]!);
    fromLinkage(s, bySentence[s.index]!);
    if (NATIONAL_ANY.test(s.text))
      for (const re of NATIONAL_PROGRAMS)
        for (const m of s.text.matchAll(re)) {
          // 签订校地合作协议: the kind of an agreement signed is no line of work run (of the fixtures' 67 reports that
          // sign a 校地合作协议, 12 list 校地合作; 3 of 12 list 结对共建 for a 结对共建协议), but a party branches'
          // 党建共建 is (7 of 9)
          if (SIGNED_PARTNERSHIP.test(m[0]) && AGREEMENT_AFTER.test(s.text.slice(m.index! + m[0].length))) continue;
          add(bySentence[s.index]!, s, m.index!, m.index! + m[0].length, m[0]);
        }
  }
  sentences.forEach((s, i) => fromTopic(s, sentences[i + 1], bySentence[s.index]!));
  sentences.forEach((s, i) => {
    if (s.kind === 'body' && (i === 0 || sentences[i - 1]!.paragraph !== s.paragraph))
      fromLabel(s, bySentence[s.index]!);
  });
  return bySentence.flatMap(withoutDomains);
}

/** A way of working named in quotes that says how something is run: “积分制”, “街长制”, “五步工作法”, “枫桥”模式. */
const MECHANISM = /^“[^”]+(制|法|模式)”$/;
/**
 * 推行乡村治理“积分制”: the program is the quoted way of working; the line of work right before it only says what
 * it is for, and is not named as a program of its own.
 */
function withoutDomains(ms: EntityMention[]): EntityMention[] {
  const mechanismAt = new Set(ms.filter((m) => MECHANISM.test(m.name)).map((m) => m.start));
  return mechanismAt.size ? ms.filter((m) => !mechanismAt.has(m.end)) : ms;
}

const CLAUSE = /[^，。；：、！？,;:!?]+/g;

function fromHeads(sentences: Sentence[], tokenizer: Tokenizer, bySentence: EntityMention[][]): void {
  // jieba is the costly step: tag only the clauses (outside headings) that contain a program head word
  const clauses: { s: Sentence; offset: number; text: string }[] = [];
  for (const s of sentences)
    if (s.kind !== 'heading')
      for (const c of s.text.matchAll(CLAUSE))
        if (HEAD_ANY.test(c[0])) clauses.push({ s, offset: c.index!, text: c[0] });
  const tagged = tokenizer.tagAll(clauses.map((c) => c.text));
  clauses.forEach((c, i) => fromClause(c.s, c.offset, tagged[i]!, bySentence[c.s.index]!));
}

function fromClause(s: Sentence, offset: number, words: TaggedWord[], out: EntityMention[]): void {
  // word ends as offsets in the sentence
  const ends: number[] = [];
  let pos = offset;
  for (const w of words) ends.push((pos += w.word.length));
  for (let k = 0; k < words.length; k++) {
    const end = ends[k]!;
    const head = HEAD_RE.exec(s.text.slice(Math.max(0, end - 6), end));
    if (!head) continue;
    // 惠民镇, 振兴乡: a head that goes on into 镇 or 乡 is a place's name
    if (/^[镇乡](?![村镇])/.test(s.text.slice(end, end + 2))) continue;
    // 爱国主义教育基地, 党建引领示范点: a head that goes on into a site's kind names the site, not a line of work
    if (/^(?:示范)?(?:基地|教育馆|展馆|场馆|示范点)/.test(s.text.slice(end, end + 4))) continue;
    // 战略合作协议, 战略投资者: 战略 describes the next word there; so does 帮扶 in 帮扶资源, 帮扶措施
    if (head[0] === '战略' && /^(合作|投资|性|意义|地位|伙伴)/.test(s.text.slice(end, end + 2))) continue;
    if (
      head[0] === '帮扶' &&
      /^(资源|资金|干部|单位|力量|对象|措施|政策|企业|车间|工作队)/.test(s.text.slice(end, end + 3))
    )
      continue;
    // walk left over the words that belong to the name; a verb belongs to it only when it is glued to the head
    // or to another such verb (化肥农药减量增效行动, 创业担保贷款), never after a noun (送 | 文化下乡)
    let j = k;
    const headStart = end - head[0].length;
    while (j > 0) {
      const prev = words[j - 1]!;
      const startOfWord = ends[j - 1]! - prev.word.length;
      if (ends[j - 1]! <= headStart) {
        // jieba tags unknown words 'x' like punctuation (文旅/x): only real punctuation stops
        const punct = prev.tag === 'x' && !/[\u4e00-\u9fff]/.test(prev.word);
        if ((STOP_TAGS.has(prev.tag) && (prev.tag !== 'x' || punct)) || governs(prev)) break;
        if (prev.tag === 'v' && j !== k && !/^v/.test(words[j]!.tag)) break;
      }
      if (end - startOfWord > MAX_PROGRAM) break;
      j--;
    }
    // 森林防火专项行动: a generic name (专项行动) takes the word that says what it is about
    const generic = (from: number) => GENERIC_PROGRAM.test(s.text.slice(ends[from]! - words[from]!.word.length, end));
    if (j > 0 && generic(j) && !STOP_TAGS.has(words[j - 1]!.tag) && !governs(words[j - 1]!)) j--;
    const wordStart = ends[j]! - words[j]!.word.length;
    let start = wordStart + (ENUMERATOR.exec(s.text.slice(wordStart, end))?.[0].length ?? 0);
    // 常态化排查整治: how often the work is done is no part of its name; nor is the 是 that states it (…的是脱贫攻坚)
    start += /^常态化/.test(s.text.slice(start, end)) ? 3 : /^是/.test(s.text.slice(start, end)) ? 1 : 0;
    // 和美乡村建设: 和 is no conjunction there (jieba reads it as one)
    if (s.text[start - 1] === '和' && /^美乡村/.test(s.text.slice(start, end))) start--;
    // 办好教育、医疗…, 坚持抓党建促…: the verb that takes the work in hand is no part of its name
    start += /^(?:办好|抓好|做好|搞好|管好)/.test(s.text.slice(start, end))
      ? 2
      : /^抓/.test(s.text.slice(start, end))
        ? 1
        : 0;
    const name = s.text.slice(start, end).replace(/^[“”]+|[“”]+$/g, '');
    if (
      name.length < 3 ||
      /[，。；、：\d]/.test(name) ||
      GENERIC_NAME.test(name) ||
      NOT_PROGRAM.test(name) ||
      MANY_OF_A_KIND.test(name)
    )
      continue;
    // 早发现、早干预、早帮扶: a list of how soon things are done, not a line of work
    if (/^[早快准]/.test(name) && name.length === 3 && /[、]/.test(s.text.slice(end, end + 1) + s.text[start - 1]))
      continue;
    // 专项整治, 排查整治各类隐患: a kind of work with nothing to say what it is about names none
    if (GENERIC_PROGRAM.test(name)) continue;
    // 完成21个村卫生室标准化建设, 同济、奎星等社区老旧小区改造: what a count or a list counts is no line of work
    const counter = /[个支家名项座条所处]/.test(s.text[start - 1] ?? '') ? 2 : 1;
    if (/\d/.test(s.text[start - counter] ?? '') || name.startsWith('等')) continue;
    // 在生态治理方面: the heading of a part of the text, not a line of work run
    if (s.text[start - 1] === '在' && s.text.startsWith('方面', end)) continue;
    // 获评“全国乡村治理示范村”: a title received names no line of work of its own
    if (insideTitle(s.text, start, end)) continue;
    // 2023年工作计划: the report's own plan, no program
    if (/^(工作|实施|年度)(计划|方案)$/.test(name)) continue;
    // 专门建设了…, 针法融合在一起, 得到整治, 让整治成果…: the head is a verb there, not a line of work's name;
    // 警示教育大会: it names a meeting
    if (
      /^(了|着|过|在一起|大会|会议|座谈会)/.test(s.text.slice(end)) ||
      /^(让|使|得到|受到|善|召开)/.test(name) ||
      /进行/.test(name) ||
      /进行$/.test(s.text.slice(0, start))
    )
      continue;
    if (head[0] === '建设' && !isWorkBuilt(name, s.text.slice(end, end + 2))) continue;
    add(out, s, start, end, name);
  }
}

/** Inside quotes that hold a title (…示范村, …先进集体, …百强). */
function insideTitle(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('“', start);
  if (open < 0 || text.lastIndexOf('”', start - 1) > open) return false;
  const close = text.indexOf('”', end);
  return (
    close >= 0 &&
    /(示范|先进|百强|强镇|名镇|重点|标杆|模范|文明|特色)[\u4e00-\u9fff]{0,4}$/.test(text.slice(open + 1, close))
  );
}

function fromLinkage(s: Sentence, out: EntityMention[]): void {
  if (s.text.includes('有效衔接'))
    for (const m of s.text.matchAll(LINKAGE)) {
      // the first program is the one named right before 成果 (把脱贫攻坚成果…: 把 is no part of it)
      const firstEnd = m.index! + (m[1]?.length ?? 0) + m[2]!.length;
      const first = out.find((p) => p.end - s.start === firstEnd);
      if (!HEAD_RE.test(m[2]!) && !first) continue;
      const start = m[1] ? m.index! : first ? first.start - s.start : m.index!;
      const end = m.index! + m[0].length;
      add(out, s, start, end, s.text.slice(start, end));
    }
  if (s.text.includes('协作'))
    for (const m of s.text.matchAll(PROVINCE_PAIR)) add(out, s, m.index!, m.index! + m[0].length, m[0]);
}

function fromQuotes(s: Sentence, out: EntityMention[]): void {
  for (const m of s.text.matchAll(QUOTED)) {
    const inner = m[1]!;
    const tail = QUOTED_TAIL.exec(m[2]!)?.[0];
    // “美丽院落”“美丽家园”: the verb before a list of quotes governs each of them
    const before = s.text.slice(0, m.index!).replace(/(“[^”]*”、?)+$/, '');
    // 评选“美丽庭院”210户, 打造“美丽庭院”86户: a title households or villages are made to earn is a campaign
    const counted =
      /(评选|建成|打造|评定|创成)$/.test(before) && /^\d+(户|个|处|家)/.test(s.text.slice(m.index! + 2 + inner.length));
    // 以“城乡建设提升年”为抓手, 以“七改三网”为重点: what the work is organised around is a line of work
    const means = /以$/.test(before) && /^为(抓手|重点|引领|统领|载体|突破口|切入点)/.test(m[2]!);
    const ok =
      tail ||
      counted ||
      means ||
      QUOTED_KIND.test(m[2]!) ||
      QUOTED_SELF.test(inner) ||
      QUOTED_AFTER_VERB.test(before.slice(-4)) ||
      QUOTED_AFTER_VERB_OF.test(before.slice(-10));
    // 把招商引资作为“一号工程”: a label given to a line of work named before it, not a second one; 紧扣“长江首城·文化
    // 李庄”定位: a town's slogan of itself
    if (!ok || /[，。；]/.test(inner) || /(作为|列为|视为|称为|当作)$/.test(before) || /^(定位|目标)/.test(m[2]!))
      continue;
    // 把矿泉水产业作为转型发展的“头号工程”: the label, with what it is for between; 打通…的“断头路”: a road opened;
    // “走出去”与“请进来”: a way of going about it, said as a verb
    if (
      /(作为|列为|视为|当作)[^，。；“”]{1,12}的$/.test(before) ||
      (/路$/.test(inner) && /(打通|修通|贯通|连通)[^，。；]{0,12}$/.test(before)) ||
      /(出去|进来|起来|下去)$/.test(inner)
    )
      continue;
    // 正在创建“省级美丽乡村精品村”: a title worked towards is no line of work (29 of 32 such quotes in the fixtures'
    // gold are none)
    if (/(创建|争创)$/.test(before) && /^(省级|国家级|全国|市级|县级|州级|国家|省|市)/.test(inner)) continue;
    // “一站式”结算, “枫桥式”矛盾纠纷排查化解: a manner of working is named with the work it says how to do
    // (“西江模式” is a way of working by name; “一站式”便民服务中心 is a place, no work)
    if (/^[\u4e00-\u9fff]{1,4}式$/.test(inner) && !/(模|方|形|样)式$/.test(inner) && !tail) {
      const after = s.text.slice(m.index! + inner.length + 2);
      const work = /^[\u4e00-\u9fff]{2,10}?(?=[，。；、：的和与及]|全面|已|正式|启用|落实|覆盖|实现|让|使|$)/.exec(
        after,
      )?.[0];
      if (work && !/(中心|大厅|平台|站|室)$/.test(work))
        add(out, s, m.index!, m.index! + inner.length + 2 + work.length, `“${inner}”${work}`);
      continue;
    }
    // “12345”便民服务平台: a number that names a platform is the platform's, not a program
    if (/^\d+$/.test(inner) && /^[\u4e00-\u9fff]{0,10}平台/.test(s.text.slice(m.index! + inner.length + 2))) continue;
    // “141”基层智治体系: a number names a way of working together with what it numbers
    const numbered = /^\d+$/.test(inner) ? /^[\u4e00-\u9fff]{0,4}(体系|机制|模式|工作法)/.exec(m[2]!)?.[0] : undefined;
    const name = tail ? `“${inner}”${tail}` : numbered ? `“${inner}”${numbered}` : `“${inner}”`;
    add(out, s, m.index!, m.index! + name.length, name);
  }
}

/**
 * 铸造企业环保提升改造：完成26家; 低保、特困供养：发放资金1260万元: a briefing's item opens with the line of work its
 * figures measure (a label of words before a colon, the figures after it, no full stop).
 */
function fromLabel(s: Sentence, out: EntityMention[]): void {
  // an outline's fragment: no full stop (一组组数据鼓舞人心：去年…。 is a sentence that leads into its figures)
  if (/[。！？；]$/.test(s.text)) return;
  const m = /^([^：:，。；\d]{4,16})[：:](.*)$/.exec(s.text);
  if (!m || !QUANTITY.test(m[2]!)) return;
  const label = stripEnumerator(m[1]!);
  if (NEWS_CATEGORY.test(label) || REPORT_PART.test(label) || BYLINE.test(label) || PLACE_NAMED.test(label)) return;
  // 具体如下：, 其中：: a lead-in, not a label
  if (/如下|以下|其中|包括|分别|具体/.test(label)) return;
  let at = s.text.indexOf(label);
  for (const item of label.split('、')) {
    if (item.length >= 2 && !WEAKNESS.test(item) && !BODY_NAMED.test(item)) add(out, s, at, at + item.length, item);
    at += item.length + 1;
  }
}

/** What says how a line of work is going: an adverb of degree or pace, a quoted verb, a result or a state. */
const PREDICATE =
  /^(“[\u4e00-\u9fff]{1,2}”(?=[出成得进])|持续|不断|保持|加快|加速|日益|稳步|蓬勃|多点|牢牢|更加|越来越|越.{1,2}越|明显|显著|稳中|精彩|迈出|取得|再上|跑出|交出|奏响|绘就|结出|释放|激发|焕发|彰显|凸显|迸发|向好|出新|发力|成效|底线|形势|效应|活力|势头|亮点|扎实|有力|全面(?:进步|提升|加强|改善)|丰富多彩|焕然一新|(?:协调|均衡|繁荣|优先)发展|统筹推进|同步|同样|离不开|连着|迎来|成为|串起|件件|筑牢|提档升级|不遗余力|可圈可点|蹄疾步稳|警钟长鸣|方兴未艾|日趋|积极参与|打开|全面过硬|先行$|也|都在|已经|正在|接连|纷纷|相继|需要|不忘|最(?:有|美|强|多|大)|整体推进|应保尽保|重在|更要|温暖人心|众志成城|决战决胜|让|为[\u4e00-\u9fff“]{1,4}(?:赋能|添|增|护航|助力)|进一步|织密|不分|不放松|两手抓|更(?!新)|接续|先行一步|端得|更(?:贴心|便捷|暖心|温暖|优美|有力|完善))/;
/** Rhetoric that closes a report or a section (成绩来之不易, 产业兴则乡村兴, 新征程号角已经吹响). */
const RHETORIC = /来之不易|号角|已经|不平凡|[\u4e00-\u9fff]{1,2}[兴强稳富美安旺通畅活]则|还需|^(成绩|成效|荣誉)/;
/**
 * 好产品还要卖得出去, 治水不能单打独斗, 关键时刻冲得上去, 安全生产的弦始终绷得紧紧的: a topic sentence that says what
 * must or can be done is a statement, not the name of a line of work.
 */
const MODAL_STATEMENT = /不能|还要|才能|必须|不是|[\u4e00-\u9fff]得(?:上|出|住|紧|牢|起)|紧紧|始终/;
/** A slogan's three-character predicate after its subject: 拓空间, 添活力, 绘新景, 结硕果, 谱新篇, 开新局 … */
const SLOGAN_TAIL =
  /(拓空间|添活力|绘新景|结硕果|谱新篇|开新局|展新颜|显身手|启新程|新篇章|增动能|强根基|促振兴|惠民生|扩影响|聚人气|促增收|提品质|补短板|见实效|绽新彩|焕新颜|添新彩|谱新章|展新貌|增后劲|添动能|换新颜|显效能|提质效|人气旺|入画来|再提速|大提升|同心干|强带动|谋发展|按下“快进键”)$/;
/**
 * A set phrase that closes a heading in the four-and-four (or four-and-three) form of report headings: 乡风文明蔚然成风,
 * 党建引领凝心聚力, 政务服务提质增效, 文旅融合强引擎, 民生实事暖人心. What comes before it is the line of work, even
 * without a program head: the form itself says so.
 */
const SET_PREDICATE =
  /(提质增效|提质扩容|提质扩面|走深走实|做精做优|做大做强|做优做强|凝心聚力|凝聚合力|量质齐升|遍地开花|蔚然成风|久久为功|异军突起|常抓不懈|各美其美|美美与共|逆势上扬|圆满收官|平稳有序|后继有人|只增不减|动力澎湃|共建共治|成效显著|亮点纷呈|稳中有进|稳步提升)$/;
/** 文旅融合强引擎, 防汛救灾显担当, 三茶统筹强产业: a verb of one character and its object close a seven-character heading. */
const VERB_OBJECT_TAIL = /^[\u4e00-\u9fff]{4}[强兴优治护育树转促惠稳增聚暖守显出绘谱筑添拓][\u4e00-\u9fff]{2}$/;
/** Subjects that are lines of work without a program head: 民宿经济, 招大引强, 粮食安全. */
// (粮食安全, not 安全 alone: 安全底线牢牢守住 closes a section on many kinds of safety; no gold file of the fixtures
// lists it in the 21 reports whose heading says it)
const STATED_PROGRAM = /(经济|引强|.安全)$/;

/** The subject of a heading that states how it is going (民宿经济 | 蓬勃发展), or null. */
function statedSubject(text: string): string | null {
  for (let p = 2; p <= text.length - 2; p++) if (PREDICATE.test(text.slice(p))) return text.slice(0, p);
  return null;
}

/** Topic sentences and headings name a line of work, unless they already contain a program or name a project. */
function fromTopic(s: Sentence, next: Sentence | undefined, out: EntityMention[]): void {
  if (s.kind === 'body') return;
  let text = s.text.replace(/[。！]$/, '');
  // enumerators are not part of a name: 亮点一, 一、, （三）, 1.
  text = stripEnumerator(text);
  if (s.kind === 'heading') {
    // the report's title (followed by its ——subtitle) and the report's own parts are not lines of work
    if (/^——/.test(next?.text ?? '') || /^——/.test(text)) return;
    if (
      /回眸|工作报告|综述|总结|回顾|展望|工作安排|目标任务|主要工作|基本情况|简报|公报|汇报|^\d{4}年|\d{4}年(度)?工作/.test(
        text,
      )
    )
      return;
    // a byline or a signature (本报记者 李明, 镇长 王建国), the report's weak points: not lines of work
    if (BYLINE.test(text) || REPORT_PART.test(text)) return;
    // 【党建引领】主题教育走深走实: a bulletin item's tag names its line of work, unless it is a news category
    // (【党建引领篇】: a post's chapter is named by its line of work and the word 篇)
    // 【党建引领·凝心聚力】, 防汛救灾·守护家园: a section named by its line of work and a four-character motto
    // (not 【数说后柳·2023】, whose part after the dot is a year)
    const motto = /^【?([\u4e00-\u9fff]{2,8})[·・][\u4e00-\u9fff]{4}】?$/.exec(text);
    if (motto && !/^数[说读]/.test(motto[1]!)) {
      const at = s.start + s.text.indexOf(motto[1]!);
      add(out, s, at, at + motto[1]!.length, motto[1]!, true);
      return;
    }
    const tag = /^【(?:[一二三四五六七八九十]+、)?([^】]{2,10}?)篇?】/.exec(text);
    if (tag) {
      // 【二、产业发展】 alone on its line titles a box or a part of the report, not a bulletin item
      if (!NEWS_CATEGORY.test(tag[1]!) && tag[1]!.length >= 4 && text.length > tag[0].length) {
        const at = s.start + s.text.indexOf(tag[0]) + tag[0].indexOf(tag[1]!);
        add(out, s, at, at + tag[1]!.length, tag[1]!, true);
      }
      return;
    }
    // 【做强一根黄瓜 产业振兴有“密码”】: a heading set whole in brackets is read without them
    text = text.replace(/^【([^】]+)】$/, '$1').split(/[，,：:\s]/)[0]!;
  }
  if (text.length < 4 || text.length > 16 || PURE_VERB_HEADING.test(text)) return;
  // 坚持产业为本, 坚持以人民为中心: a principle held to, not a line of work (坚持党建引领 names one, found by its head)
  if (/^坚持/.test(text) && !HEAD_RE.test(text)) return;
  // 民宿经济蓬勃发展, 文旅融合“晒”出国际范儿: a heading that says how a line of work is going names it by its
  // subject (民生福祉持续改善, whose subject is no line of work by name, names none: see below)
  const subject = statedSubject(text);
  if (subject !== null && (HEAD_RE.test(subject) || STATED_PROGRAM.test(subject))) text = subject;
  // 社会保障更加有力, 节会活动精彩纷呈: a statement of how things go whose subject names no line of work is no name
  // (on the 109 development reports such statements were 42 gold programs against 110 that no gold file lists)
  else if (subject !== null) return;
  // 成绩来之不易, 产业兴则乡村兴, 新征程号角已经吹响: a closing line of rhetoric names no line of work
  if (RHETORIC.test(text) || MODAL_STATEMENT.test(text)) return;
  // 协同发展拓空间, 山海协作结硕果: a slogan's four-character subject is the line of work, or there is none
  const slogan = SLOGAN_TAIL.exec(text);
  if (slogan) {
    const lead = text.slice(0, slogan.index);
    if (!(HEAD_RE.test(lead) || STATED_PROGRAM.test(lead)) || lead.length < 2) return;
    text = lead;
  }
  // 乡风文明蔚然成风, 文旅融合强引擎: the heading's four-character subject is the line of work
  const setPhrase = SET_PREDICATE.exec(text);
  if (setPhrase && setPhrase.index === 4) text = text.slice(0, 4);
  else if (VERB_OBJECT_TAIL.test(text)) text = text.slice(0, 4);
  // 油茶是浦口镇的“金字招牌”: a statement about something, not the name of a line of work
  if (/是/.test(text.replace(/实事求是|是否/g, ''))) return;
  // 为确保脱贫成果经得起检验, 始终把民生实事放在心上: a purpose or a commitment, not a name; 地处…上游: where
  // the town lies
  if (/^为(?!民)|把.+(放在|摆在|作为|贯穿|融入|投向)|^(地处|位于|坐落)/.test(text)) return;
  // 强党建优作风, 兴文旅强农业, 治环境护生态: a slogan of two verbs and their objects, not a name
  if (
    /^[兴强优治护育树转抓促惠稳增提聚][\u4e00-\u9fff]{2}[兴强优治护育树转抓促惠稳增提聚][\u4e00-\u9fff]{2}$/.test(text)
  )
    return;
  // 不少企业还把目光投向了海外: a statement of what happened (了), not a name
  if (/了/.test(text.replace(/“[^”]*”/g, ''))) return;
  // 产业结构仍较单一, 深入基层调研还不够: a weak point owned up to, not a line of work
  if (WEAKNESS.test(text)) return;
  // 黄伟明：不少企业来自珠三角: a speaker's turn in an interview
  if (s.kind === 'topic' && /[：:]/.test(text)) return;
  // 西辛阁村：鸭梨标准化示范园 提档升级, 浦口镇统计站: a place or a body, not a line of work
  if (PLACE_NAMED.test(text) || BODY_NAMED.test(text)) return;
  let start = s.start + s.text.indexOf(text);
  // 深化社区发展治理: a verb before a program's name governs it (构建高效审批服务体系 names no program and stays whole)
  const verb = GOVERNING_LEAD.exec(text)?.[0] ?? '';
  if (verb && HEAD_RE.test(text) && text.length - verb.length >= 4) {
    text = text.slice(verb.length);
    start += verb.length;
  }
  // 全面落实河长制、林长制: a list of lines of work, each found on its own, is no one name
  if (out.length > 0 && /、/.test(text.replace(/“[^”]*”/g, ''))) return;
  if (out.length > 0) {
    // 打好打赢脱贫攻坚收官战 names 脱贫攻坚; but a noun phrase that ends in a program or a program's head
    // (党建引领基层治理) is a program's full name, and the programs inside it are its parts
    const end = start + text.length;
    const governed = GOVERNING_START.test(text.replace(LEADING_ADVERBS, ''));
    const endsInProgram = out.some((m) => m.end === end) || HEAD_RE.test(text);
    if (endsInProgram && !governed && text.length <= 10) {
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start >= start && out[i]!.end <= end) out.splice(i, 1);
    } else if (out.length === 1) return;
  }
  add(out, s, start, start + text.length, text, true);
}

function add(out: EntityMention[], s: Sentence, a: number, b: number, name: string, absolute = false): void {
  const start = absolute ? a : s.start + a;
  const end = absolute ? b : s.start + b;
  if (out.some((m) => m.start <= start && end <= m.end)) return;
  for (let i = out.length - 1; i >= 0; i--)
    if (start <= out[i]!.start && out[i]!.end <= end && !absolute) out.splice(i, 1);
  out.push({ type: 'Program', name, start, end, sentence: s.index });
}
