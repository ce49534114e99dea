/**
 * Words that refer to the document's own places: 该镇, 全镇, 本镇, 我镇, 我乡, 本街道 → the town; 我区, 全区 → its
 * district. 该村, 该社区, 该公司, 该合作社: the village or body the text has just named.
 * And level-prefixed bodies named without their place (区委, 镇党委, 市司法局) get the place the document implies,
 * so that 区委 of two districts' reports never merge into one node.
 */
import type { GazPlace } from './gazetteer.ts';
import type { PlaceMention } from '../recognize/places.ts';
import type { EntityMention } from '../recognize/types.ts';

const TOWN_REF = /(该镇|全镇|本镇|我镇|该乡|全乡|本乡|我乡(?!村)|该街道|本街道|我街道|全街道)/g;
const DISTRICT_REF = /(我区|全区|我县|全县)/g;
const STREET_AS_PARTY =
  /(?<=[由与和同跟])街道(?=[与和同联共签])|(?<=^|[，。；])街道(?=与|同|和[\u4e00-\u9fff]{2,12}?(?:共同|联合))/gm;

export function findPlaceReferences(text: string, town: GazPlace | null, district: GazPlace | null): PlaceMention[] {
  const out: PlaceMention[] = [];
  const add = (re: RegExp, p: GazPlace | null) => {
    if (!p) return;
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      out.push({
        start,
        end: start + m[0].length,
        surface: m[0],
        name: p.short,
        level: p.level,
        code: p.code,
        parentCode: p.parent,
      });
    }
  };
  add(TOWN_REF, town);
  // 区应急管理局与街道联合开展…, 由街道和区商务局共同举办: a street office's report calls its street 街道 when it is a
  // party beside another
  if (town?.short.endsWith('街道')) add(STREET_AS_PARTY, town);
  add(DISTRICT_REF, district);
  return out;
}

/**
 * 该村, 该社区, and 村里 (村里建成…, 帮助村里建起…; not 乡村里, nor 村里的人 meaning villagers): a village or community
 * the text has just named.
 */
const VILLAGE_REF = /该(村|社区)(?![委民])|(?<=^|[^\u4e00-\u9fff]|帮助|在|为|让|给)(村)里(?![\u4e00-\u9fff]?[的人])/g;
/** How far back (in characters, within the paragraph) 该村 or 该公司 looks for what it means. */
const REFERENCE_REACH = 300;

/**
 * …北蒲洲营村的设施农业… 科技小院在该村挂牌, 四季村…。该村入选…: 该村 is the village (该社区 the community) last
 * named before it in the same paragraph, not far back; with none, it names no place.
 */
export function findVillageReferences(text: string, places: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(VILLAGE_REF)) {
    const at = m.index!;
    const level = (m[1] ?? m[2]) === '村' ? 'village' : 'community';
    let last: PlaceMention | undefined;
    for (const p of places)
      if (p.level === level && p.code && p.end <= at && at - p.end <= REFERENCE_REACH && (!last || p.end > last.end))
        last = p;
    if (!last || text.slice(last.end, at).includes('\n')) continue;
    out.push({ ...last, start: at, end: at + m[0].length, surface: m[0] });
  }
  return out;
}

/** 该公司, 该企业, 该合作社, 该协会, 该村党支部 …, and the kinds of body each may point back to. */
const BODY_REF = /该(公司|企业|合作社|协会|村党支部|村党总支|社区党委|社区党支部)/g;
const BODY_KIND: Record<string, RegExp> = {
  公司: /公司$/,
  企业: /(?:公司|集团|企业|厂)$/,
  合作社: /合作社$/,
  协会: /协会$/,
  // 板桥村党支部书记…，该村党支部被评为…: the village's party branch just named
  村党支部: /村党支部$/,
  村党总支: /村党总支$/,
  社区党委: /社区党委$/,
  社区党支部: /社区党支部$/,
};

/**
 * …宁波甬安文旅发展有限公司看中了这里…，街道与该公司举行…签约仪式: 该公司 is the body of that kind last named before
 * it in the same paragraph (as near as 该村 looks); with none, it names nothing.
 */
export function findBodyReferences(
  text: string,
  bodies: EntityMention[],
  sentenceAt: (at: number) => number,
): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of text.matchAll(BODY_REF)) {
    const at = m.index!;
    const kind = BODY_KIND[m[1]!]!;
    let last: EntityMention | undefined;
    for (const b of bodies)
      if (b.end <= at && at - b.end <= REFERENCE_REACH && kind.test(b.name) && (!last || b.end > last.end)) last = b;
    if (!last || text.slice(last.end, at).includes('\n')) continue;
    out.push({ ...last, start: at, end: at + m[0].length, sentence: sentenceAt(at) });
  }
  return out;
}

export interface PlaceScope {
  town: GazPlace | null;
  district: GazPlace | null;
  city: GazPlace | null;
  province: GazPlace | null;
}

/**
 * 区委 → 江津区委, 镇党委 → 柏林镇党委, 旗委 → 克什克腾旗委, 市司法局 → 重庆市司法局, and under a county-level city
 * 市委 → 浏阳市委 (县委 → 凤县县委 under a county of one character); other names unchanged.
 */
export function qualifyBodyName(name: string, scope: PlaceScope): string {
  const m = /^(镇|乡|街道|苏木|区|县|旗|市|盟|省)(?=[\u4e00-\u9fff])/.exec(name);
  if (!m) return name;
  const level = m[1]!;
  const place =
    level === '镇' || level === '乡' || level === '街道' || level === '苏木'
      ? scope.town
      : level === '区' || level === '县' || level === '旗'
        ? scope.district
        : level === '市' || level === '盟'
          ? // a county-level city (浏阳市) is the 市 a town's report means by 市委, before the prefecture above it
            scope.district?.short.endsWith('市')
            ? scope.district
            : scope.city
          : scope.province;
  if (!place || !place.short.endsWith(level)) return name;
  // 石柱土家族自治县 → 石柱县委: an autonomous county's bodies go by its place name and level
  const short = place.short.replace(
    /^([\u4e00-\u9fff]{2}?)[\u4e00-\u9fff]*?族(?:[\u4e00-\u9fff]*?族)*自治(县|旗)$/,
    '$1$2',
  );
  // 凤县: a county of one character keeps its level word before its bodies' own (凤县县委, not 凤县委)
  return short.length === 2 && /^[县区旗]$/.test(level) ? `${short}${name}` : `${short}${name.slice(level.length)}`;
}

/**
 * The names of bodies found by their level word (市人民政府, 镇党委): the body of the place written right before it,
 * whose last character that word is (株洲市人民政府: its span then opens with the place); written alone (区委, 镇党委,
 * 该镇党委), the body of the document's own place, named in full in `fullName` (qualifyBodyName).
 */
export function nameBodies(
  bodies: { start: number; name: string; fullName?: string }[],
  places: PlaceMention[],
  text: string,
  scope: PlaceScope,
): void {
  const endingAt = new Map(places.map((p) => [p.end, p]));
  for (const body of bodies) {
    const owner = endingAt.get(body.start + 1);
    // (not 该镇党委: a word referring to the town names no place of its own)
    if (
      owner &&
      owner.start < body.start &&
      text[body.start] === owner.surface.at(-1) &&
      !/^[该全本我]/.test(owner.surface)
    ) {
      body.name = text.slice(owner.start, body.start) + body.name;
      body.start = owner.start;
    } else {
      // 区委 stays 区委, as the report writes it; 江津区委 is who it is
      const full = qualifyBodyName(body.name, scope);
      if (full !== body.name) body.fullName = full;
    }
  }
}
