/**
 * Within one report, one entity is one name. A shorter name that is the end of a longer one of the same type, the
 * rest being a place (嘉悦农场 · 东胜嘉悦农场, 党委 · 柏林镇党委), is the same entity: it takes the longer name.
 */
import type { PlaceMention } from '../recognize/places.ts';
import type { EntityMention } from '../recognize/types.ts';
import { normalizeName } from '../graph/keys.ts';

export function mergeAliases(ms: EntityMention[], places: PlaceMention[]): EntityMention[] {
  const placeWords = new Set(places.flatMap((p) => [p.surface, p.name]));
  const byType = new Map<string, Set<string>>();
  for (const m of ms) {
    let set = byType.get(m.type);
    if (!set) byType.set(m.type, (set = new Set()));
    set.add(m.name);
  }
  const canonical = new Map<string, string>();
  for (const [type, names] of byType) {
    const list = [...names].sort((a, b) => b.length - a.length);
    for (const short of list) {
      const n = normalizeName(short);
      if (n.length < 3) continue;
      const long = list.find((l) => l.length > short.length && normalizeName(l).endsWith(n) && placeWords.has(normalizeName(l).slice(0, -n.length)));
      if (long) canonical.set(`${type}:${short}`, canonical.get(`${type}:${long}`) ?? long);
    }
  }
  return ms.map((m) => ({ ...m, name: canonical.get(`${m.type}:${m.name}`) ?? m.name }));
}
