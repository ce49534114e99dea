import { describe, expect, it } from 'vitest';
import { dropDecorationLetters } from '../../../src/core/read/decoration.ts';
import { readLayout } from '../../../src/core/read/layout.ts';
import { joinLines } from '../../../src/core/read/line-joins.ts';
import { expectValidMap } from './map-check.ts';

/** joinLines then show joints as they will read after the space stage: '·' marks a joint (a space). */
function joined(input: string): string {
  const out = joinLines(input);
  expectValidMap(input, out);
  return out.text.replace(/ /g, '·');
}

// A narrow newspaper column: full lines are about 14 characters wide.
const COLUMN = [
  '构建高效审批服务体系。行政审批',
  '局正式发挥行政职能，第一批46项',
  '行政许可事项纳入集中审批。启用',
  '“行政审批专用章”，工作提速。',
].join('\n');

describe('joinLines', () => {
  it('joins a figure cut by the column edge without a space, but not two Latin words or figures', () => {
    expect(joined('新建柑橘标准化示范园1200亩，改造低效果园26\n00亩，推广水肥一体化设施覆盖面积')).toBe(
      '新建柑橘标准化示范园1200亩，改造低效果园2600亩，推广水肥一体化设施覆盖面积',
    );
    expect(joined('全镇完成规模以上工业产值3.\n16亿元，同比增长8%。\n\n完成投资1.\n\n2亿元。')).toBe(
      '全镇完成规模以上工业产值3.16亿元，同比增长8%。\n完成投资1.2亿元。',
    );
    expect(
      joined('去年，花石乡新建茶园1800亩，乡里投资 42\n0 万元建成茶叶加工中心，新增停车位12\n00 个，全面完成。'),
    ).toBe('去年，花石乡新建茶园1800亩，乡里投资·420·万元建成茶叶加工中心，新增停车位1200·个，全面完成。');
    expect(joined('The plan for version 2\n2024 will start soon, in the spring')).toBe(
      'The·plan·for·version·2·2024·will·start·soon,·in·the·spring',
    );
  });

  it('joins the lines of one paragraph', () => {
    expect(joined(COLUMN)).toBe(
      '构建高效审批服务体系。行政审批·局正式发挥行政职能，第一批46项·行政许可事项纳入集中审批。启用·“行政审批专用章”，工作提速。',
    );
  });

  it('ends a paragraph at a blank line after a finished sentence', () => {
    expect(joined('第一段的内容写完了。\n\n第二段开始了，继续写。')).toBe(
      '第一段的内容写完了。\n第二段开始了，继续写。',
    );
  });

  it.each([
    ['按期办结率100%；组织', '现场踏勘30次，开展流动审批37件。'],
    ['等项目5个，在谈“东华街文', '化旅游项目”等项目20余个。'],
    ['启用“行政审批专用章”，实现', '“一枚印章管审批”工作新模式。'],
    ['共办理政务服务事项3700余件，', '群众综合满意率达到99%。'],
  ])('joins across a blank line in the middle of a sentence: %s | %s', (before, after) => {
    const lead = '受理审批事项209件，工作效率高，';
    expect(joined(`${lead}\n${before}\n\n${after}`)).toBe(`${lead}·${before}·${after}`);
  });

  it('breaks after a short line that ends a sentence, without a blank line', () => {
    const input = [
      '勇毅前行谱新篇。',
      '过去一年，柏林镇党委政府在区委、区政府的坚强领导下，全面贯彻',
      '党的二十大精神。',
    ].join('\n');
    expect(joined(input)).toBe(
      '勇毅前行谱新篇。\n过去一年，柏林镇党委政府在区委、区政府的坚强领导下，全面贯彻·党的二十大精神。',
    );
  });

  it('keeps headings on their own line', () => {
    const input = [
      '全年工作圆满完成。',
      '',
      '亮点一 党建统领，锻造队伍凝聚新活力',
      '过去一年，柏林镇突出强基固垒，通',
      '过常态化开展集体学习，强化理论。',
    ].join('\n');
    expect(joined(input)).toBe(
      '全年工作圆满完成。\n亮点一·党建统领，锻造队伍凝聚新活力\n过去一年，柏林镇突出强基固垒，通·过常态化开展集体学习，强化理论。',
    );
  });

  it('keeps a title stacked on a patterned subtitle', () => {
    const input = [
      '全年工作圆满完成，成效显著。',
      '',
      '勇毅前行谱新篇 踔厉奋发再出征',
      '——柏林镇2023年亮点工作回眸',
      '',
      '亮点一 党建统领，锻造队伍',
      '过去一年，柏林镇突出强基固垒。',
    ].join('\n');
    expect(joined(input).split('\n')).toEqual([
      '全年工作圆满完成，成效显著。',
      '勇毅前行谱新篇·踔厉奋发再出征',
      '——柏林镇2023年亮点工作回眸',
      '亮点一·党建统领，锻造队伍',
      '过去一年，柏林镇突出强基固垒。',
    ]);
  });

  it('reads a short line between finished paragraphs as a heading, not the start of a sentence', () => {
    const input = [
      '完成重庆影视城协议签约，构建成渝',
      '影视“双引擎”，效果明显成绩喜人。',
      '',
      '稳步推进',
      '有效衔接脱贫攻坚',
      '',
      '打好打赢脱贫攻坚收官战，为765名',
      '贫困学生落实资助资金，送教上门。',
    ].join('\n');
    expect(joined(input).split('\n')).toEqual([
      '完成重庆影视城协议签约，构建成渝·影视“双引擎”，效果明显成绩喜人。',
      '稳步推进',
      '有效衔接脱贫攻坚',
      '打好打赢脱贫攻坚收官战，为765名·贫困学生落实资助资金，送教上门。',
    ]);
  });

  it('keeps paragraphs of a text written one paragraph per line', () => {
    const p1 =
      '过去一年，柏林镇党委政府在区委、区政府的坚强领导下，全面贯彻党的二十大精神，强化党建统领，干出了新气象。';
    const p2 = '一组组数据鼓舞人心：去年，柏林全镇实现地区生产总值同比增长6.15%，其中第一、二、三产业同比增长8.4%。';
    expect(joined(`${p1}\n${p2}\n${p1}`)).toBe(`${p1}\n${p2}\n${p1}`);
  });

  it('keeps numbered headings apart from the text under them', () => {
    const input = [
      '上年度工作全部完成。',
      '1.加强党的建设',
      '全镇开展集体学习活动，强化理论武装',
      '补足精神之钙。',
    ].join('\n');
    expect(joined(input).split('\n')).toEqual([
      '上年度工作全部完成。',
      '1.加强党的建设',
      '全镇开展集体学习活动，强化理论武装·补足精神之钙。',
    ]);
  });

  it('joins a line broken inside a name where paragraphs are set apart by blank lines (web and Word texts)', () => {
    // one paragraph per line, blank lines between them: a line that stops short with text right under it is a
    // broken line, not a title; a title there stands between blank lines
    const input = [
      '美丽乡村 让群众住得更舒心',
      '',
      '全年新建农村公路12公里，改造提升农村公厕8座，新增停车位160个，群众出行更加方便。',
      '',
      '在保丰村，占地120亩的保丰村食用菌',
      '产业园已经投产，年产香菇1500吨，村集体年增收32万元。',
      '',
      '三铺村传统村落保护',
      '利用项目已完成投资1380万元，完成总工程量的80%，预计明年上半年完工。',
    ].join('\n');
    expect(joined(input)).toBe(
      '美丽乡村·让群众住得更舒心\n全年新建农村公路12公里，改造提升农村公厕8座，新增停车位160个，群众出行更加方便。\n' +
        '在保丰村，占地120亩的保丰村食用菌·产业园已经投产，年产香菇1500吨，村集体年增收32万元。\n' +
        '三铺村传统村落保护·利用项目已完成投资1380万元，完成总工程量的80%，预计明年上半年完工。',
    );
  });

  it('keeps each row of a flattened table a line of its own, even before a blank line', () => {
    const input = [
      '统计表',
      '村名 贫困户数 脱贫户数',
      '保丰村 42 41',
      '三铺村 68 66',
      '',
      '三铺村是远近闻名的蔬菜专业村。',
    ].join('\n');
    expect(joined(input).split('\n')).toEqual([
      '统计表',
      '村名·贫困户数·脱贫户数',
      '保丰村·42·41',
      '三铺村·68·66',
      '三铺村是远近闻名的蔬菜专业村。',
    ]);
  });

  it('reads an ASCII full stop as the end of a sentence', () => {
    expect(joined('The plan will start in 2024.\n\n白沙镇将推进项目。')).toBe(
      'The·plan·will·start·in·2024.\n白沙镇将推进项目。',
    );
  });

  it('drops leading, trailing and repeated blank lines', () => {
    expect(joined('\n\n  \n第一段。\n\n\n\n第二段。\n\n')).toBe('第一段。\n第二段。');
  });
});

describe('readLayout', () => {
  it.each([
    ['一一对应的工作方法很好', false],
    ['第一批46项行政许可事项纳入集中', false],
    ['一、加强党的建设', true],
    ['（二）推进乡村振兴', true],
    ['第三部分 民生工作', true],
    ['（1）推进乡村振兴工作', true],
    ['②推进乡村振兴工作', true],
    ['1.5万亩水稻种植基地建设完成', false],
  ])('heading patterns: %s → %s', (line, heading) => {
    // The column is as wide as the line, so only the pattern can make it a heading.
    const lines = readLayout(`上一段结束了。\n\n${line}\n下面是正文内容写得一样宽\n下面是正文内容写得一样宽。`);
    expect(lines[2].heading).toBe(heading);
  });
});

describe('dropDecorationLetters', () => {
  const around = (line: string) =>
    `上一段结束了，内容写得足够长足够宽。\n\n${line}\n\n下面是正文内容，写得比较长比较宽一些，\n这是一个很宽的栏目里的一行正文。`;

  it('drops a capital letter glued to the end of a heading', () => {
    const input = around('有效衔接脱贫攻坚与乡村振兴C');
    const out = dropDecorationLetters(input);
    expect(out.text).toBe(around('有效衔接脱贫攻坚与乡村振兴'));
    expectValidMap(input, out);
  });

  it.each(['亮点五 民生为本 幸福底色持续擦亮 l', '亮点二 产业兴旺 富民强镇稳步推进　B'])(
    'drops a letter spaced off a heading or read in lower case: %s',
    (line) => {
      const input = around(line);
      const out = dropDecorationLetters(input);
      expect(out.text).toBe(around(line.slice(0, -2)));
      expectValidMap(input, out);
    },
  );

  it.each(['每天按时补充维生素C', '推进白沙古镇 AAAA', '引进B', '每天按时补充维生素 c'])(
    'keeps letters that belong to the text: %s',
    (line) => {
      const input = `上一行没有写完，\n${line}\n下面是正文内容，写得比较长一些。`;
      expect(dropDecorationLetters(input).text).toBe(input);
    },
  );
});

describe('page furniture and narrow columns (round thirty-nine)', () => {
  it('keeps a masthead, the title, its subtitle and the byline on lines of their own', () => {
    const input = [
      '2022年1月14日 星期五 醴陵日报 乡镇风采 第3版',
      '千年瓷城焕新颜 砥砺奋进谱华章',
      '——浦口镇2021年工作综述',
      '本报记者 李晓玲 通讯员 王光明',
      '',
      '建党百年、开局之年、衔接之年，是浦口镇2021年的三个关键',
      '词。一年来，浦口镇在市委、市政府的坚强领导下，团结带领全镇',
      '干部群众真抓实干、克难奋进，全年实现地区生产总值12.6亿元。',
    ].join('\n');
    expect(joined(input).split('\n').slice(0, 4)).toEqual([
      '2022年1月14日·星期五·醴陵日报·乡镇风采·第3版',
      '千年瓷城焕新颜·砥砺奋进谱华章',
      '——浦口镇2021年工作综述',
      '本报记者·李晓玲·通讯员·王光明',
    ]);
  });

  it('keeps a box title on its line and drops a letter set alone under a heading', () => {
    const box = joined(
      '记者 蒋丽华 通讯员 欧阳晓峰\n\n【数说浦口2023】\n全镇完成固定资产投资4.3亿\n元，同比增长10.6%。',
    );
    expect(box.split('\n')).toEqual([
      '记者·蒋丽华·通讯员·欧阳晓峰',
      '【数说浦口2023】',
      '全镇完成固定资产投资4.3亿·元，同比增长10.6%。',
    ]);
    const input =
      '上一段结束了，内容写得足够长足够宽。\n\n亮点四 和美乡村，人居环境提档升级\nI\n过去一年，浦口镇以“五好两宜”和美乡村建设为抓手。';
    const out = dropDecorationLetters(input);
    expect(out.text).toBe(input.replace('\nI\n', '\n\n'));
    expectValidMap(input, out);
  });

  // a column whose letter-spaced lines hold as many characters as the plain ones: the gaps take no width there
  it('joins plain lines broken inside a sentence beside letter-spaced ones', () => {
    const column = [
      '全 年 全 镇 实 现 地 区 生 产 总 值 和 税 收',
      '9.7 亿 元 ， 同 比 增 长 6.5% ， 新 增 企 业',
      '接 待 游 客 52 万 人 次 ， 实 现 旅 游 综 合',
      '收 入 3.6 亿 元 ， 同 比 分 别 增 长 百 分 之 五 ；',
      '农村居民人均可支配收入的总',
      '量一万八千元，同比增长较快，',
      '新 增 摊 位 180 个 ， 永 明 河 综 合 治 理 工',
      '程顺利完工，镇村干部走访群众',
      '四千八百余户，收集意见建议两',
      '百六十条，全部建立台账管理，',
      '班 子 读 书 班 ， 开 展 “ 四 下 基 层 ” 活 动',
      '最后一行写完了。',
    ].join('\n');
    expect(joined(column)).not.toContain('\n');
    // the same lines in a column where spaced lines hold fewer characters (the gaps took width) read the same
    expect(joined(column.replace(/ 百 分 之 五 ；/, '；'))).not.toContain('\n');
  });

  it('joins a line to what carries it on, across a blank line', () => {
    // a conjunction at the end
    expect(joined('全年检查企业和\n\n场所420家次，排查整改隐患。')).toBe('全年检查企业和·场所420家次，排查整改隐患。');
    // a verb that takes a figure, with the figure under it
    expect(joined('全镇增长6.5%；\n农村居民人均可支配收入达到\n18640 元，同比增长8.2%。')).toBe(
      '全镇增长6.5%；\n农村居民人均可支配收入达到·18640·元，同比增长8.2%。',
    );
    // a decimal figure at the edge and its unit under a blank line
    expect(joined('工程顺利完工，治理河道5.3\n\n公里，河长制各项工作有序落实。')).toBe(
      '工程顺利完工，治理河道5.3公里，河长制各项工作有序落实。',
    );
    // a unit cut between its characters (人 | 次 of 人次), in a column wider than the line that holds the figure
    expect(
      joined(
        '这是上一段的正文，写得足够长足够宽的。\n\n全乡接待游客26万人\n次，实现旅游综合收入1.3亿元，同比增长\n百分之十五，继续写一行足够宽的正文内容。',
      ),
    ).toBe(
      '这是上一段的正文，写得足够长足够宽的。\n全乡接待游客26万人·次，实现旅游综合收入1.3亿元，同比增长·百分之十五，继续写一行足够宽的正文内容。',
    );
    // a figure spaced from its unit (23 栋) is running text, not a flattened table's row
    expect(joined('加快补齐基础设施短板。郭扶场镇\n老旧小区改造项目完成改造楼栋 23 栋\n、惠及居民846户。')).toBe(
      '加快补齐基础设施短板。郭扶场镇·老旧小区改造项目完成改造楼栋·23·栋·、惠及居民846户。',
    );
    // a line that opens with a comma, under a blank line
    expect(joined('惠及贫困户412户。\n建成光伏扶贫电站2座\n\n，总装机容量600千瓦。')).toBe(
      '惠及贫困户412户。·建成光伏扶贫电站2座·，总装机容量600千瓦。',
    );
  });
});
