/**
 * Where a project is (LOCATED_IN) and which place has it (HAS_PROJECT, with the status its verb gives):
 *   a place named inside the project's name (兴农村臭黄荆加工厂, 东胜“银杏夜市”项目 with 东胜 = 东胜村);
 *   else villages named just before it in the same clause (完成华盖村、东胜村共计800亩魔芋示范基地建设);
 *   else the document's town. A district or city inside the name (重庆中国三峡博物馆…, 2022年江津区…项目) that
 *   contains the document's town only says where the town is.
 */
import { placeKey } from '../graph/keys.ts';
import { bareNameOf, type GazPlace } from '../link/gazetteer.ts';
import { clauseStartOf, entitiesIn, LEVEL_RANK, placesIn, type Fact, type RelationContext } from './context.ts';

/** What stands between a project and the village it is settled in: 已在, 在, 落户, 正式落户于, 选址. */
const SETTLED_IN = /^[^，。；]{0,6}?(?:在|落户|落地|入驻|选址|落户于|落地于)$/;

/** A verb that builds or brings in what follows it in its clause (…，改建为茶叶展销中心; …，引入社会资本开发…项目). */
const BUILT_BY_SUBJECT = /(建成|建设|新建|共建|开发|改建为|改建成|打造|建起|引进|引入)[^，；]{0,12}$/;

export function relateProjects(ctx: RelationContext): { facts: Fact[]; extraPlaces: GazPlace[] } {
  const facts: Fact[] = [];
  const extraPlaces: GazPlace[] = [];
  const located = new Map<string, string[]>();
  const townAncestors = new Set(ctx.town ? ctx.gazetteer.ancestors(ctx.town.code).map((p) => p.code) : []);
  const mentioned = new Set(ctx.places.map((m) => m.code));
  for (const p of ctx.entities.filter((e) => e.type === 'Project')) {
    const clauseStart = clauseStartOf(ctx, p.sentence, p.start);
    const otherProjects = entitiesIn(ctx, p.sentence).filter((e) => e.type === 'Project' && e !== p);
    // places named before it in its clause (在A村、B村建设…, 位于A村的…), not inside another project's name
    const before = placesIn(ctx, p.sentence).filter(
      (m) =>
        m.start >= clauseStart &&
        m.end <= p.start &&
        LEVEL_RANK[m.level] >= LEVEL_RANK.town &&
        !otherProjects.some((o) => o.start <= m.start && m.end <= o.end),
    );
    let villagesBefore = [...new Set(before.filter((m) => LEVEL_RANK[m.level] > LEVEL_RANK.town).map((m) => m.key))];
    // 在绸缎社区，由老厂房改造而成的城市书房…: a village the sentence opens with is where its project is
    if (!villagesBefore.length) {
      // …the village that opens the sentence's earlier clause, when a verb in its own clause builds it
      const built = BUILT_BY_SUBJECT.test(ctx.text.slice(clauseStart, p.start));
      const opening = openingVillage(ctx, p.sentence) ?? (built ? subjectVillage(ctx, p.sentence, p.start) : undefined);
      if (opening && opening.end <= p.start) {
        villagesBefore = [opening.key];
        before.push(opening);
      }
    }
    const named = placesIn(ctx, p.sentence).filter(
      (m) => m.start >= p.start && m.end <= p.end && m.code && !townAncestors.has(m.code),
    );
    const inName = [...named].sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level])[0];
    let keys: string[] = [];
    // 保丰村至三铺村产业路: a road from one village to another is put where it starts (17 gold files of 31 do so;
    // 13 give the town); one between towns belongs to the place holding both, the town
    const firstVillage = named
      .filter((m) => LEVEL_RANK[m.level] > LEVEL_RANK.town)
      .sort((a, b) => a.start - b.start)[0];
    const fromVillage = /^[^至到]*(?:村|社区)(?:至|到)/.test(p.name) ? firstVillage : undefined;
    // (俄贤至南浪旅游公路, 双泉至龙头村通村公路: a route from a place written bare is the town's too)
    const between =
      !fromVillage &&
      /(?:村|社区|镇|乡)(?:至|到)|^[\u4e00-\u9fff]{2,4}(?:至|到)[\u4e00-\u9fff]{2,}/.test(p.name) &&
      ctx.townKey;
    // a village inside the name says where it is; a town inside the name (古城镇设施农业产业园) says less than the
    // villages the clause puts it in (在许家窑村、下神峪村建设…)
    if (between) keys = [ctx.townKey!];
    else if (fromVillage) keys = [fromVillage.key];
    else if (inName) keys = LEVEL_RANK[inName.level] > LEVEL_RANK.town || !villagesBefore.length ? [inName.key] : [];
    // …项目已在顺交村落地, …分选中心落户盐龙村: a village the clause settles it in after its name
    const settled = villagesBefore.length
      ? undefined
      : placesIn(ctx, p.sentence).find(
          (m) =>
            m.start >= p.end &&
            LEVEL_RANK[m.level] > LEVEL_RANK.town &&
            SETTLED_IN.test(ctx.text.slice(p.end, m.start)),
        );
    if (!keys.length && !inName && ctx.town) {
      const bare = barePrefix(ctx, p.name, mentioned);
      // (芭蕉茶叶产业园在高拱桥村开工: named after the town, settled in one of its villages)
      if (bare && (LEVEL_RANK[bare.level] > LEVEL_RANK.town || (!villagesBefore.length && !settled))) {
        extraPlaces.push(bare);
        keys = [placeKey(bare.code, bare.short)];
      }
    }
    if (!keys.length && settled) keys = [settled.key];
    if (!keys.length) {
      keys = [...new Set(before.map((t) => t.key))];
      if (villagesBefore.length && keys.length > villagesBefore.length) keys = villagesBefore;
      // 复建村、恒和村、三口村…等五大示范村乡情陈列馆: a thing shared by a list of villages belongs to their town
      if (keys.length > 2) keys = [];
    }
    // 兴农村臭黄荆加工厂、腊肉加工厂: an item of a list takes the place of the item before it
    if (!keys.length && ctx.text[p.start - 1] === '、') {
      const prev = located.get(
        entitiesIn(ctx, p.sentence).find((e) => e.type === 'Project' && e.end === p.start - 1)?.key ?? '',
      );
      if (prev) keys = prev;
    }
    if (keys.length) located.set(p.key, keys);
    if (!keys.length && ctx.townKey) keys = [ctx.townKey];
    for (const k of keys) {
      facts.push({ type: 'LOCATED_IN', source: p.key, target: k, sentence: p.sentence, start: p.start, end: p.end });
      facts.push({
        type: 'HAS_PROJECT',
        source: k,
        target: p.key,
        sentence: p.sentence,
        start: p.start,
        end: p.end,
        status: p.status,
      });
    }
  }
  return { facts, extraPlaces };
}

/** 在A村，… / 9月，在A社区，…: the village or community a sentence opens with, as its scene. */
function openingVillage(ctx: RelationContext, sentence: number) {
  const s = ctx.sentences[sentence]!;
  const lead = /^(?:\d{1,2}月(?:份)?，?)?在/.exec(s.text);
  if (!lead) return undefined;
  const place = placesIn(ctx, sentence).find((m) => m.start === s.start + lead[0].length);
  if (!place || LEVEL_RANK[place.level] <= LEVEL_RANK.town) return undefined;
  return /^(?:里|内)?，/.test(ctx.text.slice(place.end, place.end + 2)) ? place : undefined;
}

/**
 * 茶香村盘活闲置校舍，改建为茶叶展销中心: the village that opens an earlier clause of the sentence as its subject
 * (not a list of villages, not a place after 在 or 与) is where the projects after it are.
 */
function subjectVillage(ctx: RelationContext, sentence: number, before: number) {
  const s = ctx.sentences[sentence]!;
  const subjects = placesIn(ctx, sentence).filter(
    (m) =>
      m.end <= before &&
      LEVEL_RANK[m.level] > LEVEL_RANK.town &&
      /(?:^|[，；]|^\d{1,2}月(?:份)?|^\d{4}年)$/.test(ctx.text.slice(s.start, m.start)) &&
      !/^[、和及与至到]/.test(ctx.text.slice(m.end, m.end + 1)),
  );
  const last = subjects[subjects.length - 1];
  if (!last) return undefined;
  // another village or town named between the subject and the project takes the clause over (a province in a
  // company's name, 福建凤林茶业有限公司, does not)
  const taken = placesIn(ctx, sentence).some(
    (m) => m.start >= last.end && m.end <= before && LEVEL_RANK[m.level] >= LEVEL_RANK.town,
  );
  return taken ? undefined : last;
}

/**
 * 东胜“银杏夜市”, 复兴污水处理站, 柏林水厂…: a project name that opens with the bare name of the town or of one of
 * its villages that the report names elsewhere (a village never named is more likely a mountain or a street:
 * 黑石山AAAA级旅游景区). 恒和片区 is an area named after a village, larger than it; 南川河 a river.
 */
function barePrefix(ctx: RelationContext, name: string, mentioned: Set<string | null>): GazPlace | null {
  const town = ctx.town!;
  const plain = name.replace(/^[“《]/, '');
  // (造甲南里老旧小区…: a community's bare name is often four or five characters long)
  for (const len of [5, 4, 3, 2]) {
    const head = plain.slice(0, len);
    // 恒和片区 is an area named after a village, 南川河 a river: neither is in the place it is named after (a
    // reservoir, 长槽水库, mostly is: 22 of the 34 named after a village in the fixtures' gold)
    if (/^(片区|片|区域|河|江|湖|溪|山|岭|湾|港)/.test(plain.slice(len))) continue;
    // (古墩路沿线立面整治工程: a road named after a place runs through others; 古墩路 is no place in 古墩社区)
    if (/^(路|大道|大街|街(?!道)|巷)/.test(plain.slice(len))) continue;
    // (东方市东河中学: 东方 there is the city's name, not the village 东方村's)
    if (/^(?:[市县区镇旗]|乡(?!村))/.test(plain.slice(len))) continue;
    if (bareNameOf(town.short, town.level) === head) return town;
    const hit = ctx.gazetteer.lookupBare(head, town.code).find((p) => p.parent === town.code && mentioned.has(p.code));
    if (hit) return hit;
  }
  return null;
}
