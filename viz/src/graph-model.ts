/**
 * From the API's drawing payload (parallel arrays, see GraphPayload) to the graph sigma draws. Sigma reads `type` as
 * the name of its drawing program, so the schema's type is `kind`; `label`, `color` and `size` are derived here,
 * once; positions come from the server's layout. Edge keys are the edges' indices in the payload, which is also their
 * index in /api/graph/attributes (exports use that to find the edges' own keys and attributes).
 */
import { DirectedGraph, MultiDirectedGraph } from 'graphology';
import type { AbstractGraph as Graph } from 'graphology-types';
import type { DrawDocument, GraphPayload } from '../../src/adapters/http/api-types.ts';
import { colorOf, EDGE_COLOR, sizeOf, TYPE_COLORS } from './style.ts';

/** A document's id is a file name; its title, or its town and year, say more on the canvas. */
export function labelOf(type: string, name: string, a: Partial<DrawDocument> | Record<string, unknown>): string {
  if (type !== 'Document') return name;
  if (typeof a.title === 'string' && a.title) return a.title;
  if (typeof a.town === 'string' && a.town) return typeof a.year === 'number' ? `${a.town} ${a.year}` : a.town;
  return name;
}

export function checkPayload(payload: GraphPayload): void {
  if (payload?.format !== 'kg-draw/1' || !Array.isArray(payload.nodes?.keys))
    throw new Error('Explorer: /api/graph answered in an unknown format; restart `npx kg serve` and reload the page.');
}

/** Sigma's edge program for a graph of this many edges: arrows while they are few enough to read and cheap to draw. */
export function edgeTypeFor(edgeCount: number): 'arrow' | 'line' {
  return edgeCount < 20_000 ? 'arrow' : 'line';
}

export function toSigmaGraph(payload: GraphPayload): Graph {
  checkPayload(payload);
  const { keys, names, types, x, y } = payload.nodes;
  const { source, target } = payload.edges;
  const edgeType = edgeTypeFor(source.length);
  // Degrees from the arrays, so that each node gets its size as it is added.
  const degree = new Uint32Array(keys.length);
  for (let j = 0; j < source.length; j++) {
    degree[source[j]!]!++;
    degree[target[j]!]!++;
  }
  const docs = new Map(payload.documents.filter((d) => d.key !== null).map((d) => [d.key!, d]));
  const graph = new DirectedGraph({ allowSelfLoops: false });
  for (let i = 0; i < keys.length; i++) {
    const kind = payload.nodeTypes[types[i]!] ?? 'Node';
    const name = names[i]!;
    const label = kind === 'Document' ? labelOf(kind, name, docs.get(keys[i]!) ?? {}) : name;
    const size = sizeOf(degree[i]!, keys.length);
    // Every field sigma's applyNodeDefaults would add is present from the start: all node objects share one shape,
    // and sigma's copy of each (70k of them, on every refresh) stays on V8's fast path.
    graph.addNode(keys[i]!, {
      kind,
      name,
      label,
      color: colorOf(kind),
      size,
      x: x[i]!,
      y: y[i]!,
      type: 'circle',
      hidden: false,
      highlighted: false,
      forceLabel: false,
      zIndex: 0,
    });
  }
  for (let j = 0; j < source.length; j++) {
    const kind = payload.edgeTypes[payload.edges.types[j]!] ?? 'EDGE';
    graph.addEdgeWithKey(String(j), keys[source[j]!]!, keys[target[j]!]!, {
      kind,
      color: EDGE_COLOR,
      size: 0.6,
      label: '',
      type: edgeType,
      hidden: false,
      forceLabel: false,
      zIndex: 0,
    });
  }
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
