/**
 * Writing a graph: graphology's JSON serialisation (the product's own format), GEXF for Gephi (graphology-gexf) and
 * GraphML. Gephi and GraphML take flat attributes only, so lists (evidence, hierarchy, sentences) become JSON strings.
 */
import { DirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { SerializedGraph } from '../core/graph/schema.ts';

export const FORMATS = ['json', 'gexf', 'graphml'] as const;
export type Format = (typeof FORMATS)[number];

export function formatGraph(graph: SerializedGraph, format: Format): string {
  if (format === 'json') return `${JSON.stringify(graph)}\n`;
  if (format === 'gexf') return writeGexf(toFlatGraph(graph));
  return writeGraphml(graph);
}

function flat(attrs: object): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    out[k] = typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean);
  }
  return out;
}

function toFlatGraph(g: SerializedGraph): DirectedGraph {
  const graph = new DirectedGraph();
  for (const n of g.nodes) graph.addNode(n.key, { ...flat(n.attributes), label: n.attributes.name });
  for (const e of g.edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, flat(e.attributes));
  return graph;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** GraphML 1.0 with typed keys declared for every attribute that appears. */
export function writeGraphml(g: SerializedGraph): string {
  const keys = new Map<string, { for: 'node' | 'edge'; name: string; type: string }>();
  const declare = (scope: 'node' | 'edge', attrs: Record<string, string | number | boolean>) => {
    for (const [k, v] of Object.entries(attrs)) {
      const id = `${scope[0]}_${k}`;
      if (!keys.has(id))
        keys.set(id, {
          for: scope,
          name: k,
          type: typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string',
        });
    }
  };
  const nodes = g.nodes.map((n) => ({ key: n.key, attrs: flat(n.attributes) }));
  const edges = g.edges.map((e) => ({ ...e, attrs: flat(e.attributes) }));
  nodes.forEach((n) => declare('node', n.attrs));
  edges.forEach((e) => declare('edge', e.attrs));
  const data = (scope: 'node' | 'edge', attrs: Record<string, string | number | boolean>) =>
    Object.entries(attrs)
      .map(([k, v]) => `<data key="${esc(`${scope[0]}_${k}`)}">${esc(String(v))}</data>`)
      .join('');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...keys].map(
      ([id, k]) => `  <key id="${esc(id)}" for="${k.for}" attr.name="${esc(k.name)}" attr.type="${k.type}"/>`,
    ),
    '  <graph edgedefault="directed">',
    ...nodes.map((n) => `    <node id="${esc(n.key)}">${data('node', n.attrs)}</node>`),
    ...edges.map(
      (e) =>
        `    <edge id="${esc(e.key)}" source="${esc(e.source)}" target="${esc(e.target)}">${data('edge', e.attrs)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}
