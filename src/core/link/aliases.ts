/**
 * Within one report, one entity is one name. A shorter name that is the end of a longer one of the same type, the
 * rest being a place (嘉悦农场 · 东胜嘉悦农场, 党委 · 柏林镇党委), is the same entity: it takes the longer name; so
 * is a government written short (东张镇政府 · 东张镇人民政府), and a short project name that ends just one longer
 * project (加工项目 · 大豆精深加工项目).
 */
import type { PlaceMention } from '../recognize/places.ts';
import type { EntityMention } from '../recognize/types.ts';
import { normalizeName } from '../graph/keys.ts';

/** The longest project name read as a brief mention of a longer one (加工项目, 文化广场). */
const SHORT_PROJECT = 5;

/** A work's phase after its name: …产业园二期, …项目一期, …更新工程（二期）, …一期工程. */
const PHASE = /^(.{3,}?)(?:（[一二三四五六七八九十\d]期）|[一二三四五六七八九十\d]期)(?:工程|项目)?$/;

/** 千亩魔芋示范基地 is the 魔芋示范基地 of 800 亩. */
const QUANTITY = /^(\d+(\.\d+)?|[一二三四五六七八九十百千万]+)(亩|公里|平方米)$/;

export function mergeAliases(ms: EntityMention[], places: PlaceMention[]): EntityMention[] {
  // real place names only: 全镇 and 该镇 refer to the town but do not name a part of anything
  const placeWords = new Set(
    places.filter((p) => !/^(该|全|本|我)/.test(p.surface)).flatMap((p) => [p.surface, p.name]),
  );
  // (a body written by its level word alone, 镇政府, is known by its full name, 东张镇政府)
  const byType = new Map<string, Set<string>>();
  for (const m of ms) {
    let set = byType.get(m.type);
    if (!set) byType.set(m.type, (set = new Set()));
    set.add(identity(m));
  }
  // linear in the number of names: each longer name proposes the shorter names it could be an alias of
  const canonical = new Map<string, string>();
  for (const [type, names] of byType) {
    const byNorm = new Map<string, string>();
    for (const n of names) if (!byNorm.has(normalizeName(n))) byNorm.set(normalizeName(n), n);
    for (const long of [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
      const ln = normalizeName(long);
      for (let k = 1; k <= Math.min(12, ln.length - 3); k++) {
        const prefix = ln.slice(0, k);
        const short = byNorm.get(ln.slice(k));
        if (!short || short === long || canonical.has(`${type}:${short}`)) continue;
        if (placeWords.has(prefix) || QUANTITY.test(prefix))
          canonical.set(`${type}:${short}`, canonical.get(`${type}:${long}`) ?? long);
      }
    }
  }
  // 大豆精深加工项目 … 加工项目的厂房在加紧施工: a short project name (a word or two and its kind) that ends just one
  // longer project of the report is that project, named again in brief
  // (linear: each name proposes its short endings; an ending two longer names share stays apart)
  const endings = new Map<string, string | null>();
  for (const long of byType.get('Project') ?? []) {
    const ln = normalizeName(long);
    for (let k = 2; k <= Math.min(SHORT_PROJECT, ln.length - 2); k++) {
      const end = ln.slice(-k);
      endings.set(end, endings.has(end) && endings.get(end) !== long ? null : long);
    }
  }
  for (const short of byType.get('Project') ?? []) {
    const long = endings.get(normalizeName(short));
    if (long && !canonical.has(`Project:${short}`))
      canonical.set(`Project:${short}`, canonical.get(`Project:${long}`) ?? long);
  }
  // 沉香文化产业园 … 沉香文化产业园二期: a phase of a work the report also names is that work (of the fixtures'
  // reports that name both, gold lists the phase apart in 2 of 35)
  const projects = byType.get('Project') ?? new Set<string>();
  for (const n of projects) {
    const base = PHASE.exec(n)?.[1];
    if (!base || canonical.has(`Project:${n}`)) continue;
    const whole = [base, base.replace(/项目$/, ''), `${base}项目`].find((b) => b !== n && projects.has(b));
    if (whole) canonical.set(`Project:${n}`, canonical.get(`Project:${whole}`) ?? whole);
  }
  // 东张镇政府 is 东张镇人民政府 written short: one body, under its full name
  for (const n of byType.get('Organization') ?? [])
    if (n.endsWith('人民政府')) {
      const short = `${n.slice(0, -4)}政府`;
      if (byType.get('Organization')!.has(short) && !canonical.has(`Organization:${short}`))
        canonical.set(`Organization:${short}`, canonical.get(`Organization:${n}`) ?? n);
    }
  // programs: a longer name ending in another program is that program with a qualifier (基层党组织主题教育)
  const programs = byType.get('Program') ?? new Set<string>();
  const programByNorm = new Map([...programs].map((p) => [normalizeName(p), p]));
  for (const long of programs) {
    const ln = normalizeName(long);
    for (let k = ln.length - 4; k >= 1; k--) {
      const short = programByNorm.get(ln.slice(k));
      if (!short || short.length >= long.length) continue;
      // 有效衔接脱贫攻坚与乡村振兴 joins two programs; it is not 乡村振兴 with a qualifier
      // …and “板栗+民宿”产业融合 is named by its quote
      if (
        /[与和及、]|^(有效|全面|持续)/.test(ln.slice(0, k)) ||
        /^“[^”]+”$/.test(long.slice(0, long.length - short.length))
      )
        break;
      if (!canonical.has(`Program:${long}`)) canonical.set(`Program:${long}`, short);
      break;
    }
  }
  return ms.map((m) => {
    const name = canonical.get(`${m.type}:${identity(m)}`);
    return name === undefined ? m : { ...m, name, fullName: undefined };
  });
}

/** The name a mention is known by: a body's full name (区委 → 江津区委), else its name. */
function identity(m: EntityMention): string {
  return m.fullName ?? m.name;
}
