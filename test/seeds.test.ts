/**
 * The seeds end to end, as a user runs them: `kg build` on each report, then the project's scorer against the gold
 * annotations. Targets from the extraction issue: entity F1 ≥ 0.90, outcome F1 ≥ 0.90, relation F1 ≥ 0.80.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasScorer, officialScore } from './helpers/score.ts';

const GOLD = join('..', 'shared', 'eval', 'seeds');

describe('the seeds, end to end', () => {
  const out = mkdtempSync(join(tmpdir(), 'kg-seeds-'));
  const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));

  it('builds every seed with the CLI into a graphology graph', () => {
    for (const f of seeds) {
      execFileSync('node', [
        'src/cli/kg.js',
        'build',
        join('seeds', f),
        '--out',
        join(out, f.replace(/\.txt$/, '.json')),
        '--quiet',
      ]);
      const g = JSON.parse(readFileSync(join(out, f.replace(/\.txt$/, '.json')), 'utf8'));
      expect(g.options.type).toBe('directed');
      expect(
        g.nodes.every((n: { attributes: { type?: string; name?: string } }) => n.attributes.type && n.attributes.name),
      ).toBe(true);
      expect(g.edges.every((e: { attributes: { type?: string } }) => e.attributes.type)).toBe(true);
    }
  }, 120_000);

  it.skipIf(!hasScorer)(
    'meets the quality targets on the gold annotations',
    () => {
      const score = officialScore(GOLD, out);
      expect(score.missing).toBe(0);
      expect(score.entityF1).toBeGreaterThanOrEqual(0.9);
      expect(score.outcomeF1).toBeGreaterThanOrEqual(0.9);
      expect(score.relationF1).toBeGreaterThanOrEqual(0.8);
    },
    60_000,
  );
});
