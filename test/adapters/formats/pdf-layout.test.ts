import { describe, expect, it } from 'vitest';
import { layoutPages } from '../../../src/adapters/formats/pdf-layout.ts';
import { dropOverdrawnRuns, type TextRun } from '../../../src/adapters/formats/pdf-runs.ts';

/** A run of CJK text at 1 em per character (y is the baseline from the page top). */
const run = (str: string, x: number, y: number, h = 10): TextRun => ({ str, x, y, w: str.length * h, h });

const text = (runs: TextRun[]) => layoutPages([{ page: 1, runs }]).text;

describe('dropOverdrawnRuns', () => {
  it.each([
    ['the same run 0.3pt to the right', [run('深化改革', 50, 100), run('深化改革', 50.3, 100)], ['深化改革']],
    ['the same run 0.3pt lower', [run('深化改革', 50, 100), run('深化改革', 50, 100.3)], ['深化改革']],
    ['the second half drawn again', [run('深化改革', 50, 100), run('改革', 70.2, 100)], ['深化改革']],
    [
      'three copies (shadow and bold)',
      [run('白沙镇', 0, 0), run('白沙镇', 0.2, 0), run('白沙镇', 0.4, 0.1)],
      ['白沙镇'],
    ],
  ])('drops %s', (_what, runs, kept) => {
    expect(dropOverdrawnRuns(runs).map((r) => r.str)).toEqual(kept);
  });

  it.each([
    ['the same words on the next line', [run('深化改革', 50, 100), run('深化改革', 50, 114)]],
    ['the same words further along the line', [run('深化改革', 50, 100), run('深化改革', 95, 100)]],
    [
      'other words in the same place (a correction stamp is still text)',
      [run('深化改革', 50, 100), run('全面小康', 50, 100)],
    ],
    ['a real reduplication drawn as two runs', [run('天天', 50, 100), run('天天', 70, 100)]],
  ])('keeps %s', (_what, runs) => {
    expect(dropOverdrawnRuns(runs)).toHaveLength(2);
  });
});

describe('layoutPages', () => {
  it('reads a two-column block column by column, under a headline that spans it', () => {
    const runs = [run('标题横跨两栏', 100, 30, 20)];
    for (let i = 0; i < 3; i++) {
      runs.push(run(`左${i}左左左左左`, 50, 60 + i * 14));
      runs.push(run(`右${i}右右右右右`, 150, 60 + i * 14));
    }
    expect(text(runs)).toBe(
      '标题横跨两栏\n\n左0左左左左左\n左1左左左左左\n左2左左左左左\n右0右右右右右\n右1右右右右右\n右2右右右右右\n',
    );
  });

  it('goes back to full width below the columns, and reads three columns', () => {
    const runs: TextRun[] = [];
    for (let i = 0; i < 2; i++)
      for (const [c, x] of [
        ['甲', 0],
        ['乙', 80],
        ['丙', 160],
      ] as const)
        runs.push(run(c.repeat(6), x, 20 + i * 14));
    runs.push(run('通栏文字通栏文字通栏文字通栏文字通栏文字', 0, 48));
    expect(text(runs).split('\n').filter(Boolean)).toEqual([
      '甲甲甲甲甲甲',
      '甲甲甲甲甲甲',
      '乙乙乙乙乙乙',
      '乙乙乙乙乙乙',
      '丙丙丙丙丙丙',
      '丙丙丙丙丙丙',
      '通栏文字通栏文字通栏文字通栏文字通栏文字',
    ]);
  });

  it('reads columns whose baselines do not line up', () => {
    const runs: TextRun[] = [];
    for (let i = 0; i < 4; i++)
      runs.push(run(`左${i}左左左左左`, 0, 20 + i * 14), run(`右${i}右右右右右`, 100, 27 + i * 15));
    expect(text(runs).split('\n')).toEqual([
      ...[0, 1, 2, 3].map((i) => `左${i}左左左左左`),
      ...[0, 1, 2, 3].map((i) => `右${i}右右右右右`),
      '',
    ]);
  });

  it('does not split a column at a gap that only some lines have', () => {
    const runs = [run('第一行文字', 0, 20), run('接着写', 80, 20), run('第二行没有空隙的文字内容很长', 0, 34)];
    expect(text(runs)).toBe('第一行文字 接着写\n第二行没有空隙的文字内容很长\n');
  });

  it('puts a blank line where the gap is larger than the line spacing', () => {
    const runs = [
      run('第一段第一行', 0, 20),
      run('第一段第二行', 0, 34),
      run('第二段第一行', 0, 62),
      run('第二段第二行', 0, 76),
    ];
    expect(text(runs)).toBe('第一段第一行\n第一段第二行\n\n第二段第一行\n第二段第二行\n');
  });

  it('keeps a larger-font heading on its own line between blank lines', () => {
    const runs = [
      run('正文一行正文一行', 0, 20),
      run('小标题', 0, 36, 14),
      run('正文二行正文二行', 0, 52),
      run('正文三行正文三行', 0, 66),
    ];
    expect(text(runs)).toBe('正文一行正文一行\n\n小标题\n\n正文二行正文二行\n正文三行正文三行\n');
    expect(layoutPages([{ page: 1, runs }]).lines.map((l) => l.heading)).toEqual([false, true, false, false]);
  });

  it('gives each line its page and box, with offsets into the text', () => {
    const { text: t, lines } = layoutPages([
      { page: 1, runs: [run('第一页', 40, 100)] },
      { page: 2, runs: [run('第二页内容', 60, 200, 12)] },
    ]);
    expect(lines.map((l) => t.slice(l.start, l.end))).toEqual(['第一页', '第二页内容']);
    expect(lines[1]).toMatchObject({ page: 2, x: 60, y: 188, w: 60, h: 12, heading: false }); // most of the text is 12pt: the body size
  });

  it('returns no text for pages without runs', () => {
    expect(
      layoutPages([
        { page: 1, runs: [] },
        { page: 2, runs: [run('  ', 0, 0)] },
      ]),
    ).toEqual({ text: '', lines: [] });
  });
});
