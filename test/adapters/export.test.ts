import { DirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { formatGraph } from '../../src/adapters/export.ts';
import { mergeGraphs } from '../../src/core/graph/merge.ts';
import { extract } from '../helpers/extract.ts';

const graph = mergeGraphs([extract('江津区白沙镇荣膺“中国特色小城镇品牌传播百强”，新建蓄水池23口。<b>R&D</b>', 'x').graph]);

describe('formatGraph', () => {
  it('writes graphology JSON that graphology imports as is', () => {
    const g = new DirectedGraph();
    g.import(JSON.parse(formatGraph(graph, 'json')));
    expect(g.order).toBe(graph.nodes.length);
    expect(g.size).toBe(graph.edges.length);
    expect(g.getNodeAttribute('place:500116108000', 'name')).toBe('白沙镇');
  });

  it('writes GEXF that graphology-gexf reads back, lists flattened to JSON strings', () => {
    const g = parseGexf(DirectedGraph, formatGraph(graph, 'gexf'));
    expect(g.order).toBe(graph.nodes.length);
    expect(g.size).toBe(graph.edges.length);
    const ev = JSON.parse(g.getNodeAttribute('place:500116108000', 'evidence') as string);
    expect(ev[0]).toMatchObject({ doc: 'x', sentence: 0 });
  });

  it('writes GraphML that graphology-graphml reads back, with document text escaped', () => {
    const xml = formatGraph(graph, 'graphml');
    expect(xml).not.toContain('<b>');
    const g = parseGraphml(DirectedGraph, xml);
    expect(g.order).toBe(graph.nodes.length);
    expect(g.getNodeAttribute('place:500116108000', 'level')).toBe('town');
    expect(String(g.getNodeAttribute('doc:x', 'sentences'))).toContain('<b>R&D</b>');
  });
});
