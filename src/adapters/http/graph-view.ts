/**
 * The graph as the explorer's API serves it: a light drawing payload (draw-payload.ts) with positions from the
 * cached initial layout, the scalar attributes for exports, and one node with its neighbours grouped by relation and
 * its evidence placed in its sentence. Pure functions over a loaded SerializedGraph, indexed once.
 */
import type { DocumentAttributes, SerializedGraph, SerializedNode } from '../../core/graph/schema.ts';
import type {
  AttributesPayload,
  EvidenceView,
  GraphPayload,
  NeighbourView,
  NodePayload,
  SearchKeysPayload,
} from './api-types.ts';
import { buildAttributesPayload, buildDrawPayload, drawableEdges } from './draw-payload.ts';
import { loadOrComputeLayout } from './initial-layout.ts';
import { buildSearchKeys } from './search-keys.ts';

export interface GraphView {
  graph: SerializedGraph;
  /** GET /api/graph. */
  payload: GraphPayload;
  /** GET /api/graph/attributes, built on first use (only exports need it). */
  attributes(): AttributesPayload;
  /** GET /api/search-keys, built on first use. */
  searchKeys(): SearchKeysPayload;
  node(key: string): NodePayload | null;
}

export interface GraphViewOptions {
  /** Where initial layouts are cached (see initial-layout.ts); none: computed every time. */
  layoutCacheDir?: string;
}

interface Adjacent {
  other: string;
  direction: 'out' | 'in';
  edge: Record<string, unknown>;
  type: string;
}

function stripSentences(n: SerializedNode): SerializedNode {
  if (n.attributes.type !== 'Document') return n;
  const { sentences: _sentences, ...rest } = n.attributes as DocumentAttributes;
  return { key: n.key, attributes: { ...rest, sentences: [] } as DocumentAttributes };
}

export function createGraphView(graph: SerializedGraph, opts: GraphViewOptions = {}): GraphView {
  const nodes = new Map(graph.nodes.map((n) => [n.key, n]));
  const docs = new Map<string, DocumentAttributes>();
  for (const n of graph.nodes)
    if (n.attributes.type === 'Document') docs.set(n.attributes.name, n.attributes as DocumentAttributes);
  const adjacency = new Map<string, Adjacent[]>();
  const push = (k: string, a: Adjacent) => {
    const list = adjacency.get(k);
    if (list) list.push(a);
    else adjacency.set(k, [a]);
  };
  for (const e of graph.edges) {
    const { evidence: _evidence, ...edge } = e.attributes;
    push(e.source, { other: e.target, direction: 'out', edge, type: e.attributes.type });
    push(e.target, { other: e.source, direction: 'in', edge, type: e.attributes.type });
  }
  const drawn = drawableEdges(graph);
  const payload = buildDrawPayload(graph, loadOrComputeLayout(graph, drawn, opts.layoutCacheDir), drawn);
  let attributes: AttributesPayload | null = null;
  let searchKeys: SearchKeysPayload | null = null;

  const evidenceOf = (n: SerializedNode): EvidenceView[] =>
    (n.attributes.evidence ?? []).map((ev) => {
      const doc = docs.get(ev.doc);
      return { ...ev, sentenceStart: doc?.sentences?.[ev.sentence]?.start ?? null, docTitle: doc?.title ?? null };
    });

  return {
    graph,
    payload,
    attributes: () => (attributes ??= buildAttributesPayload(graph, drawn)),
    searchKeys: () => (searchKeys ??= buildSearchKeys(payload.nodes.names)),
    node(key) {
      const n = nodes.get(key);
      if (!n) return null;
      const neighbours: Record<string, NeighbourView[]> = {};
      for (const a of adjacency.get(key) ?? []) {
        const other = nodes.get(a.other);
        if (!other) continue;
        const group = `${a.type}:${a.direction}`;
        (neighbours[group] ??= []).push({
          key: a.other,
          name: other.attributes.name,
          type: other.attributes.type,
          direction: a.direction,
          edge: a.edge,
        });
      }
      for (const list of Object.values(neighbours))
        list.sort((x, y) => x.name.localeCompare(y.name, 'zh') || x.key.localeCompare(y.key));
      const { evidence: _evidence, ...attributes } = stripSentences(n).attributes as unknown as Record<string, unknown>;
      if (n.attributes.type === 'Document') delete attributes.sentences;
      return { key, attributes: attributes as NodePayload['attributes'], neighbours, evidence: evidenceOf(n) };
    },
  };
}

/** A one-line error naming the file and what to do, for anything that is not a graph `kg build` wrote. */
export function parseGraphJson(text: string, file: string): SerializedGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(
      `kg serve: ${file} is not valid JSON (${(e as Error).message}); build it with \`npx kg build <reports> --out ${file}\`.`,
      { cause: e },
    );
  }
  const g = data as Partial<SerializedGraph>;
  if (!g || !Array.isArray(g.nodes) || !Array.isArray(g.edges)) {
    throw new Error(
      `kg serve: ${file} is not a graph written by \`kg build\` (no nodes/edges arrays); rebuild it with \`npx kg build\`.`,
    );
  }
  for (const n of g.nodes) {
    if (
      typeof n?.key !== 'string' ||
      typeof n.attributes?.type !== 'string' ||
      typeof n.attributes?.name !== 'string'
    ) {
      throw new Error(
        `kg serve: ${file} has a node without key/type/name (${JSON.stringify(n).slice(0, 80)}); rebuild it with \`npx kg build\`.`,
      );
    }
  }
  return {
    attributes: { name: 'graph', schemaVersion: 1, documents: [] },
    options: { type: 'directed', multi: false, allowSelfLoops: false },
    ...g,
  } as SerializedGraph;
}
