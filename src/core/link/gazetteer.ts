/**
 * The official gazetteer as the linker sees it: an interface (loaded by src/adapters/gazetteer) and the pure naming
 * rules that turn an official division name (复建村村民委员会) into the names people write (复建村, 复建).
 *
 * Codes are always 12 digits (50 → 500000000000). Municipalities (北京/天津/上海/重庆) are one place of level 'city'
 * with no parent; the dataset's pseudo levels (市辖区, 县, 省直辖县级行政区划) are skipped.
 *
 * The cached index bakes these rules in: after changing one, bump INDEX_FORMAT_VERSION in
 * src/adapters/gazetteer/index-format.ts so every machine rebuilds its cache.
 */
import type { PlaceLevel } from '../graph/schema.ts';

export type { PlaceLevel };

export interface GazPlace {
  /** 12-digit official code. */
  code: string;
  /** Official name, e.g. 复建村村民委员会. */
  name: string;
  /** The name people write: 复建村, 槽坊社区, 白沙镇, 江津区, 重庆市. */
  short: string;
  level: PlaceLevel;
  /** 12-digit code of the parent, null for provinces and municipalities. */
  parent: string | null;
  /** Set on 北京市/天津市/上海市/重庆市: a city of provincial rank. */
  municipality?: true;
}

export interface Gazetteer {
  byCode(code: string): GazPlace | undefined;
  /** Exact match on short name, official name or alias (江津, 遵义, 广西, 复建村); [] if none. */
  lookup(name: string): GazPlace[];
  /**
   * `lookup` restricted to places strictly below `withinCode` (复建村 within 江津区). Prefer it when the context is
   * known: common names (新村, 东风村) have hundreds of places, and this filters before making any of them.
   */
  lookupWithin(name: string, withinCode: string): GazPlace[];
  /**
   * Places below `withinCode` whose short name minus its suffix equals `name` (槽坊 → 槽坊社区, 复兴 → 复兴村,
   * 白沙 → 白沙镇). Only valid in context, hence not part of `lookup`.
   */
  lookupBare(name: string, withinCode: string): GazPlace[];
  children(code: string): GazPlace[];
  /** Parent first, up to the province (or municipality). */
  ancestors(code: string): GazPlace[];
  /**
   * `lookup` split at the town level: the towns and larger units, and only the number of villages and communities.
   * Common village names (新华村, 东风村) name hundreds of villages; a text scan must not make them all.
   */
  lookupTowns(name: string): { places: GazPlace[]; villages: number };
  /** Fast membership test on the keys of `lookup`, used while scanning text. */
  hasName(name: string): boolean;
  /** `hasName(text.slice(start, end))` without making the string: the scanner probes every few characters. */
  hasNameIn(text: string, start: number, end: number): boolean;
  readonly size: number;
}

/** Names the dataset uses for levels that do not exist in practice (their children hang off the level above). */
const PSEUDO_DIVISIONS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export function isPseudoDivision(name: string): boolean {
  return PSEUDO_DIVISIONS.has(name);
}

/** Pads a 2/4/6/9/12-digit division code to 12 digits. */
export function toCode12(code: string): string {
  return code.padEnd(12, '0');
}

// Order matters: 社区 before 区, 地区 before 区, 自治区 before 区, 村委会 before 会.
const LEVEL_SUFFIXES: [RegExp, PlaceLevel][] = [
  [/(?:社区|居委会|居民委员会)$/, 'community'],
  [/(?:村|村委会|村民委员会|嘎查)$/, 'village'],
  [/(?:镇|乡|街道|街道办事处|苏木)$/, 'town'],
  [/(?:省|自治区)$/, 'province'],
  [/(?:市|州|盟|地区)$/, 'city'],
  [/(?:区|县|旗)$/, 'district'],
];

/** The level a name's suffix suggests ('复建村' → village, '槽坊社区' → community), or null when it says nothing. */
export function levelOfName(name: string): PlaceLevel | null {
  for (const [re, level] of LEVEL_SUFFIXES) if (re.test(name)) return level;
  return null;
}

/** Trailing notes the dataset adds in brackets: 周家村委会（德惠经济开发区）（省级）. */
function stripNotes(name: string): string {
  return name.replace(/(?:[（(][^（()）]*[)）])+$/, '') || name;
}

// (the dataset's slips are names too: 居民委会, 村民委会, 宝聚源嘎查委会)
const COMMUNITY_RE = /^(.+?)(?:村民委员会|村委会|居民委员会|居民委会|居委会|委员会)$/;
/** 复建村村民委员会, 竺家村委会, and the herders' 边麻村牧民委员会 of 青海 and 西藏, 宝力格嘎查委员会. */
const VILLAGE_RE = /^(.+?)(?:村民委员会|牧民委员会|村民员委会|村民委会|村委会|牧委会|委员会|(?<=嘎查)委会)$/;

/**
 * Village-level rows are communities (居委会, 社区) or villages (村委会, 嘎查, 生产队 …). A village committee named as
 * a community (大塘社区村民委员会, 2,086 rows) is the community people write (大塘社区).
 */
export function villageLevelOf(officialName: string): 'village' | 'community' {
  const name = stripNotes(officialName);
  return /(?:社区|居委会|居民委员会|居民委会|社区委员会|社区村民委员会|社区村委会)$/.test(name)
    ? 'community'
    : 'village';
}

/**
 * The name people write for an official name: 复建村村民委员会 → 复建村, 乜庄村民委员会 → 乜庄村,
 * 槽坊社区居民委员会 → 槽坊社区, 百合苑居委会 → 百合苑社区; other levels keep their name (白沙镇, 江津区).
 */
export function shortNameOf(officialName: string, level: PlaceLevel): string {
  const name = stripNotes(officialName);
  if (level === 'community') {
    const m = COMMUNITY_RE.exec(name);
    if (!m) return name;
    // (大尧居居民委员会 is 大尧居: Hainan's neighbourhoods, 94 of the 116 rows named …居居民委员会, go by their 居)
    return m[1]!.endsWith('社区') || /^.{2,}居$/.test(m[1]!) ? m[1]! : `${m[1]}社区`;
  }
  if (level === 'village') {
    const m = VILLAGE_RE.exec(name);
    if (!m) return name;
    return /(?:村|嘎查)$/.test(m[1]!) ? m[1]! : `${m[1]}村`;
  }
  return name;
}

/**
 * The short name behind a committee-style or annotated name people may also write: 复建村委会 → 复建村,
 * 复建村村民委员会 → 复建村, 槽坊居委会 → 槽坊社区, 白山社区（白河） → 白山社区; null for any other name. The
 * gazetteer resolves these forms through the short name instead of storing every official spelling.
 */
export function committeeShortOf(name: string): string | null {
  if (!/(?:委员会|委会|[)）])$/.test(name)) return null;
  const short = shortNameOf(name, villageLevelOf(name));
  return short !== name ? short : null;
}

// The 55 minority nationalities, as they appear inside autonomous-area names (黔东南苗族侗族自治州).
const ETHNIC_NAMES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|' +
  '柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|' +
  '塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';

/** An ethnic township's name: its place name, the nationalities, 乡 or 镇 (金沙 · 傈僳族 · 乡). */
const ETHNIC_TOWN_RE = new RegExp(`^(.{2,4}?)(?:(?:${ETHNIC_NAMES})族)+(乡|镇)$`);

const BARE_SUFFIX: Partial<Record<PlaceLevel, RegExp>> = {
  community: /(?:社区|居委会)$/,
  village: /(?:村|嘎查)$/,
  // 芭蕉侗族乡 → 芭蕉: an ethnic township goes by its place name too
  town: new RegExp(`(?:(?:${ETHNIC_NAMES})族)*(?:镇|乡|街道|苏木)$`),
};

/** A short name minus its level suffix (槽坊社区 → 槽坊, 复兴村 → 复兴, 白沙镇 → 白沙), null if under 2 characters. */
export function bareNameOf(short: string, level: PlaceLevel): string | null {
  const re = BARE_SUFFIX[level];
  if (!re) return null;
  const bare = short.replace(re, '');
  return bare !== short && bare.length >= 2 ? bare : null;
}

// 族 is optional: 伊犁哈萨克自治州, 巴音郭楞蒙古自治州 name the nationality without it.
const AUTONOMOUS_RE = new RegExp(`^(.{2,4}?)(?:(?:${ETHNIC_NAMES})族?)+自治([州县旗])$`);
const PROVINCE_RE = /^(.{2,}?)(?:壮族|回族|维吾尔)?(?:省|市|自治区|特别行政区)$/;

/**
 * Informal names for provinces, cities and districts (贵州省 → 贵州, 广西壮族自治区 → 广西, 遵义市 → 遵义,
 * 江津区 → 江津, 黔东南苗族侗族自治州 → 黔东南, 黔东南州), and a 嘎查村 by its 嘎查. The caller drops candidates that are
 * another place's own name.
 */
export function aliasCandidatesOf(short: string, level: PlaceLevel, municipality = false): string[] {
  // 巴音希利嘎查村委员会 (26 rows) is the 嘎查 people write: 巴音希利嘎查
  if (level === 'village') return /^.{2,}嘎查村$/.test(short) ? [short.slice(0, -1)] : [];
  // 金沙傈僳族乡 is written 金沙乡 too (918 ethnic townships)
  if (level === 'town') {
    const m = ETHNIC_TOWN_RE.exec(short);
    return m ? [`${m[1]}${m[2]}`] : [];
  }
  if (level === 'province' || municipality) {
    const m = PROVINCE_RE.exec(short);
    return m ? [m[1]!] : [];
  }
  if (level !== 'city' && level !== 'district') return [];
  const auto = AUTONOMOUS_RE.exec(short);
  if (auto) return [auto[1]!, `${auto[1]}${auto[2]}`];
  // 浦东新区 → 浦东; 长春经济技术开发区, 乌拉盖管理区 keep their name (what remains is no name).
  if (/(?:开发区|管理区|园区|试验区|示范区|风景区|林区|矿区)$/.test(short)) return [];
  // At most 4 characters remain of a real place name (乌鲁木齐市); longer ones are zones (吉林中国新加坡食品区).
  const m = /^(.{2,4}?)(?:新区|地区|市|区|县)$/.exec(short);
  return m ? [m[1]!] : [];
}

/** A gazetteer row before the naming rules apply. */
export interface DivisionRecord {
  code: string;
  name: string;
  level: PlaceLevel;
  parent: string | null;
  municipality?: true;
}

const PLACEHOLDER = /^(虚拟|第[一二三四五六七八九十百\d]+)/;

/**
 * The name a village-level row goes by in its town. Some counties' rows repeat their county and town before it
 * (栾川县潭头镇汤营村村民委员会 under 栾川县 and 潭头镇): what the report writes is 汤营村.
 */
export function localNameOf(name: string, level: PlaceLevel, ancestors: readonly string[]): string {
  if (level !== 'village' && level !== 'community') return name;
  let rest = name;
  for (let cut = true; cut;) {
    cut = false;
    for (const a of ancestors)
      // what remains must still be a name of its own (two characters and a suffix at least; not a farm's
      // 虚拟社区 or 第六生产队, which only their unit's name tells apart)
      if (a && rest.startsWith(a) && rest.length - a.length >= 3 && !PLACEHOLDER.test(rest.slice(a.length)))
        [rest, cut] = [rest.slice(a.length), true];
  }
  return rest;
}

/** Applies the naming rules to one row; `ancestors` are the official names of the units above it. */
export function toGazPlace(rec: DivisionRecord, ancestors: readonly string[] = []): GazPlace {
  const place: GazPlace = {
    code: rec.code,
    name: rec.name,
    short: shortNameOf(localNameOf(rec.name, rec.level, ancestors), rec.level),
    level: rec.level,
    parent: rec.parent,
  };
  if (rec.municipality) place.municipality = true;
  return place;
}
