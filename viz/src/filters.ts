/**
 * Filters by type, document and year. Each node's documents and years come with the drawing payload (the server
 * reads them from the evidence), and are turned into sets once, so that checking a node against the filters is a few
 * set lookups.
 */
import type { GraphPayload } from '../../src/adapters/http/api-types.ts';

export interface NodeFacts {
  type: string;
  docs: Set<string>;
  years: Set<number>;
}

/** A node's documents and their years, plus an outcome's own year. */
export function computeNodeFacts(payload: GraphPayload): Map<string, NodeFacts> {
  const { keys, types, docs } = payload.nodes;
  const outcomeYears = new Map(payload.nodes.years);
  const facts = new Map<string, NodeFacts>();
  for (let i = 0; i < keys.length; i++) {
    const docNames = new Set<string>();
    const years = new Set<number>();
    for (const d of docs[i] ?? []) {
      const doc = payload.documents[d];
      if (!doc) continue;
      docNames.add(doc.name);
      if (doc.year !== null) years.add(doc.year);
    }
    const own = outcomeYears.get(i);
    if (own !== undefined) years.add(own);
    facts.set(keys[i]!, { type: payload.nodeTypes[types[i]!] ?? 'Node', docs: docNames, years });
  }
  return facts;
}

export interface FilterState {
  hiddenTypes: string[];
  doc: string | null;
  year: number | null;
}

export function isNodeVisible(f: NodeFacts, filters: FilterState, hiddenTypes: Set<string>): boolean {
  if (hiddenTypes.has(f.type)) return false;
  if (filters.doc !== null && !f.docs.has(filters.doc)) return false;
  if (filters.year !== null && !f.years.has(filters.year)) return false;
  return true;
}

/** The keys of the hidden nodes, or an empty set when no filter is active (the common, cheap case). */
export function computeHiddenNodes(facts: Map<string, NodeFacts>, filters: FilterState): Set<string> {
  const hidden = new Set<string>();
  if (!filters.hiddenTypes.length && filters.doc === null && filters.year === null) return hidden;
  const hiddenTypes = new Set(filters.hiddenTypes);
  for (const [key, f] of facts) if (!isNodeVisible(f, filters, hiddenTypes)) hidden.add(key);
  return hidden;
}

/** Distinct years present in the graph, for the year menu. */
export function collectYears(facts: Map<string, NodeFacts>): number[] {
  const years = new Set<number>();
  for (const f of facts.values()) for (const y of f.years) years.add(y);
  return [...years].sort((a, b) => a - b);
}
