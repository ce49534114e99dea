/** What relation extraction sees: the document's sentences and its keyed mentions (clean-text offsets). */
import type { EdgeType, ProjectStatus } from '../graph/schema.ts';
import { lastStartingAt } from '../recognize/spans.ts';
import type { GazPlace, Gazetteer } from '../link/gazetteer.ts';
import type { OutcomeMention } from '../recognize/outcomes.ts';
import type { PlaceMention } from '../recognize/places.ts';
import type { EntityMention } from '../recognize/types.ts';
import type { Sentence } from '../segment/segment.ts';

export type Keyed<T> = T & { key: string };

export interface RelationContext {
  text: string;
  sentences: Sentence[];
  places: Keyed<PlaceMention>[];
  entities: Keyed<EntityMention>[];
  outcomes: Keyed<OutcomeMention>[];
  town: GazPlace | null;
  townKey: string | null;
  year: number | null;
  gazetteer: Gazetteer;
}

/** One relation found in one sentence; start/end span the words that state it. */
export interface Fact {
  type: EdgeType;
  source: string;
  target: string;
  sentence: number;
  start: number;
  end: number;
  status?: ProjectStatus;
  year?: number | null;
  rank?: number;
}

interface SentenceIndex {
  places: Map<number, Keyed<PlaceMention>[]>;
  entities: Map<number, Keyed<EntityMention>[]>;
}
const indexes = new WeakMap<RelationContext, SentenceIndex>();

/** Mentions grouped by sentence, built once per document: relations look within a sentence, never across all. */
function sentenceIndex(ctx: RelationContext): SentenceIndex {
  let ix = indexes.get(ctx);
  if (ix) return ix;
  ix = { places: new Map(), entities: new Map() };
  for (const p of ctx.places) push(ix.places, lastStartingAt(ctx.sentences, p.start), p);
  for (const e of ctx.entities) push(ix.entities, e.sentence, e);
  indexes.set(ctx, ix);
  return ix;
}

function push<T>(m: Map<number, T[]>, k: number, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function placesIn(ctx: RelationContext, sentence: number): Keyed<PlaceMention>[] {
  return sentenceIndex(ctx).places.get(sentence) ?? [];
}

export function entitiesIn(ctx: RelationContext, sentence: number): Keyed<EntityMention>[] {
  return sentenceIndex(ctx).entities.get(sentence) ?? [];
}

/** Start of the clause holding `at`, searched within its sentence only (never back through the whole text). */
export function clauseStartOf(ctx: RelationContext, sentence: number, at: number): number {
  const s = ctx.sentences[sentence]!;
  const before = ctx.text.slice(s.start, at);
  return s.start + Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'), before.lastIndexOf('。')) + 1;
}

export const LEVEL_RANK = { province: 0, city: 1, district: 2, town: 3, village: 4, community: 4 } as const;

/** Mentions of places and organisations inside one sentence, in text order. */
export function actorsIn(
  ctx: RelationContext,
  sentence: number,
): Keyed<{ start: number; end: number; kind: 'place' | 'org'; level?: string }>[] {
  const s = ctx.sentences[sentence]!;
  const inside = (m: { start: number; end: number }) => m.start >= s.start && m.end <= s.end;
  // a place inside a name (重庆 in 重庆影视城, 江津区 in 江津区委) is part of that name, not an actor
  const named = entitiesIn(ctx, sentence).filter((e) => e.type !== 'Program' && inside(e));
  const partOfName = (p: { start: number; end: number }) => named.some((e) => e.start <= p.start && p.end <= e.end);
  return [
    ...placesIn(ctx, sentence)
      .filter((p) => inside(p) && !partOfName(p))
      .map((p) => ({ key: p.key, start: p.start, end: p.end, kind: 'place' as const, level: p.level })),
    ...entitiesIn(ctx, sentence)
      .filter((e) => e.type === 'Organization' && inside(e))
      .map((e) =>
        ctx.townKey && townGovernment(ctx, e)
          ? { key: ctx.townKey, start: e.start, end: e.end, kind: 'place' as const, level: 'town' }
          : { key: e.key, start: e.start, end: e.end, kind: 'org' as const },
      ),
  ].sort((a, b) => a.start - b.start);
}

/**
 * 镇政府与某公司签订…, 由镇政府主办: the town's government written short acts for the town, and the town is the party
 * (a government written in full, 浦口镇人民政府, is the body itself).
 */
function townGovernment(ctx: RelationContext, e: { start: number; end: number }): boolean {
  const written = ctx.text.slice(e.start, e.end);
  return /^(?:镇|乡)政府$/.test(written) || (!!ctx.town && written === `${ctx.town.short}政府`);
}

/** 在集体村，…: a place the sentence opens on as its scene (after a date, if any). */
function isScene(ctx: RelationContext, sentenceStart: number, a: { start: number; end: number }): boolean {
  return /^(?:\d{1,2}月(?:份)?，?)?在$/.test(ctx.text.slice(sentenceStart, a.start)) && ctx.text[a.end] === '，';
}

/** 该合作社, 这家公司, 纪念馆: a kind written alone at a clause's start, for the one of that kind named before it. */
const KIND_AT_START = /^(?:该|这家|这个|这座|这所)?(合作社|公司|企业|协会|学校|纪念馆|博物馆|陈列馆)/;
/** How many sentences back a kind written alone may point (see subjectBefore). */
const KIND_LOOKBACK = 3;

/**
 * The subject of a verb: the first place or organisation of the sentence before the verb (白沙镇荣膺…, 该镇党委…举办…),
 * skipping one that only introduces a comparison (作为重庆唯一上榜的特色小镇). Null when a person is the subject.
 */
export function subjectBefore(
  ctx: RelationContext,
  sentence: number,
  verbAt: number,
  exclude: { start: number; end: number }[] = [],
  /** Receives the other members when the subject is a list (A、B获评…). */
  list?: string[],
): string | null | undefined {
  const s = ctx.sentences[sentence]!;
  const before = ctx.text.slice(s.start, verbAt);
  if (
    /(干部|同志|个人|教师|医生|党员|村民|群众|学生|老人|书记|主任|队长|队员|职工|代表|\d+名[\u4e00-\u9fff]{0,4})[\u4e00-\u9fff]{0,2}$/.test(
      before,
    )
  )
    return null;
  const actors = actorsIn(ctx, sentence).filter((a) => {
    if (a.end > verbAt || exclude.some((x) => a.start < x.end && x.start < a.end)) return false;
    // what the sentence says before the actor, read once for the tests below
    const lead = ctx.text.slice(s.start, a.start);
    return (
      !/作为[^，]*$/.test(lead) &&
      // 在全县年度考核中获评…: the place framing the contest is not who won
      !(/在[^，；]*$/.test(lead) && /中[^，；]*$/.test(ctx.text.slice(a.end, verbAt))) &&
      // 镇里在保丰村举办…: the place after 在 is where it happens, not who does it
      // (…节在棠口村开幕，举办…: nor in a later clause, where the village is still only where it all takes place)
      // (在集体村，村集体与…合作: a village set as the sentence's scene speaks for what happens in it)
      !(/在$/.test(lead) && !isScene(ctx, s.start, a)) &&
      // 街道名列全区…第一位，获评…: the ranking's scope, the object of the verb before it, is no subject
      !/(?:名列|位列|位居|排名|跻身)$/.test(lead) &&
      // 与构林镇签订…协议，与薛集镇共建…: the party after 与 that opens a clause is who the subject works with
      !/(?:^|[，；：])(?:还|并|先后|分别|积极|主动)?[与同跟][^，；]*$/.test(lead) &&
      // 镇里还联合区人社局举办…: the body joined in is a partner, not who acts
      !/(?:联合|会同|协同|携手)$/.test(lead) &&
      // 街道…被区委、区政府评为…: who awards is no subject
      !/被[^，；]*$/.test(lead)
    );
  });
  // 江津区新城镇举办…: in a written chain the last, most specific place is the subject
  const chainEnds = new Set(actors.map((a) => a.start));
  actors.splice(0, actors.length, ...actors.filter((a) => !chainEnds.has(a.end)));
  // the verb's own clause first (…称号，余村入选“…” → 余村), else the sentence's subject
  const clauseStart = s.start + Math.max(before.lastIndexOf('，'), before.lastIndexOf('；')) + 1;
  // 和安村鲜食玉米专业合作社建成…，合作社入选“…”: a kind written alone at its clause's start is the one of that kind
  // the sentence named before
  const kind = KIND_AT_START.exec(ctx.text.slice(clauseStart, verbAt))?.[1];
  if (kind && clauseStart > s.start) {
    const named = actors.filter(
      (a) => a.kind === 'org' && a.end < clauseStart && ctx.text.slice(a.start, a.end).endsWith(kind),
    );
    if (named.length > 0) return named[named.length - 1]!.key;
  }
  // …游鱼茶叶专业合作社统一收购鲜叶…。这家合作社今年被评为…, …李硕勋纪念馆接待…；纪念馆被命名为…: a kind that opens
  // the sentence (its first clause, or the one after a time: 年底，该合作社…) is the last one of that kind named in
  // the paragraph's sentences before (up to three back: a quoted word of its head may come in between)
  const opensSentence = clauseStart === s.start || !actors.some((a) => a.end <= clauseStart);
  for (let back = 1; kind && opensSentence && back <= KIND_LOOKBACK; back++) {
    const previous = ctx.sentences[sentence - back];
    if (!previous || previous.paragraph !== s.paragraph) break;
    const earlier = [
      ...actorsIn(ctx, sentence - back).filter((a) => a.kind === 'org'),
      ...entitiesIn(ctx, sentence - back).filter((e) => e.type === 'Project'),
    ]
      .filter((a) => ctx.text.slice(a.start, a.end).endsWith(kind))
      .sort((a, b) => a.end - b.end);
    if (earlier.length > 0) return earlier[earlier.length - 1]!.key;
  }
  // (兰州市发生疫情，全镇迅速进入战时状态，与…建立联防机制: a clause that opens with an actor takes over as the
  // subject of the clauses after it, which write none)
  const opening = actors.filter((a) => a.start > s.start && /[，；]$/.test(ctx.text.slice(a.start - 1, a.start)));
  let subject = actors.find((a) => a.start >= clauseStart) ?? opening[opening.length - 1] ?? actors[0];
  if (!subject) return undefined;
  // 地处天津市北辰区西部的青光镇入选…: a place that only describes the subject (…的) is not it
  for (let next = actors.indexOf(subject) + 1; next < actors.length; next++) {
    if (!/^[^，；、和与及]{0,8}的$/.test(ctx.text.slice(subject.end, actors[next]!.start))) break;
    subject = actors[next]!;
  }
  // 沙滘社区、大墩村获评…: a list of actors is one subject of several members
  if (list) {
    const at = actors.indexOf(subject);
    let last = at;
    while (last + 1 < actors.length && /^[、和及与]$/.test(ctx.text.slice(actors[last]!.end, actors[last + 1]!.start)))
      last++;
    for (const a of actors.slice(at + 1, last + 1)) if (!list.includes(a.key)) list.push(a.key);
  }
  return subject.key;
}
