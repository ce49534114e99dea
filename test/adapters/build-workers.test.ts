/**
 * Worker-thread builds and the streaming merge (on one thread or several) give the graph of the plain
 * single-threaded, in-memory path: extract each report, `mergeGraphs`, JSON.stringify.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentIds, writeGraph, type BuildOptions, type BuildSummary } from '../../src/adapters/build.ts';
import { loadExtractEnv } from '../../src/adapters/extract-env.ts';
import { collectReports, readReport } from '../../src/adapters/files.ts';
import { mergeGraphs } from '../../src/core/graph/merge.ts';
import { extractDocument } from '../../src/core/pipeline.ts';
import { generateCorpus } from '../bench/corpus.ts';

let tmp: string;
let corpus: string;

async function build(dirs: string[], opts: BuildOptions): Promise<{ text: string; s: BuildSummary }> {
  const chunks: Buffer[] = [];
  const s = await writeGraph(dirs, (c) => chunks.push(Buffer.from(c)), { cache: false, ...opts });
  return { text: Buffer.concat(chunks).toString('utf8'), s };
}

/** The reference: every report extracted in this thread, merged in memory by the core. */
async function reference(dirs: string[]): Promise<string> {
  const { files } = collectReports(dirs);
  const ids = documentIds(files);
  const graphs = [];
  for (let i = 0; i < files.length; i++) {
    const report = await readReport(files[i]!).catch(() => null);
    if (report) graphs.push(extractDocument({ ...report, docId: ids[i]! }, loadExtractEnv()));
  }
  return `${JSON.stringify(mergeGraphs(graphs))}\n`;
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-build-workers-test-'));
  corpus = join(tmp, 'corpus');
  await generateCorpus({ dir: corpus, bytes: 60_000, seed: 5 });
  cpSync(join(import.meta.dirname, '..', '..', 'seeds'), join(corpus, 'seeds'), { recursive: true });
}, 300_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeGraph', { timeout: 300_000 }, () => {
  it('gives the in-memory merge byte for byte, also when the merge spills into many partitions', async () => {
    const ref = await reference([corpus]);
    const one = await build([corpus], { workers: 1 });
    const spilled = await build([corpus], { workers: 1, partBytes: 20_000 });
    // two threads spill and write the partitions, handing the output back in order
    const parallel = await build([corpus], { workers: 2, partBytes: 20_000 });
    expect(one.text).toBe(ref);
    expect(spilled.text).toBe(ref);
    expect(parallel.text).toBe(ref);
    expect(one.s.nodes).toBe((JSON.parse(ref) as { nodes: unknown[] }).nodes.length);
  });

  it('gives the same graph with two worker threads as with one, bad files included', async () => {
    const dir = join(tmp, 'with-bad');
    cpSync(corpus, dir, { recursive: true });
    writeFileSync(join(dir, 'empty.txt'), '');
    const one = await build([dir], { workers: 1 });
    const two = await build([dir], { workers: 2 });
    expect(two.s.workers).toBe(2);
    expect(two.text).toBe(one.text);
    expect(two.s.errors).toEqual(one.s.errors);
    expect(two.s.errors).toHaveLength(1);
    expect(two.s.errors[0]).toContain('empty.txt');
  });
});
