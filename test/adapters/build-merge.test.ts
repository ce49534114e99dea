/**
 * The merge of cache entries against the core's in-memory merge, on graphs made by hand to reach every shape the
 * entry format has: keys with quotes and backslashes, evidence with page and box (PDF input), evidence of another
 * document or in another key order (kept as JSON), a key shared by several documents, empty evidence lists.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeEntry, readEntryHeader } from '../../src/adapters/build-entry.ts';
import { writeEntry } from '../../src/adapters/build-cache.ts';
import { mergeEntries, type MergeInput } from '../../src/adapters/build-merge.ts';
import type { DocumentGraph } from '../../src/core/graph/builder.ts';
import { mergeGraphs } from '../../src/core/graph/merge.ts';
import type { Evidence, SerializedEdge, SerializedNode } from '../../src/core/graph/schema.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-build-merge-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ev = (doc: string, sentence: number, start: number, text: string, more: Partial<Evidence> = {}): Evidence => ({
  doc,
  sentence,
  start,
  end: start + 2,
  text,
  ...more,
});

function node(key: string, name: string, evidence: Evidence[]): SerializedNode {
  return { key, attributes: { type: 'Program', name, evidence } };
}

function edge(source: string, target: string, evidence: Evidence[], extra: object = {}): SerializedEdge {
  return {
    key: `RUNS:${source}->${target}`,
    source,
    target,
    attributes: { type: 'RUNS', evidence, ...extra },
  };
}

/** Two sentences per document, one with a quote and a backslash in it. */
function graph(doc: string, variant: number): DocumentGraph {
  const s0 = `${doc}：推进“乡村振兴”，完成道路硬化${variant}公里。`;
  const s1 = `路径 C:\\data\\${doc} 与 "引号"`;
  const nodes = [
    node('program:乡村振兴', `乡村振兴${variant}`, [ev(doc, 0, 10 + variant, s0), ev(doc, 1, 40, s1)]),
    node('program:a"b\\c', 'a"b\\c', [ev(doc, 1, 3, s1, { page: 2, box: [1.5, 2, 30, 12] })]),
    node(`program:only-${doc}`, '只在一份', []),
    // evidence not in the standard shape: another document's, and other key orders
    node('program:odd', 'odd', [
      { text: s0, doc, sentence: 0, start: 1, end: 3 } as Evidence,
      ev(`${doc}-other`, 0, 5 + variant, 'x'),
    ]),
  ].sort((a, b) => (a.key < b.key ? -1 : 1));
  const edges = [
    edge('place:1', 'program:乡村振兴', [ev(doc, 0, 2, s0)], { year: 2020 + variant }),
    edge('place:1', 'program:a"b\\c', []),
    // a source with an arrow in it, and a key not made by edgeKey: both stored in full
    edge('org:a->b', 'program:乡村振兴', [ev(doc, 1, 7, s1)]),
    { ...edge('place:2', 'program:odd', [ev(doc, 0, 4, s0)]), key: `custom:${variant % 2}` },
    // an attribute left undefined, an offset past 32 bits, and attributes in another order (stored in full)
    edge('place:3', 'program:odd', [ev(doc, 0, 2 ** 32 + variant, s0)], { status: undefined, rank: 1 }),
    { ...edge('place:4', 'program:odd', []), attributes: { evidence: [], type: 'RUNS' as const } },
  ].sort((a, b) => (a.key < b.key ? -1 : 1));
  return { doc, nodes, edges };
}

async function merge(graphs: DocumentGraph[], threads: number, partBytes?: number): Promise<string> {
  const inputs: MergeInput[] = graphs.map((g) => {
    const entry = join(dir, `${threads}-${g.doc}.kgd`);
    writeEntry(entry, encodeEntry(g).bytes);
    return { doc: g.doc, entry, header: readEntryHeader(entry)! };
  });
  const chunks: Buffer[] = [];
  const s = await mergeEntries(inputs, (c) => chunks.push(Buffer.from(c)), {
    repair: async (i) => `${i.entry}: damaged`,
    threads,
    partBytes,
    tmpDir: dir,
  });
  expect(s.errors).toEqual([]);
  return Buffer.concat(chunks).toString('utf8');
}

describe('mergeEntries', { timeout: 60_000 }, () => {
  const graphs = ['r2', 'r10', 'r1', '白沙镇'].map((d, i) => graph(d, i));
  const reference = `${JSON.stringify(mergeGraphs(structuredClone(graphs)))}\n`;

  it('writes what the core merge writes, byte for byte', async () => {
    expect(await merge(graphs, 1)).toBe(reference);
  });

  it('writes the same on two threads, over many partitions', async () => {
    expect(await merge(graphs, 2, 200)).toBe(reference);
  });

  it('writes a graph of one document as that document has it', async () => {
    const one = [graph('solo', 7)];
    expect(await merge(one, 1)).toBe(`${JSON.stringify(mergeGraphs(structuredClone(one)))}\n`);
  });
});
