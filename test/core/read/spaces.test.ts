import { describe, expect, it } from 'vitest';
import { removeSpaces } from '../../../src/core/read/spaces.ts';
import { expectValidMap } from './map-check.ts';

describe('removeSpaces', () => {
  it.each([
    ['过 去 一 年 ， 柏 林 镇', '过去一年，柏林镇'],
    ['2020 年', '2020年'],
    ['受理审批事项 209 件', '受理审批事项209件'],
    ['（一 期） PPP 项 目', '（一期）PPP项目'],
    ['推进白沙古镇 AAAA 级旅游景区', '推进白沙古镇AAAA级旅游景区'],
    ['按期办结率 100% ；', '按期办结率100%；'],
    // a figure's thousands set apart, in running text
    ['投入建设资金1 860万元，户均增收3 800元', '投入建设资金1860万元，户均增收3800元'],
    ['人均可支配收入29 850元', '人均可支配收入29850元'],
    ['打好选育管用 “ 组合拳 ”，', '打好选育管用“组合拳”，'],
    ['  首尾空格  ', '首尾空格'],
    ['第一行 \n 第二行', '第一行\n第二行'],
    // the single spaces between the parts of a short heading or a byline stay
    ['亮点一 城市更新提速 老城新貌焕发活力', '亮点一 城市更新提速 老城新貌焕发活力'],
    ['本报记者 王晓燕\n过 去 一 年', '本报记者 王晓燕\n过去一年'],
    ['勇毅前行谱新篇 踔厉奋发再出征', '勇毅前行谱新篇 踔厉奋发再出征'],
  ])('removes PDF spacing in %s', (input, expected) => {
    const out = removeSpaces(input);
    expect(out.text).toBe(expected);
    expectValidMap(input, out);
  });

  it.each([
    ['Version 2', 'Version 2'],
    ['in   the city', 'in the city'],
    ['发布 Version 2 版本', '发布Version 2版本'],
    ['20 24', '20 24'],
  ])('keeps one space between Latin words and numbers: %s', (input, expected) => {
    expect(removeSpaces(input).text).toBe(expected);
  });

  it('joins the digits of a line spaced letter by letter (2 3 0 0 万 元, 4 . 6 公 里)', () => {
    expect(removeSpaces('累 计 投 入 资 金 2 3 0 0 万 元 ， 全 长 4 . 6 公 里 。').text).toBe(
      '累计投入资金2300万元，全长4.6公里。',
    );
  });

  it('joins letter-spaced figures inside running text (面 积 达 2 . 3 万 亩 after a joined line)', () => {
    expect(removeSpaces('茶园总面积达 2 . 3 万 亩 。 投 资 2 3 0 0 万 元').text).toBe(
      '茶园总面积达2.3万亩。投资2300万元',
    );
  });

  it('keeps one space between the cells of a table row and its header', () => {
    const table =
      '项目名称 所在村 投资（万元） 进度\n保丰村光伏电站 保丰村 240 已并网发电\n村名 贫困户数 脱贫户数\n三铺村 120 345';
    expect(removeSpaces(table).text).toBe(table);
  });

  it('removes them in running text and in a line spaced letter by letter', () => {
    expect(removeSpaces('全年完成投资 5亿元，同比增长 8%。').text).toBe('全年完成投资5亿元，同比增长8%。');
    expect(removeSpaces('亮 点 一 城 市 更 新').text).toBe('亮点一城市更新');
  });
});
