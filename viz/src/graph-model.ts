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

/** Edge counts above which the page draws the nodes first and brings the edges in right after (see main.ts). */
export const PROGRESSIVE_EDGES = 10_000;

/**
 * The graph sigma draws, from the payload: every node, and the edges unless `edges` is false (the first picture of
 * a big graph). Sizes follow the degree in the payload either way, so the nodes do not change when the edges come.
 */
export function toSigmaGraph(payload: GraphPayload, { edges = true } = {}): Graph {
  checkPayload(payload);
  const graph = new DirectedGraph({ allowSelfLoops: false });
  addNodes(graph, payload);
  if (edges) addEdges(graph, payload, 0, payload.edges.source.length);
  return graph;
}

/** The whole graph, its edges added `slice` at a time with a yield to the browser between slices. */
export async function toSigmaGraphInSlices(payload: GraphPayload, slice = 10_000): Promise<Graph> {
  const graph = toSigmaGraph(payload, { edges: false });
  const count = payload.edges.source.length;
  for (let from = 0; from < count; from += slice) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    addEdges(graph, payload, from, Math.min(count, from + slice));
  }
  return graph;
}

/** Each node's degree (by payload index), from the edge arrays. */
export function degreesOf(payload: GraphPayload): Uint32Array {
  const { source, target } = payload.edges;
  const degree = new Uint32Array(payload.nodes.keys.length);
  for (let j = 0; j < source.length; j++) {
    degree[source[j]!]!++;
    degree[target[j]!]!++;
  }
  return degree;
}

function addNodes(graph: Graph, payload: GraphPayload): void {
  const { keys, names, types, x, y } = payload.nodes;
  // Degrees from the arrays, so that each node gets its size as it is added.
  const degree = degreesOf(payload);
  const docs = new Map(payload.documents.filter((d) => d.key !== null).map((d) => [d.key!, d]));
  // Smallest first: sigma draws in this order, so hubs lie on top, and a big graph's biggest nodes are the ones it
  // still draws while the camera moves (programs.ts).
  const order = Array.from(keys, (_k, i) => i).sort((a, b) => degree[a]! - degree[b]! || a - b);
  for (const i of order) {
    const kind = payload.nodeTypes[types[i]!] ?? 'Node';
    const name = names[i]!;
    const label = kind === 'Document' ? labelOf(kind, name, docs.get(keys[i]!) ?? {}) : name;
    // Every field sigma's applyNodeDefaults would add is present from the start: all node objects share one shape,
    // and sigma's copy of each (on every refresh) stays on V8's fast path.
    graph.addNode(keys[i]!, {
      kind,
      name,
      label,
      color: colorOf(kind),
      size: sizeOf(degree[i]!, keys.length),
      x: x[i]!,
      y: y[i]!,
      type: 'circle',
      hidden: false,
      highlighted: false,
      forceLabel: false,
      zIndex: 0,
    });
  }
}

/** Edges `from`..`to` of the payload; an edge's key is its index (see /api/graph/attributes). */
function addEdges(graph: Graph, payload: GraphPayload, from: number, to: number): void {
  const { keys } = payload.nodes;
  const { source, target, types } = payload.edges;
  const type = edgeTypeFor(source.length);
  for (let j = from; j < to; j++) {
    graph.addEdgeWithKey(String(j), keys[source[j]!]!, keys[target[j]!]!, {
      kind: payload.edgeTypes[types[j]!] ?? 'EDGE',
      color: EDGE_COLOR,
      size: 0.6,
      label: '',
      type,
      hidden: false,
      forceLabel: false,
      zIndex: 0,
    });
  }
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
