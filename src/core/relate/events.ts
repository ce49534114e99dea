/**
 * HOSTED: host → event, for events someone held (举办, 承办, 开展 …): the explicit host (协助嘉悦农场开展…),
 * else the subject before the verb, else the document's town. Epidemics, floods, events a place only took part in
 * (在全市“晒文化·晒风景”活动中亮相) and the sessions of a people's congress (the congress's own meeting) have no host.
 */
import { bareNameOf } from '../link/gazetteer.ts';
import { CONGRESS_SESSION, DISASTER_WORD } from '../recognize/events.ts';
import { lastStartingAt } from '../recognize/spans.ts';
import { entitiesIn, LEVEL_RANK, placesIn, subjectBefore, type Fact, type RelationContext } from './context.ts';

/**
 * The body or place at a host span: the one written there (协助东胜嘉悦农场开展…), or, where the span only marks where
 * an event's name opens, the first word of it (区委 in 区委十四届五次全会, 浦口镇 in 浦口镇第三届党代会第二次会议).
 */
function hostAt(ctx: RelationContext, sentence: number, at: { start: number; end: number }): string | undefined {
  const bodies = [...entitiesIn(ctx, sentence).filter((o) => o.type === 'Organization'), ...placesIn(ctx, sentence)];
  // (a span that only knows where the host ends, …服务中心主办的: the longest body ending there)
  if (at.end > at.start)
    return (
      bodies.find((m) => m.start === at.start && m.end === at.end) ??
      bodies.filter((m) => m.end === at.end && m.start >= at.start).sort((a, b) => a.start - b.start)[0]
    )?.key;
  // 镇十八届人大二次会议: a session named by the town's level word alone is the town's own
  const own = /^(镇|乡|街道)/.test(ctx.text.slice(at.start, at.start + 2)) ? ctx.townKey : null;
  return lastOfChain(bodies, at.start)?.key ?? own ?? undefined;
}

/**
 * 简阳市青龙镇第二届党代会…: the places (or bodies) an event's name opens with at `at` narrow down to the one that
 * holds it, the last of them (each the shortest word there, so 区委 and not a longer name that runs on into the event's).
 */
function lastOfChain<M extends { start: number; end: number }>(mentions: M[], at: number): M | undefined {
  let last: M | undefined;
  for (let pos = at; ;) {
    const next = mentions.filter((m) => m.start === pos).sort((a, b) => a.end - b.end)[0];
    if (!next) return last;
    last = next;
    pos = next.end;
  }
}

export function relateEvents(ctx: RelationContext): Fact[] {
  const facts: Fact[] = [];
  const events = ctx.entities.filter((e) => e.type === 'Event' && !CONGRESS_SESSION.test(e.name));
  // 第三届浦口春茶开采节在保丰村开幕: a festival that bears the town's name and opens in it is the town's own
  const bare = ctx.town ? bareNameOf(ctx.town.short, ctx.town.level) : null;
  for (const e of events) {
    if (e.hostAt || e.verbAt !== undefined) continue;
    let host: string | undefined;
    if (bare && ctx.townKey && e.namedBeforeVerb && e.name.includes(bare)) host = ctx.townKey;
    // 中峰镇第三届茶旅文化节吸引…, 王各庄村“村BA”篮球邀请赛吸引…: an event that no one is said to hold is held by the
    // town, village or community its name opens with (a city's or a county's event, 重庆市农产品博览会, 全县农民运动会,
    // is mostly only attended: their hosts in the fixtures' gold are the report's town or no one); a flood or an
    // outbreak is no one's
    else if (!DISASTER_WORD.test(e.name)) {
      // (江津区柏林镇第三届…节: the last of the places the name opens with, after its year)
      const at = e.start + (/^\d{4}年(?:度)?/.exec(e.name)?.[0].length ?? 0);
      const place = lastOfChain(placesIn(ctx, e.sentence), at);
      if (place && LEVEL_RANK[place.level] >= LEVEL_RANK.town) host = place.key;
    }
    if (host)
      facts.push({ type: 'HOSTED', source: host, target: e.key, sentence: e.sentence, start: e.start, end: e.end });
  }
  for (const e of events.filter((x) => x.verbAt !== undefined)) {
    let host: string | null | undefined;
    // (the host may be named in the sentence after the event's: 本届会船节由…主办)
    if (e.hostAt) host = hostAt(ctx, lastStartingAt(ctx.sentences, e.hostAt.start), e.hostAt);
    host ??= subjectBefore(ctx, e.sentence, e.verbAt!, [e]) ?? ctx.townKey;
    if (!host) continue;
    facts.push({
      type: 'HOSTED',
      source: host,
      target: e.key,
      sentence: e.sentence,
      start: Math.min(e.verbAt!, e.start),
      end: e.end,
    });
  }
  return facts;
}
