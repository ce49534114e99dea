import { describe, expect, it } from 'vitest';
import { repairDoubledFigures } from '../../../src/core/read/doubled-figures.ts';
import { repairText } from '../../../src/core/read/repair.ts';
import { expectValidMap } from './map-check.ts';

describe('repairDoubledFigures', () => {
  it.each([
    ['累计接待游客426426万人次万人次，同比增长', '累计接待游客426万人次，同比增长'],
    ['总收入达到 1.361.36 亿元亿元，各村', '总收入达到 1.36 亿元，各村'],
    ['稳定在65006500\n亩亩左右', '稳定在6500\n亩左右'],
    ['增长6.86.8%%，', '增长6.8%，'],
    // the figure alone, where its double cannot be one figure: a decimal, or three digits or more
    ['完成固定资产投资 1.21.2 亿元，', '完成固定资产投资 1.2 亿元，'],
    ['森林覆盖率达到62.562.5%。', '森林覆盖率达到62.5%。'],
    ['全乡种植辣椒82008200亩、', '全乡种植辣椒8200亩、'],
    ['全年投入项目资金38603860\n万元，', '全年投入项目资金3860\n万元，'],
  ])('undoes a figure drawn twice with its unit in a plain line: %j', (input, expected) => {
    const out = repairDoubledFigures(input);
    expect(out.text).toBe(expected);
    expectValidMap(input, out);
  });

  it.each(['新增11个个体户', '建成1212个项目', '年年有余，2020年年底', '投资2000万元', '1010', '编号100100', '5.55.5'])(
    'leaves a figure alone unless both it and its unit are doubled: %j',
    (input) => expect(repairDoubledFigures(input).text).toBe(input),
  );

  it('points every character of the repaired figure back at its first copy in the file', () => {
    const original = '全年古镇累计接待游客426426万人次万人次，同比增长58.3%。';
    const clean = repairText(original);
    const at = clean.text.indexOf('426万人次');
    expect(clean.text).toContain('接待游客426万人次，');
    expect(original.slice(clean.offsets[at], clean.offsets[at + 2]! + 1)).toBe('426');
    expect(original[clean.offsets[at + 3]!]).toBe('万');
  });
});
