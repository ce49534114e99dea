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
    ['打好选育管用 “ 组合拳 ”，', '打好选育管用“组合拳”，'],
    ['  首尾空格  ', '首尾空格'],
    ['第一行 \n 第二行', '第一行\n第二行'],
  ])('removes spaces in %s', (input, expected) => {
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
});
