import { describe, expect, it } from 'vitest';
import { foldTraditional } from '../../../src/core/read/traditional.ts';
import * as OpenCC from 'opencc-js';

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

describe('foldTraditional skips text that no dictionary entry rewrites', () => {
  // reference: convert every Han run as a phrase (the behaviour before the skip), on random mixes of characters
  // that OpenCC rewrites alone (臺灣), in phrases only (乾燥, 反覆) and never (镇村项目)
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  const reference = (text: string) =>
    text.replace(/\p{Script=Han}+/gu, (run) => {
      const phrase = convert(run);
      if (phrase.length === run.length) return phrase;
      return [...run].map((ch) => (convert(ch).length === ch.length ? convert(ch) : ch)).join('');
    });
  it('gives the same text as converting every run (3,000 random texts)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = [...'镇村项目建设发展乾燥反覆臺灣著名一坏干部，。 A1𠀀𡘙'];
    let changed = 0;
    for (let k = 0; k < 3000; k++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 20) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      expect(foldTraditional(text)).toBe(reference(text));
      if (reference(text) !== text) changed++;
    }
    expect(changed).toBeGreaterThan(100);
  });
});
