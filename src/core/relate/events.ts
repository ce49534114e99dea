/**
 * HOSTED: host → event, for events someone held (举办, 承办, 开展 …): the explicit host (协助嘉悦农场开展…),
 * else the subject before the verb, else the document's town. Epidemics, floods and events a place only took part
 * in (在全市“晒文化·晒风景”活动中亮相) have no host.
 */
import { entitiesIn, placesIn, subjectBefore, type Fact, type RelationContext } from './context.ts';

export function relateEvents(ctx: RelationContext): Fact[] {
  const facts: Fact[] = [];
  for (const e of ctx.entities.filter((x) => x.type === 'Event' && x.verbAt !== undefined)) {
    let host: string | null | undefined;
    // the body a session's name opens with holds it; a congress's own session is its place's (浦口镇第十八届人民代表大会…)
    if (e.hostAt)
      host =
        entitiesIn(ctx, e.sentence).find(
          (o) => o.type === 'Organization' && o.start === e.hostAt!.start && !/人民代表大会$/.test(o.name),
        )?.key ?? placesIn(ctx, e.sentence).find((p) => p.start === e.hostAt!.start)?.key;
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
