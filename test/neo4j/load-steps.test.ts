import { describe, expect, it } from 'vitest';
import { chunk, fillStatement, planLoad } from '../../src/adapters/neo4j/load-steps.ts';
import { buildLoadRows, countRows } from '../../src/adapters/neo4j/rows.ts';
import { fixtureGraph, REPORT_A, REPORT_B } from './fixtures.ts';

describe('fillStatement', () => {
  it('fills label and relationship-type slots with names of the schema', () => {
    expect(fillStatement('SET n:{{labels}}', { labels: 'Place:Village' })).toBe('SET n:Place:Village');
    expect(fillStatement('MERGE (a)-[r:{{type}}]->(b)', { type: 'HAS_PROJECT' })).toBe(
      'MERGE (a)-[r:HAS_PROJECT]->(b)',
    );
  });

  it('refuses anything else, so no data ever becomes Cypher text', () => {
    expect(() => fillStatement('SET n:{{labels}}', { labels: 'Place`) DETACH DELETE (n' })).toThrow(/not a label/);
    expect(() => fillStatement('SET n:{{labels}}', { labels: 'Document' })).toThrow(/not a label/);
    expect(() => fillStatement('[r:{{type}}]', { type: 'KNOWS' })).toThrow(/not a relationship type/);
    expect(() => fillStatement('[r:{{type}}]', { type: 'PART_OF:RUNS' })).toThrow(/not a relationship type/);
    expect(() => fillStatement('[r:{{type}}]', {})).toThrow(/slot \{\{type\}\} was not filled/);
  });
});

describe('chunk', () => {
  it('cuts batches by weight, never leaving a batch empty', () => {
    const batches = chunk([1, 3, 1, 5, 1], 4, (n) => n);
    expect(batches.map((b) => b.rows)).toEqual([[1, 3], [1], [5], [1]]);
    expect(batches.map((b) => b.weight)).toEqual([4, 1, 5, 1]);
  });
});

describe('planLoad', () => {
  const rows = buildLoadRows(fixtureGraph(REPORT_A, REPORT_B));
  const statements = (fresh: string[]) => planLoad(rows, new Set(fresh), 1000).map((s) => s.statement);

  it('groups entities by label set and relationships by type, one static statement each', () => {
    const steps = planLoad(rows, new Set(), 1000);
    const labels = steps.filter((s) => s.statement === 'load/merge-entities').map((s) => s.fill?.labels);
    expect(labels).toContain('Place:Village');
    expect(labels).toContain('Honor');
    const types = steps.filter((s) => s.statement === 'load/merge-relationships').map((s) => s.fill?.type);
    expect(new Set(types)).toEqual(new Set(['PART_OF', 'LOCATED_IN', 'HAS_PROJECT', 'RECEIVED', 'RUNS', 'INCLUDES']));
    expect(types.length).toBe(new Set(types).size);
  });

  it('creates what belongs to new reports and merges what belongs to reports already loaded', () => {
    expect(statements(['doc:a.txt'])).toEqual(
      expect.arrayContaining(['load/create-sentences', 'load/merge-sentences', 'load/create-document-mentions']),
    );
    expect(statements([])).not.toContain('load/create-sentences');
    expect(statements([]).at(-1)).toBe('load/finish-documents');
  });

  it('leaves out edge keys the statements rebuild, and sends any other key', () => {
    const graph = fixtureGraph(REPORT_A, REPORT_B);
    graph.edges.find((e) => e.attributes.type === 'RUNS')!.key = 'runs-1';
    const steps = planLoad(buildLoadRows(graph), new Set(), 1000);
    const rowsOf = (type: string) =>
      steps.find((s) => s.fill?.type === type)!.batches[0].rows as Array<{ key?: string; props: object }>;
    expect(rowsOf('PART_OF').every((r) => r.key === undefined && !('key' in r.props))).toBe(true);
    expect(rowsOf('RUNS')[0].key).toBe('runs-1');
  });

  it('writes documents without sha256 and adds it in the last step', () => {
    const steps = planLoad(rows, new Set(), 1000);
    const documents = steps[0].batches[0].rows as Array<{ props: Record<string, unknown> }>;
    expect(documents.every((d) => d.props.sha256 === undefined && d.props.path !== undefined)).toBe(true);
    expect(steps.at(-1)!.batches[0].rows).toEqual(rows.documents.map((d) => ({ key: d.key, sha256: d.props.sha256 })));
  });

  it('carries each sentence with its MENTIONS and weighs batches so progress reaches the row count', () => {
    const steps = planLoad(rows, new Set(['doc:a.txt', 'doc:b.txt']), 2);
    const sentences = steps.filter((s) => s.statement === 'load/create-sentences');
    expect(sentences.map((s) => s.params?.doc)).toEqual(['doc:a.txt', 'doc:b.txt']);
    const carried = sentences.flatMap((s) => s.batches.flatMap((b) => b.rows as Array<{ mentions: unknown[] }>));
    expect(carried.reduce((n, s) => n + s.mentions.length, 0)).toBe(rows.mentions.length);
    const weight = steps.reduce((n, s) => n + s.batches.reduce((m, b) => m + b.weight, 0), 0);
    expect(weight).toBe(countRows(rows));
  });
});
