/**
 * From the API's graph (graphology serialisation) to the graph sigma draws. Sigma reads `type` as the name of its
 * drawing program, so the schema's `type` moves to `kind`; `label`, `color` and `size` are derived here, once.
 */
import { DirectedGraph, MultiDirectedGraph } from 'graphology';
import type { AbstractGraph as Graph } from 'graphology-types';
import type { SerializedGraph } from '../../src/core/graph/schema.ts';
import { colorOf, EDGE_COLOR, sizeOf, TYPE_COLORS } from './style.ts';

/** A document's id is a file name; its title, or its town and year, say more on the canvas. */
export function labelOf(type: string, name: string, a: Record<string, unknown>): string {
  if (type !== 'Document') return name;
  if (typeof a.title === 'string' && a.title) return a.title;
  if (typeof a.town === 'string' && a.town) return typeof a.year === 'number' ? `${a.town} ${a.year}` : a.town;
  return name;
}

export function toSigmaGraph(payload: SerializedGraph): Graph {
  const graph = new DirectedGraph({ allowSelfLoops: false });
  for (const { key, attributes } of payload.nodes) {
    const { type, name, ...rest } = attributes as unknown as Record<string, unknown>;
    graph.addNode(key, {
      ...rest,
      kind: String(type),
      name: String(name),
      label: labelOf(String(type), String(name), rest),
      color: colorOf(String(type)),
    });
  }
  for (const { key, source, target, attributes } of payload.edges) {
    if (!graph.hasNode(source) || !graph.hasNode(target) || graph.hasEdge(source, target)) continue;
    const { type, ...rest } = attributes as unknown as Record<string, unknown>;
    graph.addEdgeWithKey(key, source, target, { ...rest, kind: String(type), color: EDGE_COLOR, size: 0.6 });
  }
  graph.forEachNode((key) => graph.setNodeAttribute(key, 'size', sizeOf(graph.degree(key), graph.order)));
  return graph;
}

/** Node types in schema order, then any others the graph has. */
export function typesPresent(graph: Graph, order: readonly string[]): string[] {
  const seen = new Set<string>();
  graph.forEachNode((_k, a) => seen.add(String(a.kind)));
  return [...order.filter((t) => seen.has(t)), ...[...seen].filter((t) => !order.includes(t)).sort()];
}

/** A graph from a Cypher result (Neo4j ids), labelled by the `name` property when there is one. */
export interface CypherGraphLike {
  nodes: { id: string; key?: string; labels: string[]; properties: Record<string, unknown> }[];
  edges: { id: string; source: string; target: string; type: string }[];
}

export function cypherResultGraph(result: CypherGraphLike): Graph {
  const graph = new MultiDirectedGraph();
  for (const n of result.nodes) {
    if (graph.hasNode(n.id)) continue;
    // Nodes may carry several labels (`:Entity:Place`); colour by the one the schema knows.
    const kind = n.labels.find((l) => l in TYPE_COLORS) ?? n.labels[0] ?? 'Node';
    const name = n.properties.name ?? n.key ?? n.id;
    graph.addNode(n.id, { kind, key: n.key, label: String(name), color: colorOf(kind), size: 6 });
  }
  for (const e of result.edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target))
      graph.addEdgeWithKey(e.id, e.source, e.target, { kind: e.type, size: 1, color: EDGE_COLOR });
  }
  return graph;
}
