/**
 * The seeds end to end, as a user runs them: `kg build` on each report, then the project's scorer against the gold
 * annotations. Targets from the extraction issue: entity F1 ≥ 0.90, outcome F1 ≥ 0.90, relation F1 ≥ 0.80.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCORER = join('..', 'shared', 'eval', 'score.mjs');
const GOLD = join('..', 'shared', 'eval', 'seeds');

describe('the seeds, end to end', () => {
  const out = mkdtempSync(join(tmpdir(), 'kg-seeds-'));
  const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));

  it('builds every seed with the CLI into a graphology graph', () => {
    for (const f of seeds) {
      execFileSync('node', ['src/cli/kg.js', 'build', join('seeds', f), '--out', join(out, f.replace(/\.txt$/, '.json')), '--quiet']);
      const g = JSON.parse(readFileSync(join(out, f.replace(/\.txt$/, '.json')), 'utf8'));
      expect(g.options.type).toBe('directed');
      expect(g.nodes.every((n: { attributes: { type?: string; name?: string } }) => n.attributes.type && n.attributes.name)).toBe(true);
      expect(g.edges.every((e: { attributes: { type?: string } }) => e.attributes.type)).toBe(true);
    }
  }, 120_000);

  it.skipIf(!existsSync(SCORER))('meets the quality targets on the gold annotations', () => {
    const report = execFileSync('node', [SCORER, '--gold', GOLD, '--pred', out], { encoding: 'utf8' });
    const last = report.trim().split('\n').pop()!;
    const score = Object.fromEntries([...last.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
    console.log(last);
    expect(score.missing).toBe(0);
    expect(score.entityF1).toBeGreaterThanOrEqual(0.9);
    expect(score.outcomeF1).toBeGreaterThanOrEqual(0.9);
    expect(score.relationF1).toBeGreaterThanOrEqual(0.8);
  }, 60_000);
});
