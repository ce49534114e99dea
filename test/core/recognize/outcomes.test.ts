import { describe, expect, it } from 'vitest';
import { recognizeOutcomes } from '../../../src/core/recognize/outcomes.ts';
import { segmentSentences } from '../../../src/core/segment/segment.ts';

const outcomes = (text: string, year: number | null = 2020) => recognizeOutcomes(segmentSentences(text), year);

describe('recognizeOutcomes', () => {
  it.each([
    [
      '2020年累计受理审批事项209件，按期办结率100%。',
      [
        [209, '件', '受理审批事项'],
        [100, '%', '按期办结率'],
      ],
    ],
    ['共办理各类政务服务事项3700余件。', [[3700, '件', '办理各类政务服务事项']]],
    ['春季动物疫病免疫57万余例。', [[57, '万例', '春季动物疫病免疫']]],
    ['兑现产业奖补36.26万元。', [[36.26, '万元', '兑现产业奖补']]],
    ['排查生猪2.3万余头。', [[2.3, '万头', '排查生猪']]],
    ['乡村旅游接待游客18万人次。', [[18, '万人次', '乡村旅游接待游客']]],
    ['为765名贫困学生落实资助资金。', [[765, '名', '贫困学生落实资助资金']]],
    [
      '组建5支执法劝导队伍、24支宣传劝导队伍。',
      [
        [5, '支', '组建执法劝导队伍'],
        [24, '支', '宣传劝导队伍'],
      ],
    ],
    ['新建50立方米蓄水池2口。', [[2, '口', '新建50立方米蓄水池']]],
  ])('%s', (text, expected) => {
    expect(outcomes(text).map((o) => [o.value, o.unit, o.indicator])).toEqual(expected);
  });

  it('keeps the qualifier that the value drops (余, 近, 累计, 同比增长)', () => {
    const [a, b, c] = outcomes('接待考察团队近5000人次，累计报销180万元，地区生产总值同比增长6.15%。');
    expect([a!.qualifier, b!.qualifier, c!.qualifier]).toEqual(['近', '累计', '同比增长']);
    expect(outcomes('发放宣传材料15万余份。')[0]!.qualifier).toBe('余');
  });

  it('gives list items that share one indicator that indicator (8.4%、5.1%、4.12%)', () => {
    const os = outcomes('第一、二、三产业同比增长8.4%、5.1%、4.12%。');
    expect(os.map((o) => o.value)).toEqual([8.4, 5.1, 4.12]);
    expect(new Set(os.map((o) => o.indicator)).size).toBe(1);
  });

  it('names a bare change after the figure before it', () => {
    const [, b] = outcomes('农村居民人均可支配收入5.8万元，同比增长7.2%。');
    expect(b!.indicator).toBe('农村居民人均可支配收入同比增长');
  });

  it.each([
    ['years and dates', '2020年8月18日至20日，洪峰过境。'],
    ['ordinals and ranks', '名列“中国特色小城镇品牌传播百强”第41位，迎来第5号洪水。'],
    ['clock times', '专班专人24小时严防死守。'],
    ['codes and names with numbers', '建成5G基站，举办2020中国电影评论高峰论坛。'],
    ['a duration', '柿子村集体公司注册2年来运营良好。'],
  ])('does not count %s', (_, text) => {
    expect(outcomes(text)).toEqual([]);
  });

  it('takes the year from the sentence, else the report’s year', () => {
    const [a, b] = outcomes('2019年新增就业100人。新增就业120人。', 2020);
    expect([a!.year, b!.year]).toEqual([2019, 2020]);
  });
});
