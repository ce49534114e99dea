/**
 * RUNS: the document's town runs each program it reports. INCLUDES: a section's program (its topic sentence or
 * heading) includes the projects of that section. ACHIEVED: outcomes belong to the town, to the program of their
 * section, and to a project named just before the number in the same clause (重庆影视城落户影视企业20余家).
 */
import { clauseStartOf, entitiesIn, type Fact, type RelationContext } from './context.ts';

export function relatePrograms(ctx: RelationContext): Fact[] {
  const facts: Fact[] = [];
  const programs = ctx.entities.filter((e) => e.type === 'Program');
  const sectionProgram = new Map<number, string>();
  for (const p of programs) {
    const s = ctx.sentences[p.sentence]!;
    if (s.kind !== 'body' && !sectionProgram.has(s.index)) sectionProgram.set(s.index, p.key);
    if (ctx.townKey)
      facts.push({
        type: 'RUNS',
        source: ctx.townKey,
        target: p.key,
        sentence: p.sentence,
        start: p.start,
        end: p.end,
      });
  }
  const programOf = (sentence: number): string | undefined => {
    const s = ctx.sentences[sentence]!;
    return sectionProgram.get(s.section ?? -1) ?? sectionProgram.get(s.index);
  };
  for (const p of ctx.entities.filter((e) => e.type === 'Project')) {
    const prog = programOf(p.sentence);
    if (prog)
      facts.push({ type: 'INCLUDES', source: prog, target: p.key, sentence: p.sentence, start: p.start, end: p.end });
  }
  for (const o of ctx.outcomes) {
    if (ctx.townKey)
      facts.push({
        type: 'ACHIEVED',
        source: ctx.townKey,
        target: o.key,
        sentence: o.sentence,
        start: o.start,
        end: o.end,
      });
    const prog = programOf(o.sentence);
    if (prog)
      facts.push({ type: 'ACHIEVED', source: prog, target: o.key, sentence: o.sentence, start: o.start, end: o.end });
    const clauseStart = clauseStartOf(ctx, o.sentence, o.start);
    // 重庆影视城落户影视企业20余家; 总投资5.6亿元的竹材…项目
    const project = entitiesIn(ctx, o.sentence).find(
      (e) =>
        e.type === 'Project' &&
        ((e.start >= clauseStart && e.end <= o.start) ||
          (e.start > o.end && e.start <= o.end + 2 && /^的/.test(ctx.text.slice(o.end, e.start)))),
    );
    if (project)
      facts.push({
        type: 'ACHIEVED',
        source: project.key,
        target: o.key,
        sentence: o.sentence,
        start: Math.min(project.start, o.start),
        end: Math.max(project.end, o.end),
      });
  }
  return facts;
}
