/** `kg build` as a user meets it: bad input gets one clear line naming the file, the rest is still built. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const kg = (...args: string[]) => spawnSync('node', ['src/cli/kg.js', ...args], { encoding: 'utf8' });

describe('kg build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  const good = join(dir, 'good.txt');
  copyFileSync('seeds/004_feff5e1e4c6e468a.txt', good);
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'broken.txt'), Buffer.from([0xe6, 0x9f, 0x8f, 0xff, 0xfe, 0x41, 0xc3]));

  it('builds the good reports, names each bad file with what to do, and exits 1', () => {
    const out = join(dir, 'g.json');
    const r = kg('build', dir, join(dir, 'missing.txt'), '--out', out, '--quiet');
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    for (const bad of ['image.txt', 'empty.txt', 'broken.txt', 'missing.txt']) {
      const line = lines.find((l) => l.includes(bad));
      expect(line, `an error line for ${bad}`).toBeTruthy();
      expect(line!.length).toBeLessThan(240);
    }
    const g = JSON.parse(readFileSync(out, 'utf8'));
    expect(g.attributes.documents).toEqual(['good']);
    expect(g.nodes.some((n: { key: string }) => n.key === 'place:500116115000')).toBe(true);
  }, 60_000);

  it('exits 2 with a clear line when nothing can be built', () => {
    const empty = join(dir, 'nothing');
    mkdirSync(empty);
    const r = kg('build', empty, '--quiet');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nothing.*no reports/);
  }, 60_000);

  it('refuses an unknown format before doing any work', () => {
    const r = kg('build', good, '--format', 'svg');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format/);
  });

  it('prints help for every command', () => {
    for (const cmd of ['build', 'load', 'query', 'serve', 'neo4j', 'setup', 'start']) {
      const r = kg(cmd, '--help');
      expect(r.status, cmd).toBe(0);
      expect(r.stdout).toContain(`Usage: kg ${cmd}`);
    }
  }, 60_000);
});
