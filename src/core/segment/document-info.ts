/**
 * The year a report covers: the year in its title (柏林镇2023年亮点工作回眸), else the year it names most often
 * (2020年, …). 去年 in such a report is that year: a year-in-review is written early in the next year.
 */
import type { Sentence } from './segment.ts';

const TITLE_YEAR =
  /((?:19|20)\d{2})\s*年度?[\u4e00-\u9fff]{0,10}(回眸|工作报告|政府工作报告|工作总结|总结|综述|亮点|盘点|回顾)/;
const YEAR = /((?:19|20)\d{2})\s*年(?!代)/g;

export function detectYear(sentences: Sentence[]): number | null {
  for (const s of sentences) {
    const m = TITLE_YEAR.exec(s.text);
    if (m && (s.kind === 'heading' || s.text.length < 40)) return Number(m[1]);
  }
  const counts = new Map<number, number>();
  for (const s of sentences)
    for (const m of s.text.matchAll(YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts)
    if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

/** The document's title: the heading that names the town and year (——柏林镇2023年亮点工作回眸), if any. */
export function detectTitle(sentences: Sentence[]): string | null {
  const s = sentences.find((x) => x.kind === 'heading' && TITLE_YEAR.test(x.text));
  return s ? s.text.replace(/^——/, '') : null;
}
