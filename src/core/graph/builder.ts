/**
 * Collects the nodes and edges of one document, merging repeated mentions of one entity into one node with all its
 * evidence. `add*` methods mutate the builder; `toDocumentGraph` returns plain, sorted data.
 */
import { edgeKey } from './keys.ts';
import type { EdgeAttributes, EdgeType, Evidence, NodeAttributes, SerializedEdge, SerializedNode } from './schema.ts';

/** Node attributes without evidence (Omit over each member of the union, so each keeps its own fields). */
export type NodeInit = NodeAttributes extends infer T
  ? T extends NodeAttributes
    ? Omit<T, 'evidence'>
    : never
  : never;

export interface DocumentGraph {
  doc: string;
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

export class GraphBuilder {
  private readonly nodes = new Map<string, NodeAttributes>();
  private readonly edges = new Map<string, SerializedEdge>();

  constructor(readonly doc: string) {}

  hasNode(key: string): boolean {
    return this.nodes.has(key);
  }

  /** Adds a node, or adds evidence to the node already there (first attributes win). */
  addNode(key: string, attributes: NodeInit, evidence: Evidence[] = []): void {
    const have = this.nodes.get(key);
    if (have) {
      mergeEvidence(have.evidence, evidence);
      return;
    }
    const node = { ...attributes, evidence: [] } as NodeAttributes;
    mergeEvidence(node.evidence, evidence);
    this.nodes.set(key, node);
  }

  addEdge(
    type: EdgeType,
    source: string,
    target: string,
    evidence: Evidence[],
    extra: Partial<EdgeAttributes> = {},
  ): void {
    if (source === target || !this.nodes.has(source) || !this.nodes.has(target)) return;
    const key = edgeKey(type, source, target);
    const have = this.edges.get(key);
    if (have) {
      mergeEvidence(have.attributes.evidence, evidence);
      const attrs = have.attributes as unknown as Record<string, unknown>;
      for (const [k, v] of Object.entries(extra)) if (v !== undefined && attrs[k] === undefined) attrs[k] = v;
      return;
    }
    const attributes: EdgeAttributes = { type, evidence: [] };
    for (const [k, v] of Object.entries(extra))
      if (v !== undefined) (attributes as unknown as Record<string, unknown>)[k] = v;
    mergeEvidence(attributes.evidence, evidence);
    this.edges.set(key, { key, source, target, attributes });
  }

  toDocumentGraph(): DocumentGraph {
    const nodes = [...this.nodes].map(([key, attributes]) => ({ key, attributes })).sort((a, b) => cmp(a.key, b.key));
    const edges = [...this.edges.values()].sort((a, b) => cmp(a.key, b.key));
    return { doc: this.doc, nodes, edges };
  }
}

/** Appends evidence not already present (same document and span), keeping document order. Mutates `into`. */
export function mergeEvidence(into: Evidence[], more: Evidence[]): void {
  for (const e of more) {
    if (!into.some((x) => x.doc === e.doc && x.start === e.start && x.end === e.end)) into.push(e);
  }
  into.sort((a, b) => cmp(a.doc, b.doc) || a.start - b.start || a.end - b.end);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
