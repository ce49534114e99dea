/**
 * RECEIVED: recipient → honor, with the year (the sentence's year, else the report's) and a rank (名列…第41位).
 * The recipient is the project or the subject right before the verb (each member of a list: A村、B社区获评…); the
 * document's town when the sentence has none; nobody when a person (1名帮扶干部获…, any title only a person receives)
 * or a quoted product received it.
 */
import { subjectBefore, type Fact, type RelationContext } from './context.ts';

/**
 * 优秀共产党员, 先进个人, 优秀党务工作者, 最美网格员, 乡村工匠, 劳动模范, 五一劳动奖章, 优秀乡村医生: titles only a person
 * receives, whoever the sentence opens with (镇总工会推荐的…, 铜铃村党总支书记…).
 */
const PERSONAL_HONOR =
  /(共产党员|个人|工作者|书记|支书|网格员|工匠|名师|模范|大师|带头人|纪念章|好人|能人|队员|之星|儿媳|公婆|媳妇|能手|护林员|传承人|红旗手|农技员|推广员|医生|教师|干部|劳动奖章|五一奖章)”?$/;

export function relateHonors(ctx: RelationContext): Fact[] {
  const facts: Fact[] = [];
  for (const h of ctx.entities.filter((e) => e.type === 'Honor')) {
    if (PERSONAL_HONOR.test(h.name)) continue;
    const verbAt = h.verbAt ?? h.start;
    const others: string[] = [];
    // 某产业园获认定为…: a project right before the verb received it
    const project = ctx.entities.find(
      (e) =>
        e.type === 'Project' &&
        e.sentence === h.sentence &&
        e.end <= verbAt &&
        /^[获被]?$/.test(ctx.text.slice(e.end, verbAt)),
    );
    const subject = project?.key ?? subjectBefore(ctx, h.sentence, verbAt, [h], others);
    if (subject === null) continue;
    const before = ctx.text.slice(ctx.sentences[h.sentence]!.start, verbAt);
    // “稻田西红柿”获评…: a product or brand named right before the verb received it, not the town
    if (subject === undefined && /”$/.test(before)) continue;
    const recipient = subject ?? ctx.townKey;
    if (!recipient) continue;
    const y = /((?:19|20)\d{2})\s*年/.exec(before);
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
