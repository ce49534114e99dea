/** Runs the real extraction pipeline (real gazetteer, real jieba) on a small invented text, with finders for tests. */
import { loadExtractEnv } from '../../src/adapters/extract-env.ts';
import { extractDocument } from '../../src/core/pipeline.ts';
import type { DocumentGraph } from '../../src/core/graph/builder.ts';
import type { NodeAttributes } from '../../src/core/graph/schema.ts';

/**
 * Nodes are found by the name that identifies them: a body written by its level word alone (区委) by its full name
 * (江津区委, the `fullName` the graph keeps beside the name as written); every other node by its name.
 */
export interface Extracted {
  graph: DocumentGraph;
  names(type: string): string[];
  node(type: string, name: string): (NodeAttributes & Record<string, unknown>) | undefined;
  edges(type: string): { source: string; target: string; attrs: Record<string, unknown> }[];
  /** The places a project is LOCATED_IN, by name. */
  placesOf(project: string): string[];
  /** Each project's status on its HAS_PROJECT edge, by name. */
  statuses(): Record<string, unknown>;
  /** The outcomes as `indicator=value unit` (1 decimal as written: 粮食产量=45620吨). */
  outcomes(): string[];
}

export function extract(text: string, docId = 't'): Extracted {
  const graph = extractDocument(
    { docId, path: `${docId}.txt`, text, sha256: '0', encoding: 'utf-8' },
    loadExtractEnv(),
  );
  const byKey = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
  const id = (a: NodeAttributes) => a.fullName ?? a.name;
  const edges: Extracted['edges'] = (type) =>
    graph.edges
      .filter((e) => e.attributes.type === type)
      .map((e) => ({
        source: id(byKey.get(e.source)!),
        target: id(byKey.get(e.target)!),
        attrs: e.attributes as never,
      }));
  return {
    graph,
    names: (type) =>
      graph.nodes
        .filter((n) => n.attributes.type === type)
        .map((n) => id(n.attributes))
        .sort(),
    node: (type, name) =>
      graph.nodes.find((n) => n.attributes.type === type && id(n.attributes) === name)?.attributes as never,
    edges,
    statuses: () => Object.fromEntries(edges('HAS_PROJECT').map((e) => [e.target, e.attrs.status])),
    outcomes: () =>
      graph.nodes
        .filter((n) => n.attributes.type === 'Outcome')
        .map((n) => {
          const a = n.attributes as unknown as { indicator: string; value: number; unit: string };
          return `${a.indicator}=${a.value}${a.unit}`;
        }),
    placesOf: (project) =>
      edges('LOCATED_IN')
        .filter((e) => e.source === project)
        .map((e) => e.target),
  };
}
