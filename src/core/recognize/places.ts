/**
 * Finds place mentions and links them to the official gazetteer, resolving ambiguity from the document's context.
 *
 * Why context: 白沙镇 names more than twenty towns and 兴农村 contains the word 农村. A town is linked when the text
 * also names its district/city (江津, 重庆市) or some of its villages; a village is only accepted under a town the
 * document is about, so free text never turns into a village by accident.
 */
import type { GazPlace, Gazetteer } from '../link/gazetteer.ts';
import { levelOfName } from '../link/gazetteer.ts';
import type { PlaceLevel } from '../graph/schema.ts';
import { Occupancy } from './spans.ts';

export interface PlaceMention {
  start: number;
  end: number;
  /** Text as written (江津). */
  surface: string;
  /** Canonical name: the gazetteer's short name when linked (江津区), else the written name. */
  name: string;
  level: PlaceLevel;
  code: string | null;
  /** Code of the enclosing unit when known (for unlinked places). */
  parentCode: string | null;
}

export interface PlaceContext {
  mentions: PlaceMention[];
  /** The document's own town (or district when the report is a district's), when found. */
  town: GazPlace | null;
  district: GazPlace | null;
}

const MAX_NAME = 12;
const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, city: 1, district: 2, town: 3, village: 4, community: 4 };

interface Candidate {
  start: number;
  end: number;
  surface: string;
  /** The towns and larger units the name may be (villages are looked up only under a town, see recognizePlaces). */
  options: GazPlace[];
  /** How many villages and communities bear the name. */
  villages: number;
}

/**
 * Characters a place name can end in, as a table by UTF-16 code (tested at every character of a document): 镇, 村 …,
 * 苏木, 嘎查 (Inner Mongolia's towns and villages), 居委会, and 居 (Hainan's neighbourhoods: 大尧居).
 */
const SUFFIX_CODES = new Uint8Array(0x10000);
for (const c of '省市区县镇乡道村州盟旗木查会居') SUFFIX_CODES[c.charCodeAt(0)] = 1;

const isCjkCode = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * Level words alone (街道、社区两级): the dataset has a few units named just 街道, but a name needs something before
 * its level word.
 */
const LEVEL_WORD_ONLY = /^(街道|社区|居委会|村委会|嘎查|苏木|镇|乡|村)$/;
/**
 * Kinds of zone that the gazetteer lists as towns somewhere (郧西县工业园区) but that a report writes for its own
 * zone (工业园区提能升级): a bare kind names no place.
 */
const ZONE_KIND_ONLY =
  /^(工业园区|产业园区|工业区|工业集中区|经济开发区|经济技术开发区|开发区|高新区|高新技术产业开发区|新区|园区|农场|林场|牧场|渔场|茶场)$/;

/**
 * Every substring that the gazetteer knows: names ending in a place suffix, and aliases of provinces to districts.
 * Hot (a few gazetteer probes per character of every report): names lie inside runs of CJK characters, so the run
 * bounds are found once instead of testing each substring with a regex, and the cheap hash probe (hasName) comes
 * before the suffix rules.
 */
export function scanCandidates(text: string, gaz: Gazetteer): Candidate[] {
  const n = text.length;
  // runStart[i]: first index of the CJK run holding i (i + 1 when text[i] is not CJK)
  const runStart = new Int32Array(n);
  for (let i = 0; i < n; i++)
    runStart[i] = isCjkCode(text.charCodeAt(i)) ? (i > 0 && runStart[i - 1]! < i ? runStart[i - 1]! : i) : i + 1;
  const out: Candidate[] = [];
  const seen = new Set<number>();
  const add = (start: number, end: number, options: GazPlace[], villages: number) => {
    const id = start * 16 + (end - start); // names are at most MAX_NAME (< 16) long
    if ((options.length === 0 && villages === 0) || seen.has(id)) return;
    seen.add(id);
    const surface = text.slice(start, end);
    if (!LEVEL_WORD_ONLY.test(surface) && !ZONE_KIND_ONLY.test(surface))
      out.push({ start, end, surface, options, villages });
  };
  for (let j = 1; j < n; j++) {
    // names with a suffix, ending at j
    if (!SUFFIX_CODES[text.charCodeAt(j)]) continue;
    const maxLen = Math.min(MAX_NAME, j + 1 - runStart[j]!);
    for (let len = 2; len <= maxLen; len++) {
      if (!gaz.hasNameIn(text, j + 1 - len, j + 1)) continue;
      const found = gaz.lookupTowns(text.slice(j + 1 - len, j + 1));
      add(j + 1 - len, j + 1, found.places, found.villages);
    }
  }
  // aliases (江津, 重庆, 贵州): districts and above only; villages and towns need their suffix.
  // An alias starts like its place's name, so a position whose two characters start no such name is skipped.
  const heads = aliasHeads(gaz);
  for (let i = 0; i + 2 <= n; i++) {
    const c0 = text.charCodeAt(i);
    if (!heads.first[c0] || runStart[i]! > i || !heads.pairs.has(c0 * 0x10000 + text.charCodeAt(i + 1))) continue;
    // 长江西沱段, 黄河南岸: a 江, 河 or 湖 right after a word ends a river's or lake's name, it opens no 江西 or 河南
    if (RIVER_END.test(text[i]!) && i > 0 && !boundedBefore(text, i, '赴往去来')) continue;
    for (let len = 2; len <= 4 && i + len <= n && runStart[i + len - 1]! <= i; len++) {
      if (!gaz.hasNameIn(text, i, i + len)) continue;
      const s = text.slice(i, i + len);
      if (levelOfName(s)) continue;
      const options = gaz.lookupTowns(s).places.filter((p) => LEVEL_RANK[p.level] <= LEVEL_RANK.district);
      // an alias directly followed by its own suffix was found above as the full name
      if (options.length && !SUFFIX_CODES[text.charCodeAt(i + len)]) add(i, i + len, options, 0);
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A name starts a word after punctuation, a list word, a verb of place (在, 到), or a place written before it. */
function startsWord(text: string, at: number): boolean {
  const prev = text[at - 1];
  return (
    prev === undefined || !isCjkCode(prev.charCodeAt(0)) || /[、和及与在到至由从对为省市区县镇乡村道州盟旗]/.test(prev)
  );
}

/**
 * Nothing of a name right before `at`: the text's start, a non-Han character or a word that lists or places (与, 在 …);
 * `after` adds the ends a written chain may leave (县市区 in 邻水县三古镇).
 */
function boundedBefore(text: string, at: number, after = ''): boolean {
  const prev = text[at - 1];
  return prev === undefined || !isCjkCode(prev.charCodeAt(0)) || `、和及与在到至由从对为${after}`.includes(prev);
}

/** Bounded on both sides by something that is not a name (乡镇 in 友邻乡镇 continues the word). */
function standsAlone(text: string, c: { start: number; end: number }): boolean {
  return boundedBefore(text, c.start) && !/^[镇乡村]/.test(text.slice(c.end, c.end + 1));
}

const RIVER_END = /[江河湖]/;

/**
 * A city or province by its bare name, written as a word of its own where people name destinations and markets
 * (赴武汉、长沙、南京等地推介, 菜籽油卖到了上海): the city (长沙市 before 长沙县). Null for any other candidate.
 * Inside a longer word (长治久安, 上海西郊…公司) it is no mention.
 */
function standingCity(text: string, c: Candidate): GazPlace | null {
  // (杭州, 郑州: the 州 of a city's own name is no suffix, 杭州 is the bare name of 杭州市)
  if (hasSuffix(c.surface) && !c.options.some((p) => p.level === 'city' && p.name === `${c.surface}市`)) return null;
  const before = text[c.start - 1];
  const after = text[c.end];
  const open =
    before === undefined || !isCjkCode(before.charCodeAt(0)) || '、和及与赴到往至了从向销自'.includes(before);
  const close = after === undefined || !isCjkCode(after.charCodeAt(0)) || '、和及与等'.includes(after);
  if (!open || !close) return null;
  const cities = c.options.filter((p) => LEVEL_RANK[p.level] <= LEVEL_RANK.city);
  return cities.length === 1 ? cities[0]! : null;
}

interface AliasHeads {
  /** 1 for a character that opens some alias: most characters do not, and are passed over at once */
  first: Uint8Array;
  /** the first two characters as one number (c0 · 65536 + c1), tested without making a string */
  pairs: Set<number>;
}
const aliasHeadCache = new WeakMap<Gazetteer, AliasHeads>();

/** First two characters of every province, city and district name (≈ 3,300 places), computed once per gazetteer. */
function aliasHeads(gaz: Gazetteer): AliasHeads {
  let heads = aliasHeadCache.get(gaz);
  if (heads) return heads;
  const found: AliasHeads = { first: new Uint8Array(0x10000), pairs: new Set() };
  const visit = (p: GazPlace) => {
    found.first[p.short.charCodeAt(0)] = 1;
    found.pairs.add(p.short.charCodeAt(0) * 0x10000 + p.short.charCodeAt(1));
    if (LEVEL_RANK[p.level] < LEVEL_RANK.district)
      for (const c of gaz.children(p.code)) if (c.level !== 'town') visit(c);
  };
  for (let code = 11; code <= 99; code++) {
    const province = gaz.byCode(`${code}0000000000`);
    if (province) visit(province);
  }
  aliasHeadCache.set(gaz, (heads = found));
  return heads;
}

/** A body's name right at `at` (市场监管局, 委, 政府), read in place without copying the rest of the text. */
const BODY_AHEAD = /(?:委|政府|[\u4e00-\u9fff]{1,6}?(?:局|办|所|中心|部|院|队))/y;
function opensBody(text: string, at: number): boolean {
  BODY_AHEAD.lastIndex = at;
  return BODY_AHEAD.test(text);
}

/** Place names that end in a common noun: an old town, a small town, a market town, an old city district. */
const COMMON_NOUN_END = /(古镇|小镇|小城镇|集镇|场镇|名镇|重镇|老城区|工业集中区|工业园区|产业园区|开发区)$/;
/**
 * Districts whose whole name is a common noun (汕尾市城区, 洛阳市老城区, 西安市新城区, 阳泉市郊区, 阳泉市矿区): the
 * district only right after its city's name; alone it is the word (建设现代化滨海城区, 老城区“微改造”).
 */
const COMMON_NOUN_NAME = /^(?:老|新)?城区$|^郊区$|^矿区$/;

/** Resolves candidates to places, using explicit chains and co-mentioned places as evidence. */
export function recognizePlaces(text: string, gaz: Gazetteer): PlaceContext {
  // a two-character name inside a longer word (坝乡 in 坭坝乡, 坝村 in 坭坝村) is not a mention of it
  // a two-character town inside a longer word (坝乡 in 坭坝乡) is not a mention of it; two-character villages (余村)
  // are kept, since they only ever resolve under a town the report names
  const candidates = scanCandidates(text, gaz).filter(
    (c) =>
      (c.surface.length > 2 || !/[乡镇]$/.test(c.surface) || startsWord(text, c.start)) &&
      // 三古镇 inside 三省三古镇: a name ending in a common noun is a word of its own or no name
      // (曹老集镇, 孙陶集镇: a name of four or more ending in 集镇 is a market town's own name)
      (!COMMON_NOUN_END.test(c.surface) ||
        boundedBefore(text, c.start, '县市区') ||
        (c.surface.length >= 4 && c.surface.endsWith('集镇'))) &&
      (!COMMON_NOUN_NAME.test(c.surface) || text[c.start - 1] === '市'),
  );
  const support = buildSupport(candidates, gaz);
  const resolved = new Map<Candidate, GazPlace>();
  // 1. Towns and above: the best-supported option. Without support only a long, unique district-or-above name links.
  for (const c of candidates) {
    const opts = c.options;
    if (opts.length === 0) continue;
    const best = pickBest(opts, (p) => support(p, c.surface));
    // 赴武汉、长沙等地: a city by its bare name, as a word of its own, needs no support either
    const city = best ? null : standingCity(text, c);
    if (best) resolved.set(c, best);
    else if (city) resolved.set(c, city);
    // a name the whole country uses once (坭坝乡, 贵州省) needs no support; short ones only at a word start; one that
    // ends in a common noun (以古镇 in 以古镇保护利用为牵引, 老城区 in 推动老城区有机更新) always does
    else if (
      opts.length + c.villages === 1 &&
      hasSuffix(c.surface) &&
      c.surface.length >= 3 &&
      standsAlone(text, c) &&
      !COMMON_NOUN_END.test(c.surface) &&
      // 会同县市场监管局: with nothing else to support it, a far name whose suffix opens a body's name (县市场监管局,
      // 县委) is a word before the body (会同 "together with"), not the place
      !(/[县区市]$/.test(c.surface) && opensBody(text, c.end))
    )
      resolved.set(c, opts[0]!);
  }
  // 介休市老城区北部, 神木市城区: a district named by a common noun is one of the city written right before it, or it
  // is the word (洛阳市老城区 is a district; 介休市's old town is none, nor 昔阳县's 城区)
  for (const [c, p] of [...resolved]) {
    if (!COMMON_NOUN_NAME.test(c.surface)) continue;
    const city = [...resolved].find(([d]) => d.end === c.start)?.[1];
    if (!city || !(p.parent === city.code || gaz.ancestors(p.code).some((a) => a.code === city.code)))
      resolved.delete(c);
  }
  // 2. The document's town: the most mentioned resolved town; its district follows from the gazetteer.
  const town = mostFrequent([...resolved.values()].filter((p) => p.level === 'town'));
  const district = town
    ? (gaz.ancestors(town.code).find((p) => p.level === 'district') ?? null)
    : mostFrequent([...resolved.values()].filter((p) => p.level === 'district'));
  // An alias without its suffix (江津, 浏阳, 新建, 南川) is also a word (新建污水处理设施, 南川河), so it stays a place
  // only as the document's own district or city, a province or municipality (贵州, 重庆), or written next to a
  // place of its own hierarchy (重庆江津, 江津白沙镇); other support (江西省 somewhere in the text) is not enough.
  const home = new Set(
    town ? [town.code, ...gaz.ancestors(town.code).map((p) => p.code)] : district ? [district.code] : [],
  );
  const byEdge = new Map<number, GazPlace>();
  for (const [c, p] of resolved) if (hasSuffix(c.surface)) byEdge.set(c.start, p).set(-c.end, p);
  for (const [c, p] of [...resolved]) {
    if (hasSuffix(c.surface) || home.has(p.code) || p.level === 'province' || p.municipality) continue;
    // 落户四平 in a report of 四平路街道: the document's own town by the start of its name, not the far city
    if (town?.short.startsWith(c.surface)) {
      resolved.delete(c);
      continue;
    }
    if (standingCity(text, c) === p) continue;
    const after = byEdge.get(c.end);
    const before = byEdge.get(-c.start);
    const kin = (q: GazPlace | undefined) =>
      q !== undefined &&
      (q.parent === p.code || p.parent === q.code || gaz.ancestors(q.code).some((a) => a.code === p.code));
    if (!kin(after) && !kin(before)) resolved.delete(c);
  }
  // A town of another county is written as a word of its own (与…康庄镇, 、康庄镇): 范村镇 inside 示范村镇 is none,
  // even where the text names its province
  // …nor 临溪乡 inside “临溪乡韵” (乡韵, 乡村, 乡愁 are the words)
  for (const [c, p] of [...resolved])
    if (
      p.level === 'town' &&
      !home.has(p.code) &&
      p.parent !== district?.code &&
      (!startsWord(text, c.start) || (c.surface.endsWith('乡') && TOWNSHIP_WORD_AFTER.test(text[c.end] ?? '')))
    )
      resolved.delete(c);
  // 3. Villages and communities: only under a town the document names (the document's town first).
  const towns = new Set<string>();
  for (const p of [town, ...resolved.values()]) if (p?.level === 'town') towns.add(p.code);
  const under = new Map<string, GazPlace | null>();
  const villageUnderTowns = (name: string) => {
    if (!under.has(name)) {
      let best: GazPlace | null = null;
      for (const t of towns) {
        best = gaz.lookupWithin(name, t).find((p) => LEVEL_RANK[p.level] > LEVEL_RANK.town && p.parent === t) ?? null;
        if (best) break;
      }
      under.set(name, best);
    }
    return under.get(name)!;
  };
  for (const c of candidates) {
    if (resolved.has(c) || c.villages === 0) continue;
    const best = villageUnderTowns(c.surface);
    if (best) resolved.set(c, best);
  }
  // 白沙镇 alone, in a text that says nothing more: a real town, but which one is unknown — kept, unlinked
  const ambiguous = candidates
    .filter((c) => !resolved.has(c) && hasSuffix(c.surface) && c.surface.length >= 3)
    .filter(
      (c) =>
        c.villages === 0 &&
        c.options.length > 1 &&
        c.options.every((p) => p.level === 'town' || p.level === 'district'),
    )
    // …at a word boundary: 林城镇 inside 省级森林城镇 is no place, nor 发展乡 in 发展乡村旅游 (乡村 is the word)
    .filter((c) => c.start === 0 || /[\s，。；、：“（(]/.test(text[c.start - 1]!))
    .filter((c) => !(c.surface.endsWith('乡') && /[村镇]/.test(text[c.end] ?? '')))
    // …nor 新建镇 in 新建镇区游园 (镇区 is the word)
    .filter((c) => !(c.surface.endsWith('镇') && text[c.end] === '区'))
    .map((c) => ({
      start: c.start,
      end: c.end,
      surface: c.surface,
      name: c.surface,
      level: c.options[0]!.level,
      code: null,
      parentCode: null,
    }));
  const mentions = dropOverlaps([
    ...[...resolved].map(([c, p]) => ({
      start: c.start,
      end: c.end + villageWordAfter(text, c.end, p, c.surface),
      surface: c.surface,
      name: p.short,
      level: p.level,
      code: p.code,
      parentCode: p.parent,
    })),
    ...ambiguous,
  ]);
  return {
    mentions: [...mentions, ...unlinkedPlaces(text, mentions, town)].sort((a, b) => a.start - b.start),
    town,
    district,
  };
}

/**
 * Places the gazetteer does not know (new, renamed or merged villages) are kept, unlinked, where the text shows they
 * are places: a village or community in a list next to linked ones (复建村、新华村 → 新华村), or a town written
 * right after its district (江津区新城镇).
 */
export function unlinkedPlaces(text: string, linked: PlaceMention[], town: GazPlace | null): PlaceMention[] {
  const out: PlaceMention[] = [];
  const occupied = new Occupancy(text.length);
  for (const m of linked) occupied.mark(m.start, m.end);
  const taken = (a: number, b: number) => occupied.any(a, b);
  const byEnd = new Map(linked.map((m) => [m.end, m]));
  const byStart = new Map(linked.map((m) => [m.start, m]));
  const low = (m: PlaceMention | undefined) => m && (m.level === 'village' || m.level === 'community');
  for (const m of text.matchAll(
    /[\u4e00-\u9fff]{2,5}?(村|社区)(?=[、和及等])|(?<=、)[\u4e00-\u9fff]{2,5}?(村|社区)/g,
  )) {
    const start = m.index!;
    const end = start + m[0].length;
    if (taken(start, end) || /^(农|乡|山|全|各|该|本|行政|自然|示范|空壳)/.test(m[0])) continue;
    const neighbour =
      (text[end] === '、' && low(byStart.get(end + 1))) || (text[start - 1] === '、' && low(byEnd.get(start - 1)));
    if (!neighbour || !town) continue;
    occupied.mark(start, end);
    out.push({
      start,
      end,
      surface: m[0],
      name: m[0],
      level: m[1] === '村' || m[2] === '村' ? 'village' : 'community',
      code: null,
      parentCode: town.code,
    });
  }
  for (const d of linked.filter((x) => x.level === 'district')) {
    const m = /^[\u4e00-\u9fff]{2,4}?(镇|乡|街道)/.exec(text.slice(d.end, d.end + 6));
    if (!m || taken(d.end, d.end + m[0].length)) continue;
    // 拜城县的农业大乡, 江津区工业强镇: a description of a town, not its name
    if (/[的和与及是在等为以]/.test(m[0]) || /(大|强|名|重|主产|特色|重点|中心|古)(镇|乡)$/.test(m[0])) continue;
    // 醴陵市第四届乡村春晚: an edition's number is no town; nor is the 乡 of 乡村 or 乡镇 (醴陵市清廉乡镇)
    if (/^第|届/.test(m[0]) || /^乡[村镇]/.test(text.slice(d.end + m[0].length - 1, d.end + m[0].length + 1))) continue;
    occupied.mark(d.end, d.end + m[0].length);
    out.push({
      start: d.end,
      end: d.end + m[0].length,
      surface: m[0],
      name: m[0],
      level: 'town',
      code: null,
      parentCode: d.code,
    });
  }
  return out;
}

function hasSuffix(name: string): boolean {
  return levelOfName(name) !== null;
}

/**
 * support(p, surface) counts the other written names that confirm p: names of towns and larger units among p's
 * ancestors or descendants (江津 confirms the 白沙镇 under 江津区), and, for a town, its villages that the text
 * names (复建村, 柿子村). Village names alone never confirm a district: 复兴村 exists under hundreds of them.
 */
function buildSupport(candidates: Candidate[], gaz: Gazetteer): (p: GazPlace, surface: string) => number {
  // the names written that may be villages: a town's village is named when its short or official name is among them
  const villageNames = new Set(candidates.filter((c) => c.villages > 0).map((c) => c.surface));
  const surfacesByCode = new Map<string, Set<string>>();
  const descendantsOf = new Map<string, Set<string>>();
  const addTo = (m: Map<string, Set<string>>, code: string, s: string) => {
    let set = m.get(code);
    if (!set) m.set(code, (set = new Set()));
    set.add(s);
  };
  for (const c of candidates) {
    for (const p of c.options) {
      addTo(surfacesByCode, p.code, c.surface);
      if (LEVEL_RANK[p.level] <= LEVEL_RANK.town)
        for (const a of gaz.ancestors(p.code)) addTo(descendantsOf, a.code, c.surface);
    }
  }
  return (p, surface) => {
    const names = new Set<string>();
    for (const a of gaz.ancestors(p.code)) for (const s of surfacesByCode.get(a.code) ?? []) names.add(s);
    for (const s of descendantsOf.get(p.code) ?? []) names.add(s);
    if (p.level === 'town')
      for (const ch of gaz.children(p.code))
        if (villageNames.has(ch.short) || villageNames.has(ch.name)) names.add(ch.short);
    names.delete(surface);
    return names.size;
  };
}

function pickBest(opts: GazPlace[], score: (p: GazPlace) => number): GazPlace | null {
  let best: GazPlace | null = null;
  let bestScore = 0;
  let tie = false;
  for (const p of opts) {
    const s = score(p);
    if (s > bestScore) [best, bestScore, tie] = [p, s, false];
    else if (s === bestScore && s > 0) tie = true;
  }
  return tie ? null : best;
}

function mostFrequent(places: GazPlace[]): GazPlace | null {
  const counts = new Map<string, { p: GazPlace; n: number }>();
  for (const p of places) {
    const e = counts.get(p.code) ?? { p, n: 0 };
    e.n++;
    counts.set(p.code, e);
  }
  let best: { p: GazPlace; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.p ?? null;
}

/** A character that makes 乡 the first half of a word (乡村, 乡愁, 乡韵, 乡亲 …), not a township's suffix. */
const TOWNSHIP_WORD_AFTER = /[村愁亲土情音镇风韵贤里野间邻味]/;

/**
 * 莫村村建成…: a village named X村 (its committee X村村委会) is also written X村村; the second 村 is part of the name,
 * unless it opens a word of its own (莫村村民, 莫村村委, 莫村村级, 莫村村道).
 */
function villageWordAfter(text: string, end: number, p: GazPlace, surface: string): number {
  return p.level === 'village' &&
    surface.endsWith('村') &&
    text[end] === '村' &&
    !/[民委级干务规集两庄道容组史落口内里头貌]/.test(text[end + 1] ?? '')
    ? 1
    : 0;
}

/** Keeps the longest of overlapping mentions (兴农村, not 农村; 江津区, not 江津). */
export function dropOverlaps<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const occupied = new Occupancy(Math.max(0, ...items.map((m) => m.end)));
  const kept: T[] = [];
  for (const m of sorted) {
    if (occupied.any(m.start, m.end)) continue;
    occupied.mark(m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A bare name that is both a city and one of the town's own communities (在五金、朝阳、中和等15个社区) is the
 * community: the mention of the city there (a name without its suffix) gives way to the bare occurrence.
 */
export function ownUnitsFirst(mentions: PlaceMention[], bare: PlaceMention[]): PlaceMention[] {
  const spans = new Set(bare.map((m) => `${m.start}:${m.end}`));
  return mentions.filter((m) => hasSuffix(m.surface) || !spans.has(`${m.start}:${m.end}`));
}

/** Every occurrence of the bare name of one of the town's villages or communities (恒和 for 恒和村), unfiltered. */
export function bareOccurrences(text: string, gaz: Gazetteer, town: GazPlace | null): PlaceMention[] {
  if (!town) return [];
  const out: PlaceMention[] = [];
  for (const child of gaz.children(town.code)) {
    const bare = child.short.replace(/(村|社区|居委会)$/, '');
    if (bare.length < 2 || bare === child.short) continue;
    for (let i = text.indexOf(bare); i >= 0; i = text.indexOf(bare, i + 1))
      out.push({
        start: i,
        end: i + bare.length,
        surface: bare,
        name: child.short,
        level: child.level,
        code: child.code,
        parentCode: town.code,
      });
  }
  return out;
}

/**
 * Bare names of the town's villages and communities in lists: `红花店、松林岗、槽坊、高屋等5个社区养老服务站`,
 * `复兴、东胜污水处理站`. A bare name counts only as an item of a list whose neighbouring item is also a place;
 * on its own in running text it is a word (复兴) or part of another name (黑石山AAAA级旅游景区).
 * `bare` are the town's bare-name occurrences (bareOccurrences), `taken` the places already found.
 */
export function recognizeBarePlaces(text: string, bare: PlaceMention[], taken: PlaceMention[]): PlaceMention[] {
  const occupied = new Occupancy(text.length);
  for (const m of taken) occupied.mark(m.start, m.end);
  const found = bare.filter((m) => !occupied.any(m.start, m.end));
  const all = [...taken, ...found];
  const startsAt = new Set(all.map((m) => m.start));
  const endsAt = new Set(all.map((m) => m.end));
  return found
    .filter(
      (m) =>
        (text[m.end] === '、' && startsAt.has(m.end + 1)) || (text[m.start - 1] === '、' && endsAt.has(m.start - 1)),
    )
    .sort((a, b) => a.start - b.start);
}
