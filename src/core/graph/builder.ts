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
  /**
   * Evidence already attached to each node/edge, by span (start · 2^26 + end: every span of one document is a
   * distinct number): duplicates are dropped in O(1), sorting waits to the end.
   */
  private readonly seen = new Map<Evidence[], Set<number>>();

  constructor(readonly doc: string) {}

  hasNode(key: string): boolean {
    return this.nodes.has(key);
  }

  /** Adds a node, or adds evidence to the node already there (first attributes win). */
  addNode(key: string, attributes: NodeInit, evidence: Evidence[] = []): void {
    let node = this.nodes.get(key);
    if (!node) {
      node = { ...attributes, evidence: [] } as NodeAttributes;
      this.nodes.set(key, node);
    }
    this.attach(node.evidence, evidence);
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
    let edge = this.edges.get(key);
    if (!edge) {
      edge = { key, source, target, attributes: { type, evidence: [] } };
      this.edges.set(key, edge);
    }
    const attrs = edge.attributes as unknown as Record<string, unknown>;
    for (const k in extra) {
      const v = (extra as Record<string, unknown>)[k];
      if (v !== undefined && attrs[k] === undefined) attrs[k] = v;
    }
    this.attach(edge.attributes.evidence, evidence);
  }

  toDocumentGraph(): DocumentGraph {
    // one document: position alone orders its evidence
    for (const list of this.seen.keys()) if (list.length > 1) list.sort(byStart);
    // keys are distinct strings: the default sort orders them by UTF-16 code units like `cmp`, without a call per pair
    const nodes = [...this.nodes.keys()].sort().map((key) => ({ key, attributes: this.nodes.get(key)! }));
    const edges = [...this.edges.keys()].sort().map((key) => this.edges.get(key)!);
    return { doc: this.doc, nodes, edges };
  }

  private attach(into: Evidence[], more: Evidence[]): void {
    if (more.length === 0) return;
    let keys = this.seen.get(into);
    if (!keys) this.seen.set(into, (keys = new Set(into.map(spanNumber))));
    for (const e of more) {
      const k = spanNumber(e);
      if (keys.has(k)) continue;
      keys.add(k);
      into.push(e);
    }
  }
}

/** One document's spans as distinct numbers (files up to 64 M characters; exact below 2^53). */
const spanNumber = (e: Evidence) => e.start * 0x4000000 + e.end;

const spanKey = (e: Evidence) => `${e.doc}\u0000${e.start}\u0000${e.end}`;
const byStart = (a: Evidence, b: Evidence) => a.start - b.start || a.end - b.end;
const byPosition = (a: Evidence, b: Evidence) => cmp(a.doc, b.doc) || a.start - b.start || a.end - b.end;

/** Appends evidence not already present (same document and span) and sorts it by document and position. Mutates `into`. */
export function mergeEvidence(into: Evidence[], more: Evidence[]): void {
  // merging reports in document order appends sorted evidence after sorted evidence: no rescan, no re-sort
  const last = into[into.length - 1];
  if ((!last || (more[0] && last.doc < more[0].doc)) && isSorted(more)) {
    into.push(...more);
    return;
  }
  const keys = new Set(into.map(spanKey));
  for (const e of more) {
    const k = spanKey(e);
    if (keys.has(k)) continue;
    keys.add(k);
    into.push(e);
  }
  into.sort(byPosition);
}

function isSorted(list: Evidence[]): boolean {
  for (let i = 1; i < list.length; i++) if (byPosition(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
