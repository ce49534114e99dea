import { describe, expect, it } from 'vitest';
import { isDoubledLine, judgeLine, repairDoubledRuns } from '../../../src/core/read/doubled-runs.ts';
import { expectValidMap } from './map-check.ts';

describe('repairDoubledRuns', () => {
  it.each([
    ['深化改革深化改革、、抗疫战洪抗疫战洪、、', '深化改革、抗疫战洪、'],
    ['20202020年年，，白沙镇荣膺白沙镇荣膺', '2020年，白沙镇荣膺'],
    ['作为作为。。', '作为。'],
    ['文旅融合是白沙镇文旅融合是白沙镇 20202020 年的鲜明注脚年的鲜明注脚。。', '文旅融合是白沙镇 2020 年的鲜明注脚。'],
    ['白沙镇认真落白沙镇认真落\n实区委实区委、、', '白沙镇认真落\n实区委、'],
    ['签约打造分馆……成绩签约打造分馆……成绩', '签约打造分馆……成绩'],
    ['11001100年年', '1100年'],
  ])('undoubles %s', (input, expected) => {
    const out = repairDoubledRuns(input);
    expect(out.text).toBe(expected);
    expectValidMap(input, out);
  });

  it('keeps a real reduplication that arrives doubled inside a doubled line (天天天天 → 天天)', () => {
    expect(repairDoubledRuns('我们天天我们天天学习学习。。').text).toBe('我们天天学习。');
    expect(repairDoubledRuns('天天天天向上向上，，谢谢谢谢大家大家').text).toBe('天天向上，谢谢大家');
  });

  it.each([
    '大家天天向上，谢谢各位。',
    '我们常常看看书，一一对应。',
    '完成投资100万元，建成2000亩基地，共11个项目。',
    '谢谢',
    '——柏林镇2023年亮点工作回眸',
    '受理审批事项 209 件，按期办结率 100%；组织',
    '哈哈哈哈',
    '研究研究再说',
    '明明白白、清清楚楚',
    '高高兴兴，快快乐乐',
    '看看想想',
  ])('leaves normal text alone: %s', (line) => {
    expect(isDoubledLine(line)).toBe(false);
    expect(repairDoubledRuns(line).text).toBe(line);
  });

  it('decides line by line: a doubled line next to a normal one', () => {
    const input = '加强管理加强管理。。\n谢谢大家，天天向上。';
    expect(repairDoubledRuns(input).text).toBe('加强管理。\n谢谢大家，天天向上。');
  });

  it('undoubles a short line next to a doubled one, not a lone one', () => {
    expect(repairDoubledRuns('发展任务发展任务，，攻坚克难攻坚克难\n年年。。').text).toBe('发展任务，攻坚克难\n年。');
    expect(repairDoubledRuns('发展任务，攻坚克难。\n明明白白。。').text).toBe('发展任务，攻坚克难。\n明明白白。。');
  });

  it('maps each kept run to its first copy', () => {
    const input = '抗疫战洪抗疫战洪、、';
    const out = repairDoubledRuns(input);
    expect(Array.from(out.map!)).toEqual([0, 1, 2, 3, 8, 10]);
  });

  it('stays fast on long runs of one character', () => {
    const input = '—'.repeat(5000);
    expect(repairDoubledRuns(input).text.length).toBeGreaterThan(0);
  });
});

describe('judgeLine prefilter', () => {
  // a seeded generator: lines of doubled runs, real text and noise in every mix
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const alphabet = '改革深化抗疫战洪年镇村项目建设发展2020，、。 天谢';
  const pick = (n: number) =>
    Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');

  it('never rejects a line that the exact parse accepts (2,000 random lines)', () => {
    let accepted = 0;
    for (let k = 0; k < 2000; k++) {
      let line = '';
      while (line.length < 10 + random() * 80) {
        const run = pick(1 + Math.floor(random() * (random() < 0.2 ? 40 : 6)));
        line += random() < 0.8 ? run + run : run;
      }
      const exact = judgeLine(line, false);
      if (exact) accepted++;
      expect(judgeLine(line)).toEqual(exact);
    }
    // the generator does produce doubled lines, so the comparison tested both verdicts
    expect(accepted).toBeGreaterThan(200);
  });
});

describe('glyph doubling', () => {
  it('undoubles a line whose every glyph is drawn twice, digits and all', () => {
    expect(repairDoubledRuns('浦浦口口镇镇党党政政办办公公室室编编印印  22002233年年1122月月2288日日').text).toBe(
      '浦口镇党政办公室编印  2023年12月28日',
    );
  });
});

describe('repairDoubledRuns across line breaks', () => {
  it('reads a paragraph whose breaks cut a run’s second copy as one string, and drops the break inside the run', () => {
    const input =
      '获评一等奖获评一等奖，，在全县乡镇综合目标考核中在全县乡镇\n综合目标考核中，，名列第名列第22位位。。';
    const out = repairDoubledRuns(input);
    expect(out.text).toBe('获评一等奖，在全县乡镇综合目标考核中，名列第2位。');
    expectValidMap(input, out);
  });

  it('keeps a break between runs, and leaves a normal paragraph under a doubled one alone', () => {
    const input = '白沙镇认真落白沙镇认真落\n实区委实区委、、\n全年新增就业岗位260个，天天向上。';
    expect(repairDoubledRuns(input).text).toBe('白沙镇认真落\n实区委、\n全年新增就业岗位260个，天天向上。');
  });
});
