/**
 * Doubled figures: a bold figure in an otherwise plain line is drawn twice, and extraction writes the figure and its
 * unit twice each, the line around them once (whole doubled lines are doubled-runs.ts's):
 *   累计接待游客426426万人次万人次，  →  累计接待游客426万人次，
 *   总收入达到 1.361.36 亿元亿元      →  总收入达到 1.36 亿元
 *   稳定在65006500 / 亩亩左右         →  稳定在6500 / 亩左右 (the break stays for the line joins)
 * A figure doubled and then its unit doubled is undone: 1212个 alone may be a figure, 年年 alone is Chinese, and a
 * one-digit figure (11个个体户) is left as written, and so is a year before 年 (2020年年底, 1919年年初: a figure of
 * two digits twice is a year's four). A figure alone drawn twice before its unit is undone only where no figure could
 * be written so: a decimal twice (1.21.2亿元, 62.562.5%: two decimal points) or a figure of three or more digits twice
 * (82008200亩: a count that repeats its own digits is the drawing, not the count).
 */
import { MappedBuilder, type Mapped } from './offset-map.ts';

const DOUBLED_FIGURE =
  /(?<![\d.])(\d{2,}(?:\.\d+)?|\d\.\d+)\1(?:([ \t]*\n?[ \t]*)([\u4e00-\u9fff%]{1,3}?)\3(?!体)|(?![\d.])(?=[ \t]*\n?[ \t]*[\u4e00-\u9fff%]))/g;

export function repairDoubledFigures(input: string): Mapped {
  if (!/\d/.test(input)) return { text: input, map: null };
  const out = new MappedBuilder(input);
  let from = 0;
  for (const m of input.matchAll(DOUBLED_FIGURE)) {
    const [, figure, gap, unit] = m as unknown as [string, string, string | undefined, string | undefined];
    const at = m.index!;
    if (unit === undefined) {
      // the figure alone: only where the double cannot be read as one figure
      if (figure.includes('.') || figure.length >= 3) {
        out.copy(input, from, at + figure.length);
        from = at + 2 * figure.length;
      }
      continue;
    }
    if (figure.length === 2 && unit.startsWith('年')) continue;
    // keep the first copy of the figure, the gap, the first copy of the unit
    out.copy(input, from, at + figure.length);
    const unitAt = at + 2 * figure.length + gap!.length;
    out.copy(input, at + 2 * figure.length, unitAt + unit.length);
    from = unitAt + 2 * unit.length;
  }
  out.copy(input, from, input.length);
  return out.build();
}
