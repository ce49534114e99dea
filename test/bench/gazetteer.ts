/**
 * Gazetteer benchmark: `npm run bench:gazetteer [-- --runs N]`.
 * Prints the cold index build (CSV → cached index), the warm load in fresh processes (median of N), lookup rates
 * and memory. Builds into a temporary cache folder, so the project's own cache is left alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteerCachePath, loadGazetteerSync } from '../../src/adapters/gazetteer/load.ts';
import type { GazPlace, Gazetteer } from '../../src/core/link/gazetteer.ts';

const MB = 1024 * 1024;

interface ChildReport {
  loadMs: number;
  firstLookupMs: number;
  rssMb: number;
  rssBeforeMb: number;
  heapMb: number;
  externalMb: number;
}

/** Runs in a fresh process: time loadGazetteerSync and one lookup, report memory. */
function child(cacheDir: string): void {
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const gaz = loadGazetteerSync({ cacheDir });
  const t1 = performance.now();
  gaz.lookup('白沙镇');
  const t2 = performance.now();
  global.gc?.();
  const mem = process.memoryUsage();
  const report: ChildReport = {
    loadMs: t1 - t0,
    firstLookupMs: t2 - t1,
    rssMb: mem.rss / MB,
    rssBeforeMb: rssBefore / MB,
    heapMb: mem.heapUsed / MB,
    externalMb: (mem.external + mem.arrayBuffers) / MB,
  };
  process.stdout.write(JSON.stringify(report));
}

function runChild(cacheDir: string): ChildReport {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', self, '--child', cacheDir], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as ChildReport;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f1 = (x: number) => x.toFixed(1);

/**
 * Calls `fn` over the inputs once (the first pass makes the GazPlace objects and warms the JIT), then again for at
 * least ~0.5 s; returns calls per second of both.
 */
function rate<T>(inputs: T[], fn: (x: T, i: number) => unknown): { first: number; steady: number } {
  let t0 = performance.now();
  inputs.forEach(fn);
  const first = inputs.length / ((performance.now() - t0) / 1000);
  let calls = 0;
  t0 = performance.now();
  while (performance.now() - t0 < 500) {
    inputs.forEach(fn);
    calls += inputs.length;
  }
  return { first, steady: calls / ((performance.now() - t0) / 1000) };
}

/** A deterministic sample of places: every town and its villages under a few districts, plus their ancestors. */
function samplePlaces(gaz: Gazetteer): GazPlace[] {
  const out: GazPlace[] = [];
  for (const district of ['500116000000', '520330000000', '110105000000', '440305000000', '650102000000']) {
    for (const town of gaz.children(district)) out.push(town, ...gaz.children(town.code));
  }
  return out;
}

function main(): void {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
  const cacheDir = mkdtempSync(join(tmpdir(), 'kg-gazetteer-bench-'));
  try {
    const cold = runChild(cacheDir);
    const file = gazetteerCachePath({ cacheDir });
    console.log(`cold build (CSV → index, written to cache): ${f1(cold.loadMs)} ms, RSS ${f1(cold.rssMb)} MB`);
    console.log(`index file: ${f1(statSync(file).size / MB)} MB (${file.split('/').pop()})`);
    const warm = Array.from({ length: runs }, () => runChild(cacheDir));
    const loads = warm.map((r) => r.loadMs);
    console.log(
      `warm load (fresh process, ${runs} runs): median ${f1(median(loads))} ms ` +
        `(min ${f1(Math.min(...loads))}, max ${f1(Math.max(...loads))}); first lookup ${f1(median(warm.map((r) => r.firstLookupMs)))} ms`,
    );
    const w = warm[0]!;
    console.log(
      `memory after warm load: RSS ${f1(w.rssMb)} MB (${f1(w.rssMb - w.rssBeforeMb)} MB for the gazetteer), ` +
        `heap ${f1(w.heapMb)} MB, array buffers ${f1(w.externalMb)} MB`,
    );

    const gaz = loadGazetteerSync({ cacheDir });
    const places = samplePlaces(gaz);
    const names = places.map((p) => p.short);
    const misses = names.map((n) => `${n}有限公司`);
    const codes = places.map((p) => p.code);
    const bare = places
      .filter((p) => p.parent && /[村区]$/.test(p.short))
      .map((p) => [p.short.replace(/村$|社区$/, ''), p.parent!] as const);
    console.log(`sample: ${places.length} places`);
    const rates: [string, { first: number; steady: number }][] = [
      ['lookup(short name)', rate(names, (n) => gaz.lookup(n))],
      ['hasName(hit)', rate(names, (n) => gaz.hasName(n))],
      ['hasName(miss)', rate(misses, (n) => gaz.hasName(n))],
      ['byCode', rate(codes, (c) => gaz.byCode(c))],
      ['ancestors', rate(codes, (c) => gaz.ancestors(c))],
      ['children', rate(codes, (c) => gaz.children(c))],
      ['lookupWithin(name, town)', rate(bare, ([, within], i) => gaz.lookupWithin(names[i % names.length]!, within))],
      ['lookupBare(name, town)', rate(bare, ([n, within]) => gaz.lookupBare(n, within))],
    ];
    const perSec = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${(x / 1e3).toFixed(1)} k/s`);
    for (const [what, r] of rates) {
      console.log(`${what.padEnd(24)} ${perSec(r.steady).padStart(11)}   (first pass ${perSec(r.first)})`);
    }
    console.log(`RSS of this process after the rate runs: ${f1(process.memoryUsage().rss / MB)} MB`);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt > 0) child(process.argv[childAt + 1]!);
else main();
