/**
 * Incremental rebuilds of a graph file (writeGraphFile: the previous file and its record index, build-splice.ts) give
 * byte for byte the graph a clean build gives, whatever changed: a report edited, removed, added before all others
 * (so that shared records change their first document), nothing at all; and a graph file touched by anything else is
 * not reused.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGraph, writeGraphFile, type BuildOptions } from '../../src/adapters/build.ts';
import { generateCorpus } from '../bench/corpus.ts';

let tmp: string;
let dir: string;
let cache: string;
let out: string;

/** A clean build of the folder, no cache: the reference. */
async function clean(): Promise<string> {
  const chunks: Buffer[] = [];
  await writeGraph([dir], (c) => chunks.push(Buffer.from(c)), { cache: false, workers: 1 });
  return Buffer.concat(chunks).toString('utf8');
}

async function rebuild(opts: BuildOptions = {}) {
  const s = await writeGraphFile([dir], out, { cache, workers: 1, ...opts });
  return { s, text: readFileSync(out, 'utf8') };
}

const reports = () =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-splice-test-'));
  dir = join(tmp, 'reports');
  cache = join(tmp, 'cache');
  out = join(tmp, 'out', 'graph.json');
  await generateCorpus({ dir, bytes: 60_000, seed: 6 });
  for (const f of readdirSync(join(import.meta.dirname, '..', '..', 'seeds')))
    if (f.endsWith('.txt')) cpSync(join(import.meta.dirname, '..', '..', 'seeds', f), join(dir, f));
}, 300_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('incremental rebuild of a graph file', { timeout: 300_000 }, () => {
  it('copies what no changed report touches and gives the clean build byte for byte', async () => {
    // the first build writes the file and its index with two merge threads (partitions written in parallel)
    const first = await rebuild({ workers: 2, partBytes: 20_000 });
    expect(first.s.spliced).toBe(false);
    expect(first.text).toBe(await clean());

    // one report edited: a number changed, a paragraph moved
    const edited = join(dir, reports()[3]!);
    const paras = readFileSync(edited, 'utf8').split('\n\n');
    paras.push(paras.splice(1, 1)[0]!);
    writeFileSync(edited, paras.join('\n\n').replace(/\d/, '9'));
    let r = await rebuild();
    expect(r.s.spliced).toBe(true);
    expect(r.s.extracted).toBe(1);
    expect(r.text).toBe(await clean());

    // the first report by id removed: records it opened now take the next document's attributes
    rmSync(join(dir, reports()[0]!));
    r = await rebuild();
    expect(r.s.spliced).toBe(true);
    expect(r.text).toBe(await clean());

    // a report added before all others, sharing places with another (its town, district, province)
    const twin = readFileSync(join(dir, reports()[5]!), 'utf8');
    writeFileSync(
      join(dir, '0000-added.txt'),
      twin.replace(/\d{2,}/g, (n) => String(Number(n) + 1)),
    );
    r = await rebuild();
    expect(r.s.spliced).toBe(true);
    expect(r.s.extracted).toBe(1);
    expect(r.text).toBe(await clean());

    // nothing changed
    r = await rebuild();
    expect(r.s.spliced).toBe(true);
    expect(r.s.extracted).toBe(0);
    expect(r.text).toBe(await clean());
    expect(JSON.parse(r.text)).toHaveProperty('edges');
  });

  it('does not reuse a graph file changed by anything else, nor one of another build', async () => {
    await rebuild();
    appendFileSync(out, ' ');
    const r = await rebuild();
    expect(r.s.spliced).toBe(false);
    expect(r.text).toBe(await clean());

    // another output file is not this one's
    const other = join(tmp, 'out', 'other.json');
    const s = await writeGraphFile([dir], other, { cache, workers: 1 });
    expect(s.spliced).toBe(false);
    expect(readFileSync(other, 'utf8')).toBe(r.text);
    // once that file is gone, the next build drops its index (hundreds of MB for a large corpus)
    const heads = () =>
      readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((f) => /outputs.*\.json$/.test(f));
    expect(heads()).toHaveLength(2);
    rmSync(other);
    await rebuild();
    expect(heads()).toHaveLength(1);
  });

  it('merges from scratch when many reports changed', async () => {
    await rebuild();
    const base = reports();
    // a dozen reports added: more than a handful, and more than a quarter of them all
    for (let i = 0; i < 12; i++) {
      const text = readFileSync(join(dir, base[i % base.length]!), 'utf8');
      writeFileSync(join(dir, `added-${i}.txt`), `${text}\n\n全镇完成植树造林${1200 + i}亩。\n`);
    }
    const r = await rebuild();
    expect(r.s.spliced).toBe(false);
    expect(r.s.extracted).toBe(12);
    expect(r.text).toBe(await clean());
  });
});
