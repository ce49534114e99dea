import { describe, expect, it } from 'vitest';
import { dropPageNumbers, isPageNumberLine } from '../../../src/core/read/page-numbers.ts';
import { repairText } from '../../../src/core/read/repair.ts';
import { expectValidMap } from './map-check.ts';

describe('dropPageNumbers', () => {
  it.each(['— 12 —', '- 3 -', '-5-', '第 3 页', '第3页 共10页', '第3页，共10页', ' 3 / 10 '])('drops %j', (line) => {
    expect(isPageNumberLine(line)).toBe(true);
    const input = `全镇开展\n${line}\n集体学习。`;
    const out = dropPageNumbers(input);
    expect(out.text).toBe('全镇开展\n集体学习。');
    expectValidMap(input, out);
  });

  it.each(['2000', '— 12 — 全镇工作', '第3页的内容', '2020年', '3/10的村'])('keeps %j', (line) => {
    expect(isPageNumberLine(line)).toBe(false);
    const input = `完成投资\n${line}\n万元。`;
    expect(dropPageNumbers(input).text).toBe(input);
  });

  it('drops a short number set apart by blank lines, not one inside a column or a paragraph', () => {
    expect(dropPageNumbers('转变。\n\n2\n\n黄姚豆豉产业园').text).toBe('转变。\n\n\n黄姚豆豉产业园');
    expect(repairText('转变。\n\n２\n\n黄姚豆豉产业园一期厂房主体已封顶。').text).toBe(
      '转变。\n黄姚豆豉产业园一期厂房主体已封顶。',
    );
    for (const input of ['完成投资\n2000\n万元。', '完成投资\n\n12\n万元。', '完成投资\n12\n\n万元。'])
      expect(dropPageNumbers(input).text).toBe(input);
  });

  it('keeps a paragraph whole across a page number once lines are joined', () => {
    const input = '过去一年，柏林镇突出强基固垒，通过常\n— 2 —\n态化开展集体学习。';
    expect(repairText(input).text).toBe('过去一年，柏林镇突出强基固垒，通过常态化开展集体学习。');
  });
});
