/**
 * RECEIVED: recipient → honor, with the year (the sentence's year, else the report's) and a rank (名列…第41位).
 * The recipient is the subject before the verb (each member of a list: A村、B社区获评…); the document's town when the sentence has none; nobody when a
 * person received it (1名帮扶干部获…).
 */
import { subjectBefore, type Fact, type RelationContext } from './context.ts';

export function relateHonors(ctx: RelationContext): Fact[] {
  const facts: Fact[] = [];
  for (const h of ctx.entities.filter((e) => e.type === 'Honor')) {
    const verbAt = h.verbAt ?? h.start;
    const others: string[] = [];
    // 某产业园获认定为…: a project right before the verb received it
    const project = ctx.entities.find(
      (e) => e.type === 'Project' && e.sentence === h.sentence && /^[获被]?$/.test(ctx.text.slice(e.end, verbAt)),
    );
    const subject = project?.key ?? subjectBefore(ctx, h.sentence, verbAt, [h], others);
    if (subject === null) continue;
    // “稻田西红柿”获评…: a product or brand named right before the verb received it, not the town
    const s0 = ctx.sentences[h.sentence]!;
    if (subject === undefined && /”$/.test(ctx.text.slice(s0.start, verbAt))) continue;
    const recipient = subject ?? ctx.townKey;
    if (!recipient) continue;
    const s = ctx.sentences[h.sentence]!;
    const y = /((?:19|20)\d{2})\s*年/.exec(ctx.text.slice(s.start, verbAt));
    const year = y ? Number(y[1]) : ctx.year;
    for (const source of [recipient, ...others])
      facts.push({
        type: 'RECEIVED',
        source,
        target: h.key,
        sentence: h.sentence,
        start: Math.min(verbAt, h.start),
        end: h.end,
        year,
        rank: h.rank,
      });
  }
  return facts;
}
