/** The official scorer (../shared/eval/score.mjs), run as users run it; its last line parsed into numbers. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SCORER = join('..', 'shared', 'eval', 'score.mjs');
export const hasScorer = existsSync(SCORER);

/** entityF1, relationF1, outcomeF1, docs, missing of `pred` against `gold` (folders of the scorer's layout). */
export function officialScore(gold: string, pred: string): Record<string, number> {
  const report = execFileSync('node', [SCORER, '--gold', gold, '--pred', pred], { encoding: 'utf8' });
  const last = report.trim().split('\n').pop()!;
  console.log(last);
  return Object.fromEntries([...last.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1]!, Number(m[2])]));
}
