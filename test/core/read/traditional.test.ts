import { describe, expect, it } from 'vitest';
import { foldTraditional } from '../../../src/core/read/traditional.ts';

describe('foldTraditional', () => {
  it.each([
    ['臺灣發展', '台湾发展'],
    ['鄉村振興工作', '乡村振兴工作'],
    ['乾隆年間', '乾隆年间'],
    ['頭髮', '头发'],
    ['2020年，柏林鎮共計完成800畝', '2020年，柏林镇共计完成800亩'],
  ])('folds %s to simplified, same length', (input, expected) => {
    const out = foldTraditional(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it.each(['显著成效', '干部群众', '后来里面', '钟惦棐电影评论', '勠力同心', '擘画乡村振兴新蓝图'])(
    'leaves simplified text unchanged: %s',
    (text) => {
      expect(foldTraditional(text)).toBe(text);
    },
  );
});
