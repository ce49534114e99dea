/**
 * Merges the graphs of many documents into one serialised graphology graph. The same official place is one node
 * (its key is its code); other entities merge on their normalised name; outcomes belong to their document.
 * Output is sorted by key, so the same input gives byte-identical output.
 */
import { cmp, mergeEvidence, type DocumentGraph } from './builder.ts';
import { SCHEMA_VERSION, type SerializedEdge, type SerializedGraph, type SerializedNode } from './schema.ts';

export function mergeGraphs(graphs: DocumentGraph[], name = 'kg'): SerializedGraph {
  const nodes = new Map<string, SerializedNode>();
  const edges = new Map<string, SerializedEdge>();
  for (const g of [...graphs].sort((a, b) => cmp(a.doc, b.doc))) {
    for (const n of g.nodes) {
      const have = nodes.get(n.key);
      if (!have) nodes.set(n.key, structuredClone(n));
      else mergeEvidence(have.attributes.evidence, n.attributes.evidence);
    }
    for (const e of g.edges) {
      const have = edges.get(e.key);
      if (!have) edges.set(e.key, structuredClone(e));
      else mergeEvidence(have.attributes.evidence, e.attributes.evidence);
    }
  }
  return {
    attributes: { name, schemaVersion: SCHEMA_VERSION, documents: graphs.map((g) => g.doc).sort(cmp) },
    options: { type: 'directed', multi: false, allowSelfLoops: false },
    nodes: [...nodes.values()].sort((a, b) => cmp(a.key, b.key)),
    edges: [...edges.values()].sort((a, b) => cmp(a.key, b.key)),
  };
}
