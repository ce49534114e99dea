/**
 * Filters by type, document and year. Each node's documents and years are computed once from its evidence (and, for
 * outcomes, its own `year`), so that checking a node against the filters is a few set lookups.
 */
import type { AbstractGraph as Graph } from 'graphology-types';

export interface NodeFacts {
  type: string;
  docs: Set<string>;
  years: Set<number>;
}

interface EvidenceLike {
  doc: string;
}

/** The schema's node type: `kind` in the graph sigma draws (sigma keeps `type` for its programs), else `type`. */
function kindOf(a: Record<string, unknown>): string {
  return String(a.kind ?? a.type);
}

/** Document years come from the Document nodes (`name` is the doc id that evidence points at). */
export function computeNodeFacts(graph: Graph): Map<string, NodeFacts> {
  const docYear = new Map<string, number>();
  graph.forEachNode((_key, a) => {
    if (kindOf(a) === 'Document' && typeof a.year === 'number') docYear.set(String(a.name), a.year);
  });
  const facts = new Map<string, NodeFacts>();
  graph.forEachNode((key, a) => {
    const docs = new Set<string>();
    const years = new Set<number>();
    const type = kindOf(a);
    if (type === 'Document') docs.add(String(a.name));
    for (const ev of (a.evidence ?? []) as EvidenceLike[]) docs.add(ev.doc);
    for (const d of docs) {
      const y = docYear.get(d);
      if (y !== undefined) years.add(y);
    }
    if (type === 'Outcome' && typeof a.year === 'number') years.add(a.year);
    facts.set(key, { type, docs, years });
  });
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
