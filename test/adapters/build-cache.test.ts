/**
 * The build cache: hits, misses on a changed report or extractor, damaged entries rebuilt, concurrent builds; the
 * graph after any of these is byte for byte the graph of a clean build.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGraph, type BuildOptions, type BuildSummary } from '../../src/adapters/build.ts';
import { extractorVersion } from '../../src/adapters/build-cache.ts';
import { generateCorpus } from '../bench/corpus.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
let tmp: string;
let corpus: string;
let clean: string;

async function build(dir: string, opts: BuildOptions): Promise<{ text: string; s: BuildSummary }> {
  const chunks: Buffer[] = [];
  const s = await writeGraph([dir], (c) => chunks.push(Buffer.from(c)), { workers: 1, ...opts });
  return { text: Buffer.concat(chunks).toString('utf8'), s };
}

function entries(cache: string): string[] {
  return readdirSync(cache, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.kgd'))
    .map((f) => join(cache, f));
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-build-cache-test-'));
  corpus = join(tmp, 'corpus');
  await generateCorpus({ dir: corpus, bytes: 40_000, seed: 11 });
  clean = (await build(corpus, { cache: false })).text;
}, 300_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Generous timeouts: these build real corpora, and CI machines may be busy (no speed is asserted here).
describe('build cache', { timeout: 300_000 }, () => {
  it('extracts nothing on a rebuild of unchanged reports, and writes the same graph', async () => {
    const cache = join(tmp, 'c-hit');
    const first = await build(corpus, { cache });
    const second = await build(corpus, { cache });
    expect(first.s.extracted).toBe(first.s.documents);
    expect(second.s).toMatchObject({ extracted: 0, cached: first.s.documents });
    expect(first.text).toBe(clean);
    expect(second.text).toBe(clean);
  });

  it('re-extracts only the changed and added reports; the graph equals a clean build', async () => {
    const dir = join(tmp, 'changed');
    cpSync(corpus, dir, { recursive: true });
    const cache = join(tmp, 'c-change');
    const before = await build(dir, { cache });
    const files = readdirSync(dir).sort();
    writeFileSync(
      join(dir, files[0]!),
      readFileSync(join(dir, files[0]!), 'utf8').replace(/\d/, '7') + '\n新增一段。\n',
    );
    cpSync(join(dir, files[1]!), join(dir, 'added.txt'));
    const after = await build(dir, { cache });
    expect(after.s).toMatchObject({ extracted: 2, cached: before.s.documents - 1, documents: before.s.documents + 1 });
    expect(after.text).toBe((await build(dir, { cache: false })).text);
    expect(after.text).not.toBe(before.text);
  });

  it('misses when the extractor changes', async () => {
    const cache = join(tmp, 'c-version');
    await build(corpus, { cache, extractor: 'version-a' });
    const b = await build(corpus, { cache, extractor: 'version-b' });
    expect(b.s.cached).toBe(0);
    expect(b.text).toBe(clean);
  });

  it('derives the extractor version from the core sources', () => {
    const core = join(tmp, 'core');
    cpSync(join(ROOT, 'src', 'core'), core, { recursive: true });
    const v1 = extractorVersion(core);
    writeFileSync(join(core, 'pipeline.ts'), `${readFileSync(join(core, 'pipeline.ts'), 'utf8')}\n// changed\n`);
    const other = join(tmp, 'core2');
    cpSync(core, other, { recursive: true });
    expect(extractorVersion(other)).not.toBe(v1);
    expect(extractorVersion(join(ROOT, 'src', 'core'))).toMatch(/^[0-9a-f]{16}$/);
  });

  it('ignores and rebuilds damaged entries', async () => {
    const cache = join(tmp, 'c-damaged');
    await build(corpus, { cache });
    const [a, b, c] = entries(cache).sort();
    const text = readFileSync(a!, 'utf8');
    writeFileSync(a!, text.replace(/"evidence":\[/, '"evidence":[{"doc":"forged"},')); // body edited: CRC fails
    writeFileSync(b!, readFileSync(b!).subarray(0, 100)); // truncated inside the header
    writeFileSync(c!, 'not a cache entry');
    const again = await build(corpus, { cache });
    expect(again.text).toBe(clean);
    expect(again.s.extracted).toBeGreaterThanOrEqual(2); // b and c miss at lookup; a is caught by the merge
    const third = await build(corpus, { cache });
    expect(third.s.extracted).toBe(0);
    expect(third.text).toBe(clean);
  });

  it('survives concurrent builds into one cache', async () => {
    const cache = join(tmp, 'c-concurrent');
    const outs = [join(tmp, 'o1.json'), join(tmp, 'o2.json'), join(tmp, 'o3.json')];
    await Promise.all(
      outs.map((out) =>
        run(process.execPath, [join(ROOT, 'src/cli/kg.js'), 'build', corpus, '--cache', cache, '--out', out, '-q'], {
          cwd: ROOT,
        }),
      ),
    );
    for (const out of outs) expect(readFileSync(out, 'utf8')).toBe(clean);
    expect(entries(cache).length).toBe(readdirSync(corpus).length);
    expect(readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // checked through the CLI as well: it computes the extractor version the same way the concurrent builds did
    const after = await run(
      process.execPath,
      [join(ROOT, 'src/cli/kg.js'), 'build', corpus, '--cache', cache, '--out', outs[0]!],
      { cwd: ROOT },
    );
    expect(after.stderr).toMatch(/\(0 extracted, \d+ from cache\)/);
    expect(readFileSync(outs[0]!, 'utf8')).toBe(clean);
  });
});
