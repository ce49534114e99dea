/**
 * The graph as the explorer's API serves it: the whole graph without the documents' sentence lists and without the
 * evidence sentences' text (together the bulk of the file, and only needed per node, where /api/node serves them),
 * and one node with its neighbours grouped by relation and its evidence
 * placed in its sentence. Pure functions over a loaded SerializedGraph, indexed once.
 */
import type { DocumentAttributes, Evidence, SerializedGraph, SerializedNode } from '../../core/graph/schema.ts';
import type { EvidenceView, GraphPayload, NeighbourView, NodePayload } from './api-types.ts';

export interface GraphView {
  graph: SerializedGraph;
  payload: GraphPayload;
  node(key: string): NodePayload | null;
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

/** Where the evidence is, without what it says: `text` becomes empty (the schema's field stays, as a string). */
function dropText(ev: Evidence): Evidence {
  return { ...ev, text: '' };
}

function withoutEvidenceText(n: SerializedNode): SerializedNode {
  return {
    key: n.key,
    attributes: { ...n.attributes, evidence: n.attributes.evidence.map(dropText) },
  } as SerializedNode;
}

export function createGraphView(graph: SerializedGraph): GraphView {
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
  const payload: GraphPayload = {
    ...graph,
    nodes: graph.nodes.map((n) => withoutEvidenceText(stripSentences(n))),
    edges: graph.edges.map((e) => ({
      ...e,
      attributes: { ...e.attributes, evidence: e.attributes.evidence.map(dropText) },
    })),
  };

  const evidenceOf = (n: SerializedNode): EvidenceView[] =>
    (n.attributes.evidence ?? []).map((ev) => {
      const doc = docs.get(ev.doc);
      return { ...ev, sentenceStart: doc?.sentences?.[ev.sentence]?.start ?? null, docTitle: doc?.title ?? null };
    });

  return {
    graph,
    payload,
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
