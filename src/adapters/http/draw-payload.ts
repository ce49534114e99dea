/**
 * The graph as the page draws it (GET /api/graph): parallel arrays with only what drawing, filtering and search need —
 * keys, names, types, positions, the documents each node comes from — instead of graphology's serialisation with every
 * attribute and all evidence. A 20k-node / 50k-edge graph went from 12.8 MB to ~2 MB, and flat arrays parse quickly.
 * What a node says (attributes, evidence, neighbours) is served when it is opened (/api/node/:key); the scalar
 * attributes of everything, for the GEXF export, by /api/graph/attributes in the same order.
 */
import type { DocumentAttributes, SerializedEdge, SerializedGraph } from '../../core/graph/schema.ts';
import type { AttributesPayload, DrawDocument, GraphPayload, Scalar } from './api-types.ts';

export interface Positions {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

/** Edges the page can draw: both ends in the graph, the first edge of each ordered pair (sigma's graph is simple). */
export function drawableEdges(graph: SerializedGraph): SerializedEdge[] {
  const keys = new Set(graph.nodes.map((n) => n.key));
  const pairs = new Set<string>();
  return graph.edges.filter((e) => {
    if (e.source === e.target || !keys.has(e.source) || !keys.has(e.target)) return false;
    const pair = `${e.source}\u0000${e.target}`;
    if (pairs.has(pair)) return false;
    pairs.add(pair);
    return true;
  });
}

/** Interns strings into a table, giving each its index. */
function interner(): { table: string[]; id(s: string): number } {
  const table: string[] = [];
  const ids = new Map<string, number>();
  return {
    table,
    id(s) {
      let i = ids.get(s);
      if (i === undefined) {
        i = table.length;
        table.push(s);
        ids.set(s, i);
      }
      return i;
    },
  };
}

/** Document nodes first (in graph order), then documents that only evidence names. */
function documentTable(graph: SerializedGraph): { documents: DrawDocument[]; index: Map<string, number> } {
  const documents: DrawDocument[] = [];
  const index = new Map<string, number>();
  for (const n of graph.nodes) {
    if (n.attributes.type !== 'Document' || index.has(n.attributes.name)) continue;
    const a = n.attributes as DocumentAttributes;
    index.set(a.name, documents.length);
    documents.push({ name: a.name, key: n.key, title: a.title ?? null, town: a.town ?? null, year: a.year ?? null });
  }
  for (const n of graph.nodes)
    for (const ev of n.attributes.evidence ?? [])
      if (!index.has(ev.doc)) {
        index.set(ev.doc, documents.length);
        documents.push({ name: ev.doc, key: null, title: null, town: null, year: null });
      }
  return { documents, index };
}

/** Two decimals are far below a pixel at any zoom the page allows, and keep the JSON short. */
const round = (v: number) => Math.round(v * 100) / 100;

export function buildDrawPayload(
  graph: SerializedGraph,
  positions: Positions,
  edges = drawableEdges(graph),
): GraphPayload {
  const nodeTypes = interner();
  const edgeTypes = interner();
  const { documents, index: docIndex } = documentTable(graph);
  const nodeIndex = new Map<string, number>();
  const nodes: GraphPayload['nodes'] = { keys: [], names: [], types: [], x: [], y: [], docs: [], years: [] };
  graph.nodes.forEach((n, i) => {
    const a = n.attributes;
    nodeIndex.set(n.key, i);
    nodes.keys.push(n.key);
    // (区委 of many reports: the drawing labels a body by its full name, 江津区委; the panel shows both)
    nodes.names.push(a.fullName ?? a.name);
    nodes.types.push(nodeTypes.id(a.type));
    nodes.x.push(round(positions.x[i] ?? 0));
    nodes.y.push(round(positions.y[i] ?? 0));
    const docs = new Set<number>();
    if (a.type === 'Document') docs.add(docIndex.get(a.name)!);
    for (const ev of a.evidence ?? []) docs.add(docIndex.get(ev.doc)!);
    nodes.docs.push([...docs]);
    if (a.type === 'Outcome' && typeof a.year === 'number') nodes.years.push([i, a.year]);
  });
  const drawn: GraphPayload['edges'] = { source: [], target: [], types: [] };
  for (const e of edges) {
    drawn.source.push(nodeIndex.get(e.source)!);
    drawn.target.push(nodeIndex.get(e.target)!);
    drawn.types.push(edgeTypes.id(e.attributes.type));
  }
  return {
    format: 'kg-draw/1',
    name: graph.attributes?.name ?? 'graph',
    nodeTypes: nodeTypes.table,
    edgeTypes: edgeTypes.table,
    documents,
    nodes,
    edges: drawn,
  };
}

/** Scalar attributes as they are; arrays and objects are left out, except evidence, which is counted. */
function scalars(attributes: object): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  const evidence = (attributes as { evidence?: unknown }).evidence;
  if (Array.isArray(evidence)) out.evidenceCount = evidence.length;
  return out;
}

export function buildAttributesPayload(graph: SerializedGraph, edges = drawableEdges(graph)): AttributesPayload {
  return {
    nodes: graph.nodes.map((n) => scalars(n.attributes)),
    edges: edges.map((e) => ({ key: e.key, attributes: scalars(e.attributes) })),
  };
}
