/**
 * Build benchmark: `npm run bench [-- --quick] [-- --mb 100 --profile-mb 1]`; `--no-large`, `--no-profile` and
 * `--no-gazetteer` skip parts; `--main-mb 20` also builds a corpus without cache on 1 and 2 threads;
 * `--merge-scale-mb 100` also merges a 5 MB corpus's cache entries copied up to that size (the merge's time and
 * memory at scale, without extracting it all).
 *
 * Generates synthetic corpora (test/bench/corpus.ts: the seeds' sentences with other towns from the gazetteer,
 * seeded) in a temp folder and builds them end to end (`writeGraph`, the code behind `kg build`, output to a file):
 *  - gazetteer ready: cold (index built from the CSV files into an empty cache) and warm (a fresh process opens it);
 *  - the corpus (`--mb`, default 100 MB; 5 MB with --quick) with 1 and 2 workers, each into a fresh cache, then an
 *    incremental rebuild after changing 1% of its files; then a summary against the targets;
 *  - a CPU profile (node --cpu-prof) of a single-thread build, summarised into its top functions.
 * Every build runs in a fresh process, after the data earlier builds wrote is flushed to disk: peak RSS is that process's high-water mark (process.resourceUsage().maxRSS,
 * getrusage: the main thread and the worker threads together), CPU is process.cpuUsage() (all threads).
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGraph, writeGraphFile, type BuildSummary } from '../../src/adapters/build.ts';
import { extractorVersion } from '../../src/adapters/build-cache.ts';
import { readEntryHeader, type EntryHeader } from '../../src/adapters/build-entry.ts';
import { mergeEntries, type MergeInput } from '../../src/adapters/build-merge.ts';
import { crc32 } from 'node:zlib';
import { loadGazetteerSync } from '../../src/adapters/gazetteer/load.ts';
import { createRandom, generateCorpus } from './corpus.ts';

const SELF = fileURLToPath(import.meta.url);
/**
 * One extractor version for the whole run, passed to every build: src/core may be edited while the bench runs (a
 * shared working tree), and the incremental rebuild must measure the cache, not a code change.
 */
const EXTRACTOR = extractorVersion();
const MB = 1e6;

interface BuildRun {
  wallS: number;
  cpuS: number;
  peakRssMb: number;
  docs: number;
  bytes: number;
  extracted: number;
  cached: number;
  nodes: number;
  edges: number;
  outBytes: number;
  workers: number;
  ms: BuildSummary['ms'];
  hashed: number;
  spliced: boolean;
  /** 1- and 5-minute load averages at the end of the build (the machine is shared: wall times depend on it). */
  load: number[];
}

/** Child: one build, then its figures as JSON on stdout. */
async function childBuild(dir: string, workers: number, cache: string, out: string, extractor: string): Promise<void> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // with a cache, as `kg build --out`: the file and its record index, so that a rebuild can splice (build-splice.ts)
  const opts = {
    workers: workers > 0 ? workers : undefined,
    cache: cache === 'none' ? (false as const) : cache,
    extractor,
  };
  let s: BuildSummary;
  if (opts.cache) s = await writeGraphFile([dir], out, opts);
  else {
    const fd = openSync(out, 'w');
    s = await writeGraph([dir], (chunk) => writeSync(fd, chunk), opts);
    closeSync(fd);
  }
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const run: BuildRun = {
    wallS,
    cpuS: (cpu.user + cpu.system) / 1e6,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / (1024 * 1024),
    docs: s.documents,
    bytes: s.bytes,
    extracted: s.extracted,
    cached: s.cached,
    nodes: s.nodes,
    edges: s.edges,
    outBytes: statSync(out).size,
    workers: s.workers,
    ms: s.ms,
    hashed: s.hashed,
    spliced: s.spliced,
    load: loadavg().slice(0, 2),
  };
  process.stdout.write(JSON.stringify(run));
}

function runBuild(dir: string, workers: number, cache: string, out: string, nodeArgs: string[] = []): BuildRun {
  flushWrites();
  const json = execFileSync(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', SELF, '--child-build', dir, String(workers), cache, out, EXTRACTOR],
    { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(json) as BuildRun;
}

/**
 * Writes the data of earlier builds to disk before the next one is timed: a build of 100 MB leaves gigabytes of its
 * graph and cache in the page cache, and the kernel writing them back while the next build runs slowed that build's
 * own writes several times over (the incremental rebuild's write phase took 2.7–10.2 s from one run to the next).
 * Each figure is then that build's own cost, whatever ran before it. Best effort (`sync` is not everywhere).
 */
function flushWrites(): void {
  try {
    execFileSync('sync', { stdio: 'ignore' });
  } catch {
    // no sync command: the figures include earlier builds' write-back
  }
}

/** Child: open the gazetteer (building the index first when the cache folder is empty); prints ms. */
function childGazetteer(cacheDir: string): void {
  const t0 = performance.now();
  const gaz = loadGazetteerSync({ cacheDir });
  gaz.lookup('白沙镇');
  process.stdout.write(String(performance.now() - t0));
}

function gazetteerTimes(): { coldMs: number; warmMs: number[] } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-gaz-'));
  try {
    const run = () =>
      Number(execFileSync(process.execPath, ['--import', 'tsx', SELF, '--child-gazetteer', dir], { encoding: 'utf8' }));
    const coldMs = run();
    const warmMs = [run(), run(), run()];
    return { coldMs, warmMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Child: merge the entries listed in a JSON file (MergeInput[]) into `out`; figures as JSON on stdout. */
async function childMerge(list: string, out: string, threads: number): Promise<void> {
  const inputs = JSON.parse(readFileSync(list, 'utf8')) as MergeInput[];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const fd = openSync(out, 'w');
  const s = await mergeEntries(inputs, (chunk) => writeSync(fd, chunk), {
    repair: async (i) => `${i.entry}: damaged`,
    threads,
  });
  closeSync(fd);
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(
    JSON.stringify({
      wallS: (performance.now() - t0) / 1000,
      cpuS: (cpu.user + cpu.system) / 1e6,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      docs: s.documents.length,
      nodes: s.nodes,
      edges: s.edges,
      errors: s.errors.length,
      outBytes: statSync(out).size,
    }),
  );
}

/**
 * The merge at a larger scale without extracting it all: the cache entries of a built corpus, copied `copies`
 * times under other document ids (every occurrence of the id rewritten, header and CRC remade).
 */
function replicateEntries(cacheDir: string, into: string, copies: number): MergeInput[] {
  const inputs: MergeInput[] = [];
  const files = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.kgd'));
  mkdirSync(into, { recursive: true });
  for (const f of files) {
    const text = readFileSync(join(cacheDir, f), 'utf8');
    const nl = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, nl)) as EntryHeader;
    for (let c = 0; c < copies; c++) {
      const doc = `${header.doc}~${c}`;
      const swap = (s: string) => s.split(header.doc).join(doc);
      const body = Buffer.from(swap(text.slice(nl + 1)), 'utf8');
      // the texts are the last lines of the body
      let at = body.length;
      for (let t = 0; t < header.texts; t++) at = body.lastIndexOf(10, at - 2) + 1;
      const h: EntryHeader = {
        ...header,
        doc,
        textBytes: body.length - at,
        bodyBytes: body.length,
        crc: crc32(body),
        sample: { nodes: header.sample.nodes.map(swap), edges: header.sample.edges.map(swap) },
      };
      const entry = join(into, `${doc}.kgd`);
      writeFileSync(entry, Buffer.concat([Buffer.from(`${JSON.stringify(h)}\n`), body]));
      inputs.push({ doc, entry, header: readEntryHeader(entry)! });
    }
  }
  return inputs;
}

const f2 = (x: number) => x.toFixed(2);

function describe(label: string, r: BuildRun): string {
  const mb = r.bytes / MB;
  return (
    `${label.padEnd(34)} ${f2(mb)} MB, ${r.docs} docs (${r.extracted} extracted, ${r.cached} cached), ` +
    `${f2(r.wallS)} s wall: ${f2(mb / r.wallS)} MB/s, ${(r.docs / r.wallS).toFixed(1)} docs/s; ` +
    `CPU ${f2(r.cpuS)} s (${f2(mb / r.cpuS)} MB per CPU-s); ` +
    `peak RSS ${r.peakRssMb.toFixed(0)} MB; out ${(r.outBytes / MB).toFixed(0)} MB, ${r.nodes} nodes, ${r.edges} edges; ` +
    `load average ${r.load.map((x) => x.toFixed(1)).join(' / ')}\n` +
    `${''.padEnd(34)} ${phases(r)}`
  );
}

/** Where the time went: main-thread phases (wall) and extraction phases summed over the extracting threads. */
function phases(r: BuildRun): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const m = r.ms;
  return (
    `main thread: lookup ${s(m.lookup)} (${r.hashed} hashed), extraction ${s(m.extractWall)} ` +
    `(${r.workers} thread(s): read+decode ${s(m.read)}, core extract ${s(m.extract)}, cache write ${s(m.cache)}), ` +
    `merge${r.spliced ? ' (spliced into the previous file)' : ''}: ${r.spliced ? 'plan' : 'spill'} ${s(m.spill)}, ` +
    `write ${s(m.write)}`
  );
}

/** Rewrites `share` of the files (seeded): a paragraph moves to the end, a number changes. */
function touchFiles(dir: string, share: number): number {
  const rnd = createRandom(7);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const n = Math.max(1, Math.round(files.length * share));
  for (let i = 0; i < n; i++) {
    const file = join(dir, files[Math.floor(rnd() * files.length)]!);
    const paras = readFileSync(file, 'utf8').split('\n\n');
    if (paras.length > 2) paras.push(paras.splice(1, 1)[0]!);
    writeFileSync(file, paras.join('\n\n').replace(/\d/, String(Math.floor(rnd() * 10))));
  }
  return n;
}

interface Frame {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Self and inclusive time per function from a .cpuprofile. */
function summariseProfile(path: string, top: number): string {
  const p = JSON.parse(readFileSync(path, 'utf8')) as { nodes: Frame[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Frame) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}`;
  const ticks = new Map<number, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    ticks.set(id, (ticks.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
    total += p.timeDeltas[i] ?? 0;
  });
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  for (const [id, t] of ticks) {
    self.set(name(byId.get(id)!), (self.get(name(byId.get(id)!)) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur)!);
      if (!seen.has(k)) incl.set(k, (incl.get(k) ?? 0) + t);
      seen.add(k);
    }
  }
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, t]) => `  ${(t / 1000).toFixed(0).padStart(6)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  return `total ${(total / 1000).toFixed(0)} ms\nself time:\n${list(self)}\ninclusive time:\n${list(incl)}`;
}

function flag(name: string): boolean {
  return process.argv.includes(name);
}
function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const quick = flag('--quick');
  const mainMb = numberArg('--main-mb', 0);
  const largeMb = flag('--no-large') ? 0 : numberArg('--mb', numberArg('--large-mb', quick ? 5 : 100));
  const profileMb = flag('--no-profile') ? 0 : numberArg('--profile-mb', 1);
  const root = mkdtempSync(join(tmpdir(), 'kg-bench-build-'));
  const started = performance.now();
  try {
    if (!flag('--no-gazetteer')) {
      const gaz = gazetteerTimes();
      console.log(
        `gazetteer ready: cold (index built) ${gaz.coldMs.toFixed(0)} ms; warm (fresh process opens the cached ` +
          `index) ${gaz.warmMs.map((x) => x.toFixed(0)).join(' / ')} ms`,
      );
    }

    const out = join(root, 'out.json');
    if (mainMb > 0) {
      const t0 = performance.now();
      const corpus = await generateCorpus({ dir: join(root, 'main'), bytes: mainMb * MB, seed: 1 });
      const secs = (performance.now() - t0) / 1000;
      console.log(`corpus: ${f2(corpus.bytes / MB)} MB, ${corpus.files.length} reports, generated in ${f2(secs)} s`);
      for (const w of [1, 2])
        console.log(describe(`${mainMb} MB, ${w} worker(s), no cache:`, runBuild(join(root, 'main'), w, 'none', out)));
    }

    if (largeMb > 0) {
      const large = await generateCorpus({ dir: join(root, 'large'), bytes: largeMb * MB, seed: 2 });
      console.log(`large corpus: ${f2(large.bytes / MB)} MB, ${large.files.length} reports`);
      const one = runBuild(join(root, 'large'), 1, join(root, 'cache1'), out);
      console.log(describe(`${largeMb} MB, 1 worker, cold cache:`, one));
      rmSync(join(root, 'cache1'), { recursive: true, force: true });
      const two = runBuild(join(root, 'large'), 2, join(root, 'cache2'), out);
      console.log(describe(`${largeMb} MB, 2 workers, cold cache:`, two));
      const changed = touchFiles(join(root, 'large'), 0.01);
      // the rebuild a user runs: plain `kg build` (workers as it decides), into the same file
      const inc = runBuild(join(root, 'large'), 0, join(root, 'cache2'), out);
      console.log(describe(`incremental (${changed} files changed):`, inc));
      const mbs = (r: BuildRun) => f2(r.bytes / MB / r.wallS);
      console.log(
        `\n${largeMb} MB end to end: 1 worker ${mbs(one)} MB/s, 2 workers ${mbs(two)} MB/s: ` +
          `speed-up ${f2(one.wallS / two.wallS)}× wall (target ≥ 1.8×); ` +
          `peak RSS ${Math.max(one.peakRssMb, two.peakRssMb).toFixed(0)} MB (target < 1000 MB)\n` +
          `incremental rebuild after changing ${changed} files (1%): ${f2(inc.wallS)} s = ` +
          `${f2((100 * inc.wallS) / two.wallS)}% of the full 2-worker build's time (target ≤ 5%); ` +
          `CPU ${f2((100 * inc.cpuS) / two.cpuS)}% of its CPU time`,
      );
    }

    const mergeMb = quick ? 0 : numberArg('--merge-scale-mb', 0);
    if (mergeMb > 0) {
      const base = 5;
      const dir = join(root, 'merge-base');
      await generateCorpus({ dir, bytes: base * MB, seed: 4 });
      const built = runBuild(dir, 2, join(root, 'cache-m'), out);
      console.log(describe(`merge-scale base (${base} MB, 2 workers):`, built));
      const copies = Math.round(mergeMb / base);
      const inputs = replicateEntries(join(root, 'cache-m'), join(root, 'entries-m'), copies);
      const list = join(root, 'merge-list.json');
      writeFileSync(list, JSON.stringify(inputs));
      for (const threads of [1, 2]) {
        rmSync(out, { force: true });
        const args = ['--import', 'tsx', SELF, '--child-merge', list, out, String(threads)];
        const json = execFileSync(process.execPath, args, { encoding: 'utf8' });
        const m = JSON.parse(json) as {
          wallS: number;
          cpuS: number;
          peakRssMb: number;
          outBytes: number;
          docs: number;
        };
        console.log(
          `merge of ${copies}× its entries (≈ ${f2((built.bytes * copies) / MB)} MB of reports, ${m.docs} docs), ` +
            `${threads} thread(s): ${f2(m.wallS)} s wall, CPU ${f2(m.cpuS)} s, peak RSS ${m.peakRssMb.toFixed(0)} MB, ` +
            `out ${(m.outBytes / MB).toFixed(0)} MB; load average ${loadavg()[0]!.toFixed(1)}`,
        );
      }
      rmSync(join(root, 'entries-m'), { recursive: true, force: true });
    }

    if (profileMb > 0) {
      const dir = join(root, 'profile');
      await generateCorpus({ dir, bytes: profileMb * MB, seed: 3 });
      const profDir = join(root, 'prof');
      const r = runBuild(dir, 1, 'none', out, ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
      console.log(describe(`profile run (${profileMb} MB, 1 thread):`, r));
      const prof = readdirSync(profDir)
        .map((f) => join(profDir, f))
        .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
      console.log(summariseProfile(prof, 25));
    }
    console.log(`bench total: ${f2((performance.now() - started) / 1000)} s`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const i = process.argv.indexOf('--child-build');
if (i >= 0) {
  const [dir, workers, cache, out, extractor] = process.argv.slice(i + 1);
  await childBuild(dir!, Number(workers), cache!, out!, extractor!);
} else if (process.argv.includes('--child-merge')) {
  const at = process.argv.indexOf('--child-merge');
  await childMerge(process.argv[at + 1]!, process.argv[at + 2]!, Number(process.argv[at + 3] ?? 1));
} else if (process.argv.includes('--child-gazetteer')) {
  childGazetteer(process.argv[process.argv.indexOf('--child-gazetteer') + 1]!);
} else await main();
