import { describe, expect, it } from 'vitest';
import { collectYears, computeHiddenNodes, computeNodeFacts } from '../../viz/src/filters.ts';
import { labelOf, toSigmaGraph, typesPresent } from '../../viz/src/graph-model.ts';
import { NODE_TYPES } from '../../src/core/graph/schema.ts';
import { createGraphView } from '../../src/adapters/http/graph-view.ts';
import { miniGraph } from '../e2e/fixtures/mini-graph.ts';

const payload = createGraphView(miniGraph()).payload;
const graph = toSigmaGraph(payload);
const facts = computeNodeFacts(payload);
const none = { hiddenTypes: [], doc: null, year: null };

describe('filters', () => {
  it('hides nothing without filters', () => {
    expect(computeHiddenNodes(facts, none).size).toBe(0);
  });
  it('hides the types switched off in the legend', () => {
    const hidden = computeHiddenNodes(facts, { ...none, hiddenTypes: ['Place'] });
    expect([...hidden].sort()).toEqual(graph.filterNodes((_k, a) => a.kind === 'Place').sort());
  });
  it('keeps only the nodes a document mentions (and the document itself)', () => {
    const hidden = computeHiddenNodes(facts, { ...none, doc: 'mini-report' });
    // 重庆市 and 江津区 come from the gazetteer hierarchy only, with no evidence in the report.
    expect([...hidden].sort()).toEqual(['place:500000000000', 'place:500116000000']);
    expect(computeHiddenNodes(facts, { ...none, doc: 'other' }).size).toBe(graph.order);
  });
  it('filters by the year of the documents and of outcomes', () => {
    expect(collectYears(facts)).toEqual([2020]);
    expect(computeHiddenNodes(facts, { ...none, year: 2020 }).size).toBe(2);
    expect(computeHiddenNodes(facts, { ...none, year: 2019 }).size).toBe(graph.order);
  });
});

describe('toSigmaGraph', () => {
  it('keeps every node and edge, moves the schema type to `kind`, and sizes by degree', () => {
    const g = miniGraph();
    expect(graph.order).toBe(g.nodes.length);
    expect(graph.size).toBe(g.edges.length);
    const town = graph.getNodeAttributes('place:500116108000');
    expect(town.kind).toBe('Place');
    expect(town.type).toBe('circle'); // sigma's program, not the schema type
    expect(town.size).toBeGreaterThan(graph.getNodeAttributes('place:500000000000').size);
    expect(graph.getNodeAttribute('doc:mini-report', 'label')).toBe('白沙镇2020年亮点工作回眸');
    expect(labelOf('Document', '000_abc', { title: null, town: '白沙镇', year: 2020 })).toBe('白沙镇 2020');
    expect(labelOf('Document', '000_abc', { title: null, town: null })).toBe('000_abc');
    expect(typesPresent(graph, NODE_TYPES)).toEqual(['Place', 'Project', 'Honor', 'Outcome', 'Document']);
  });
});
