import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../../src/core/read/width.ts';
import { normalizeWhitespace } from '../../../src/core/read/whitespace.ts';
import { expectValidMap } from './map-check.ts';

describe('foldWidth', () => {
  it.each([
    ['２０２０年', '2020年'],
    ['ＡＡＡＡ级景区', 'AAAA级景区'],
    ['增长６．１５％', '增长6.15%'],
    ['ｐｐｐ项目', 'ppp项目'],
    ['一\u3000年', '一 年'],
    // corner quotes of Hong Kong and Taiwan texts read as the mainland's quotes, which the rules expect
    ['堅持「一村一品」發展思路', '堅持“一村一品”發展思路'],
    ['『十個一』', '‘十個一’'],
  ])('folds %s', (input, expected) => {
    const out = foldWidth(input);
    expect(out.text).toBe(expected);
    expect(out.text.length).toBe(input.length);
    expectValidMap(input, out);
  });

  it('keeps Chinese punctuation as it is', () => {
    const punctuation = '，。、“”（）：；！？《》';
    expect(foldWidth(punctuation).text).toBe(punctuation);
  });
});

describe('normalizeWhitespace', () => {
  it.each([
    ['第一行\r\n第二行', '第一行\n第二行'],
    ['老式\r换行', '老式\n换行'],
    ['分页\f下一页', '分页\n下一页'],
    ['不\u00a0断\u2009空', '不 断 空'],
    ['零\u200b宽\ufeff字\u00ad符', '零宽字符'],
    ['控\u0007制', '控制'],
  ])('normalizes %j', (input, expected) => {
    const out = normalizeWhitespace(input);
    expect(out.text).toBe(expected);
    expectValidMap(input, out);
  });
});
