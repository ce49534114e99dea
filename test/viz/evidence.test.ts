import { describe, expect, it } from 'vitest';
import { locateMention, splitMention } from '../../viz/src/evidence.ts';

describe('splitMention', () => {
  it('marks the name inside the sentence', () => {
    const segs = splitMention({
      text: '复建村建成基地。',
      names: ['复建村'],
      start: 100,
      end: 103,
      sentenceStart: 100,
    });
    expect(segs).toEqual([
      { text: '复建村', mark: true },
      { text: '建成基地。', mark: false },
    ]);
  });
  it('prefers the occurrence nearest to the offset when the name appears twice', () => {
    // Original offsets count the doubled artifact run; the nearest occurrence still wins.
    const text = '白沙镇与白沙镇村民';
    expect(locateMention({ text, names: ['白沙镇'], start: 54, end: 57, sentenceStart: 50 })).toEqual([4, 7]);
    expect(locateMention({ text, names: ['白沙镇'], start: 50, end: 53, sentenceStart: 50 })).toEqual([0, 3]);
  });
  it('falls back to the offset span when no name is found, and to no mark when that does not fit', () => {
    expect(
      locateMention({ text: '全年实现12.5亿元。', names: ['GDP'], start: 14, end: 21, sentenceStart: 10 }),
    ).toEqual([4, 11]);
    expect(splitMention({ text: '短句。', names: ['无'], start: 90, end: 99, sentenceStart: 10 })).toEqual([
      { text: '短句。', mark: false },
    ]);
  });
  it('keeps markup-looking text as plain segments', () => {
    const text = '签约<img src=x onerror=alert(1)>项目';
    const segs = splitMention({ text, names: ['<img src=x onerror=alert(1)>'], start: 2, end: 30, sentenceStart: 0 });
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.find((s) => s.mark)?.text).toBe('<img src=x onerror=alert(1)>');
  });
});
