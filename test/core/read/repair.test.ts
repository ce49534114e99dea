import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldTraditional, repairText, toOriginalSpan } from '../../../src/core/read/repair.ts';
import { foldWidthChar } from '../../../src/core/read/width.ts';

const SEEDS = new URL('../../../seeds/', import.meta.url);
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, SEEDS), 'utf8') }));

/** Is `source` (a character of the original) what clean character `clean` was made from? */
function isSourceOf(source: string, clean: string): boolean {
  if (source === clean) return true;
  if (foldWidthChar(source) === clean || foldTraditional(source) === clean) return true;
  if (clean === ' ') return /\s/.test(source); // spaces of any kind, or a line joint kept between Latin words
  if (clean === '\n') return /[\n\r\f\v\u2028\u2029\u0085]/.test(source);
  return false;
}

describe('repairText on the seeds', () => {
  it('found the seeds', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(2);
  });

  it.each(seeds)('maps every clean character of $name back to its source', ({ text }) => {
    const clean = repairText(text);
    expect(clean.offsets.length).toBe(clean.text.length + 1);
    expect(clean.offsets[clean.text.length]).toBe(text.length);
    const wrong: string[] = [];
    for (let i = 0; i < clean.text.length; i++) {
      if (i > 0 && clean.offsets[i] <= clean.offsets[i - 1]) wrong.push(`not increasing at ${i}`);
      if (!isSourceOf(text[clean.offsets[i]], clean.text[i])) {
        wrong.push(`${i}: ${JSON.stringify(clean.text[i])} ← ${JSON.stringify(text[clean.offsets[i]])}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(seeds)('leaves no artifacts in $name', ({ text }) => {
    const clean = repairText(text);
    // spaced CJK: none, but for the single space between the parts of a short heading (勇毅前行谱新篇 踔厉奋发再出征)
    for (const line of clean.text.split('\n').filter((l) => /\p{Script=Han} +\p{Script=Han}/u.test(l)))
      expect(line).toMatch(/^\p{Script=Han}{2,}( \p{Script=Han}{2,}){1,3}$/u);
    expect(clean.text).not.toMatch(/。。|、、|，，/); // doubled punctuation
    expect(clean.text).not.toMatch(/\n\n|^\s|\s$/); // blank lines, untrimmed ends
    expect(clean.text).not.toMatch(/(\p{Script=Han}{4,})\1/u); // doubled phrases
  });

  it('repairs the doubled lead paragraph of seed 000', () => {
    const clean = repairText(seeds[0].text).text;
    expect(clean.startsWith('深化改革、抗疫战洪、全面小康、文旅融合是白沙镇2020年的鲜明注脚。')).toBe(true);
    expect(clean).toContain('白沙镇认真落实区委、区政府工作部署，');
    expect(clean).toContain('\n2020年，白沙镇荣膺“中国特色小城镇品牌传播百强”');
    expect(clean).toContain('签约打造重庆中国三峡博物馆白沙分馆……成绩和荣誉的背后');
  });

  it('joins column lines and blank-line splits of seed 000', () => {
    const clean = repairText(seeds[0].text).text;
    expect(clean).toContain('第一批46项行政许可事项纳入集中审批。');
    expect(clean).toContain('东华街文化旅游项目');
    expect(clean).toContain('实现“一枚印章管审批”工作新模式。');
    expect(clean).toContain('按期办结率100%；组织现场踏勘30次');
    expect(clean).toContain('推进白沙古镇AAAA级旅游景区');
    expect(clean).toContain('\n稳步推进\n有效衔接脱贫攻坚与乡村振兴\n打好打赢脱贫攻坚收官战。');
  });

  it('removes the spacing and finds the headings of seed 004', () => {
    const clean = repairText(seeds[1].text).text;
    const lines = clean.split('\n');
    expect(lines[0]).toBe('勇毅前行谱新篇，踔厉奋发再出征。');
    expect(lines).toContain('——柏林镇2023年亮点工作回眸');
    expect(clean).toContain('\n过去一年，柏林镇突出强基固垒，通过常态化开展集体学习、');
    expect(clean).toContain('柏林全镇水稻种植25200亩，红薯种植7800亩。');
    expect(clean).toContain('（一期）PPP项目用地');
    for (const n of ['一', '二', '三', '四']) expect(lines.some((l) => l.startsWith(`亮点${n}`))).toBe(true);
  });

  it('is deterministic', () => {
    const a = repairText(seeds[0].text);
    const b = repairText(seeds[0].text);
    expect(b.text).toBe(a.text);
    expect(Array.from(b.offsets)).toEqual(Array.from(a.offsets));
  });
});

describe('repairText on generated text', () => {
  // Pieces of report text and of every artifact, glued at random (seeded): the map invariants must hold whatever
  // the stages decide.
  const PIECES = [
    '柏林镇',
    '天天',
    '2020',
    '２０２',
    ' ',
    '  ',
    '\n',
    '\n\n',
    '\r\n',
    '。',
    '，',
    '、',
    '“',
    '”',
    'AAAA',
    'C',
    '鄉村',
    '— 3 —',
    '\f',
    '\u3000',
    '\u200b',
    '亮点一 ',
    '一、',
    '深化改革深化改革',
    '。。',
  ];

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('keeps a valid map (seed %i)', (seed) => {
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff);
    for (let round = 0; round < 50; round++) {
      const original = Array.from({ length: 1 + (next() % 60) }, () => PIECES[next() % PIECES.length]).join('');
      const clean = repairText(original);
      expect(clean.offsets.length).toBe(clean.text.length + 1);
      expect(clean.offsets[clean.text.length]).toBe(original.length);
      for (let i = 0; i < clean.text.length; i++) {
        expect(clean.offsets[i]).toBeLessThan(clean.offsets[i + 1]);
        expect(isSourceOf(original[clean.offsets[i]], clean.text[i])).toBe(true);
      }
      expect(clean.text).not.toMatch(/\n\n|^\s|\s$/);
    }
  });
});

describe('toOriginalSpan', () => {
  it('cuts the original text of a clean span', () => {
    const original = '白沙镇荣膺白沙镇荣膺““百强百强””';
    const clean = repairText(original);
    expect(clean.text).toBe('白沙镇荣膺“百强”');
    const a = clean.text.indexOf('百强');
    const span = toOriginalSpan(clean, a, a + 2);
    expect(original.slice(span.start, span.end)).toBe('百强');
  });

  it('spans line joints and removed spaces in the original', () => {
    const original = '受理审批事项 209\n件，按期办结。';
    const clean = repairText(original);
    expect(clean.text).toBe('受理审批事项209件，按期办结。');
    const a = clean.text.indexOf('209件');
    const span = toOriginalSpan(clean, a, a + 4);
    expect(original.slice(span.start, span.end)).toBe('209\n件');
  });

  it('maps an empty span and the end of the text', () => {
    const clean = repairText('２０２０年');
    expect(clean.text).toBe('2020年');
    expect(toOriginalSpan(clean, 5, 5)).toEqual({ start: 5, end: 5 });
    expect(toOriginalSpan(clean, 0, 4)).toEqual({ start: 0, end: 4 });
  });

  it('rejects a span outside the text', () => {
    expect(() => toOriginalSpan(repairText('一年'), 1, 3)).toThrow(/outside the clean text/);
  });
});

describe('repairText', () => {
  it('folds traditional characters but keeps the original for evidence', () => {
    const original = '柏林鎮鄉村振興工作';
    const clean = repairText(original);
    expect(clean.text).toBe('柏林镇乡村振兴工作');
    expect(original.slice(clean.offsets[0], clean.offsets[2] + 1)).toBe('柏林鎮');
  });

  it('handles CRLF, full-width digits and spaced CJK together', () => {
    expect(repairText('过 去 一 年 ， 新 增 就 业\r\n３２８４ 人 。\r\n').text).toBe('过去一年，新增就业3284人。');
  });

  it('returns empty text for empty input', () => {
    const clean = repairText('');
    expect(clean.text).toBe('');
    expect(Array.from(clean.offsets)).toEqual([0]);
  });
});
