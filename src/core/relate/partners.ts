/**
 * PARTNERS_WITH: places and organisations (and projects that sign with each other) that work together.
 *   A、B、C联合基层治理中心 · A与B共同成立… → every pair of the places/organisations named before 联合/共同
 *   完成重庆影视城、成都影视城协议签约           → the parties listed before 签约
 *   协助嘉悦农场开展…, 某银行帮扶某村            → the subject and the one it helps
 *   与中国农业大学合作共建…, 与某公司正式签约       → the subject and the party after 与
 *   联合区人社局举办…, 签约引进某公司             → the subject and the party right after the verb
 *   由广州市花都区对口帮扶                         → the one who helps and the subject
 *   由醴陵市文旅局主办、浦口镇承办                  → the two hosts
 */
import { actorsIn, entitiesIn, subjectBefore, type Fact, type RelationContext } from './context.ts';

/** What a body joined by another does with it (联合X举办…, 联合X对…开展排查, 联合X抢修…, 联合X拍摄…; 联合X，统一运营…). */
const JOINT_ACTION =
  /^(?:，|[^，。；]{0,20}?(开展|举办|举行|组建|组织|推出|发起|实施|实行|推行|发放|开设|建设|打造|抢修|排查|整治|巡查|调解|化解|宣传|培训|救治|处置|拍摄|摄制|制作|录制|创作|编印|出版))/;

export function relatePartners(ctx: RelationContext): Fact[] {
  const facts: Fact[] = [];
  for (const s of ctx.sentences) {
    const named = [...actorsIn(ctx, s.index), ...entitiesIn(ctx, s.index).filter((e) => e.type !== 'Program')];
    /** 联合村, 共同村: the word is part of a name there, no verb (a program, 对口帮扶, is named by the verb) */
    const inName = (a: number, b: number) => named.some((e) => e.start <= a && b <= e.end);
    for (const m of s.text.matchAll(
      /联合|共同|协议签约|签订|合作协议|合作共建|共建|结对|协作|签约|结成|结为|缔结|组建|合作(?!社)|合资|联动|牵手|建立(?=[^，。；]{0,14}(?:机制|关系|联盟|制度))/g,
    )) {
      const at = s.start + m.index!;
      // (与某公司举行项目签约仪式: a signing ceremony named as an event still pairs who signs)
      const ceremony =
        /签约|签订|协议/.test(m[0]) &&
        entitiesIn(ctx, s.index).some((e) => e.type === 'Event' && e.start <= at && at < e.end);
      if (inName(at, at + m[0].length) && !ceremony) continue;
      const clauseFrom = (i: number) =>
        s.start + Math.max(-1, ...['，', '；', '：'].map((c) => s.text.lastIndexOf(c, i - 1))) + 1;
      let clauseStart = clauseFrom(m.index!);
      // A镇与B镇在渔渡召开联席会议，签订…协议: a clause that opens on the verb goes on from the clause before, when
      // that one pairs its parties with 与 (only the parties up to the one after 与: 组建X联盟 there names no party)
      let partiesEnd = at;
      if (clauseStart > s.start && /^(?:并|双方|共同|正式|还)?$/.test(ctx.text.slice(clauseStart, at))) {
        const before = clauseFrom(clauseStart - s.start - 1);
        const w = ctx.text.slice(before, clauseStart).search(/[与同]/);
        // (the party after 与 is its written chain's last place or body: 四川省万源市大竹镇)
        const actors = w < 0 ? [] : actorsIn(ctx, s.index);
        let end = -1;
        for (let q = actors.find((a) => a.start === before + w + 1); q; q = actors.find((a) => a.start === end))
          end = q.end;
        if (end > 0) [clauseStart, partiesEnd] = [before, end];
      }
      // projects sign with each other only where no party is written with 与 (重庆影视城、成都影视城协议签约); in
      // 马鞍镇与某公司举行竹制品精深加工项目签约仪式 the project is what is signed
      // (谋道镇·某大学研学合作签约仪式: a town and a body set side by side with · sign as with 与)
      const withAt = ctx.text.slice(clauseStart, at).search(/[与同和]|(?<=[镇乡道村区县市])·/);
      const parties = [
        ...actorsIn(ctx, s.index),
        ...entitiesIn(ctx, s.index).filter((e) => e.type === 'Project' && /签约|签订/.test(m[0]) && withAt < 0),
      ]
        // (二郎镇与某公司在镇政府举行签约仪式: the body after 在 is where they sign, not a party)
        .filter((a) => a.start >= clauseStart && a.end <= partiesEnd && ctx.text[a.start - 1] !== '在');
      // 重庆市江津区柏林镇: in a written chain only the last, most specific place is the party; 贵州省友邻乡镇, 江苏、
      // 安徽等地的8个村: provinces or cities that qualify a noun (the last of their list does) only say where it is
      const regional = (p: (typeof parties)[number]) => 'level' in p && (p.level === 'province' || p.level === 'city');
      const listEnd = (p: (typeof parties)[number]): number => {
        const next = ctx.text[p.end] === '、' ? parties.find((q) => q.start === p.end + 1 && regional(q)) : undefined;
        return next ? listEnd(next) : p.end;
      };
      const qualifies = (p: (typeof parties)[number]): boolean => {
        // 安吉县的浙江竹韵家居有限公司: a place that says where the party after it is from
        if ('level' in p && ctx.text[p.end] === '的' && parties.some((q) => q.start === p.end + 1)) return true;
        const next = regional(p) ? (ctx.text[listEnd(p)] ?? '') : '';
        return /[\u4e00-\u9fff]/.test(next) && !/[、和与及同]/.test(next);
      };
      // (华蓥市禄市镇党委: a place written right before a body says where the body is)
      const chainless = parties.filter(
        (p) =>
          !parties.some((q) => q.start === p.end && 'kind' in q && (q.kind === 'place' || 'level' in p)) &&
          !qualifies(p),
      );
      const keys = [...new Set(chainless.map((p) => p.key))];
      // 与三道堰镇签订合作协议 / 街道与华西医院签订…: when nobody named stands before 与, the other party is the
      // subject (the document's town when none is written)
      // 签约, 结成, 缔结, 组建 and 合作 alone pair only the parties of 与…: 项目…签约 (a signing status), 战略合作签约仪式
      // or 镇党委组建宣讲团 do not
      // (与…正式牵手, 与相邻的金山镇建立协同发展机制: likewise)
      // (由A与B合资兴建: a joint venture pairs its two owners; 与相邻的B开展“两关联动”, working in step, likewise)
      if (/^(签约|结成|结为|缔结|组建|合作|合资|联动|牵手|建立)$/.test(m[0]) && withAt < 0) continue;
      const before = withAt < 0 ? [] : chainless.filter((p) => p.end <= clauseStart + withAt);
      // (合作社还与…签订: the subject is read up to 与, where a kind written alone may stand for the one named before)
      const withSubject =
        withAt >= 0 && withAt <= 4 && before.length === 0
          ? [subjectBefore(ctx, s.index, clauseStart + withAt) ?? ctx.townKey, ...keys].filter((k): k is string => !!k)
          : keys;
      // A、B、C等3个村分别与X、Y、Z结成帮扶对子: each with its own, in order
      const after = chainless.filter((p) => withAt >= 0 && p.start > clauseStart + withAt);
      if (
        before.length > 1 &&
        before.length === after.length &&
        ctx.text.slice(clauseStart + withAt - 2, clauseStart + withAt) === '分别'
      ) {
        before.forEach((b, i) => pairs([b.key, after[i]!.key], s.index, clauseStart, at + m[0].length, facts));
        continue;
      }
      pairs(withSubject, s.index, clauseStart, at + m[0].length, facts);
    }
    coHosts(ctx, s.index, facts);
    signedWithTown(ctx, s.index, facts);
    // 协助X开展, 帮扶X, 联合X举办, 签约引进X: the subject and the party named right after the verb
    for (const m of s.text.matchAll(
      /协助(?=[\u4e00-\u9fff]{2,12}?(?:开展|举办|建设|完成))|(?:对口|结对|定点)?帮扶|联合|会同|签约引进/g,
    )) {
      const at = s.start + m.index!;
      if (inName(at, at + m[0].length)) continue;
      // 由广州市花都区对口帮扶: the helper is named before the verb (after 由), the one helped is the subject
      const helper = helperBefore(ctx, s.index, at);
      if (helper) {
        const subject = subjectBefore(ctx, s.index, helper.from) ?? ctx.townKey;
        if (subject) pairs([subject, helper.key], s.index, helper.from, at + m[0].length, facts);
        continue;
      }
      const helped = actorsIn(ctx, s.index).find((a) => a.start === at + m[0].length);
      // 联合X举办/开展/组建, 会同X对…实行: X joins in an action; 成立联合调解委员会 names a body, no partner
      if (/联合|会同/.test(m[0]) && helped && !JOINT_ACTION.test(ctx.text.slice(helped.end, helped.end + 24))) continue;
      const subject = subjectBefore(ctx, s.index, at) ?? ctx.townKey;
      if (helped && subject) pairs([subject, helped.key], s.index, at, at + m[0].length, facts);
    }
  }
  // 镇党委、镇政府与礼嘉镇…: a place and its own body are one party, never partners of each other
  const placeName = new Map(ctx.places.map((p) => [p.key, p.name]));
  const bodyName = new Map(
    ctx.entities.filter((e) => e.type === 'Organization').map((e) => [e.key, e.fullName ?? e.name]),
  );
  const own = (place: string, body: string) => {
    const p = placeName.get(place);
    return p !== undefined && (bodyName.get(body)?.startsWith(p) ?? false);
  };
  return facts.filter((f) => !own(f.source, f.target) && !own(f.target, f.source));
}

/** 等6家企业现场签约, 签约落户: companies that sign (with no other party written) sign with the town they come to. */
const SIGNED = /^(?:等\d+家(?:企业|公司))?(?:现场|成功|正式|集中)?签约(?!仪式)/;
const COMPANY = /(?:公司|集团)$/;

/**
 * 深圳市前沿智造科技有限公司、浙江嘉禾冷链物流有限公司等6家企业现场签约: the companies, each with the report's town
 * (the clause names no party with 与: 与某公司签约 pairs those).
 */
function signedWithTown(ctx: RelationContext, sentence: number, facts: Fact[]): void {
  const s = ctx.sentences[sentence]!;
  if (!ctx.townKey || !s.text.includes('签约')) return;
  const companies = actorsIn(ctx, sentence).filter(
    (a) => a.kind === 'org' && COMPANY.test(ctx.text.slice(a.start, a.end)),
  );
  for (let i = 0; i < companies.length; i++) {
    // the last company of a list (A、B等…签约): all of the list sign
    const last = companies[i]!;
    const m = SIGNED.exec(ctx.text.slice(last.end, Math.min(s.end, last.end + 16)));
    if (!m) continue;
    const list = [last];
    for (let j = i - 1; j >= 0 && /^[、和及]$/.test(ctx.text.slice(companies[j]!.end, list[0]!.start)); j--)
      list.unshift(companies[j]!);
    const clauseStart = s.start + Math.max(-1, s.text.lastIndexOf('，', list[0]!.start - s.start - 1)) + 1;
    if (/[与同和]/.test(ctx.text.slice(clauseStart, list[0]!.start))) continue;
    for (const c of list) pairs([ctx.townKey, c.key], sentence, c.start, last.end + m[0].length, facts);
  }
}

/**
 * 由醴陵市文旅局主办、浦口镇承办, 由浦口镇人民政府主办，醴陵市农业农村局协办, 由醴陵市文旅局、浦口镇人民政府(联合)主办:
 * who holds an event together with whom.
 */
const CO_HOSTS = /由([^，。；、]{2,16}?)(主办[、，]|、)([^，。；、]{2,16}?)(?:联合|共同)?(?:承办|协办|主办)/g;

function coHosts(ctx: RelationContext, sentence: number, facts: Fact[]): void {
  const s = ctx.sentences[sentence]!;
  if (!s.text.includes('主办')) return;
  const actors = actorsIn(ctx, sentence);
  for (const m of s.text.matchAll(CO_HOSTS)) {
    const first = s.start + m.index! + 1 + m[1]!.length;
    const second = first + m[2]!.length + m[3]!.length;
    // the party is the one its verb follows (the last of a written chain: 巴南区文化和旅游发展委员会)
    const a = actors.find((x) => x.end === first);
    const b = actors.find((x) => x.end === second);
    if (a && b) pairs([a.key, b.key], sentence, s.start + m.index!, s.start + m.index! + m[0].length, facts);
  }
}

/** The party written right before `at` after 由 (由广州市花都区…): its key, and where its written chain starts. */
function helperBefore(ctx: RelationContext, sentence: number, at: number): { key: string; from: number } | null {
  const actors = actorsIn(ctx, sentence);
  const last = actors.find((a) => a.end === at);
  if (!last) return null;
  let from = last.start;
  for (let prev = actors.find((a) => a.end === from); prev; prev = actors.find((a) => a.end === from))
    from = prev.start;
  return ctx.text[from - 1] === '由' ? { key: last.key, from: from - 1 } : null;
}

function pairs(keys: string[], sentence: number, start: number, end: number, out: Fact[]): void {
  const sorted = [...new Set(keys)].sort();
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++)
      out.push({ type: 'PARTNERS_WITH', source: sorted[i]!, target: sorted[j]!, sentence, start, end });
}
