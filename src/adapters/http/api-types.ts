/**
 * The explorer's HTTP API payloads. The page (viz/) imports these as types only: it talks to the server over HTTP
 * and never reaches into src/ at run time.
 */
import type { Evidence, NodeAttributes, SerializedGraph } from '../../core/graph/schema.ts';

/** GET /api/status */
export interface StatusPayload {
  graph: { name: string; nodes: number; edges: number; documents: string[] };
  neo4j: { available: boolean; message: string };
}

/** Evidence enriched with where its sentence starts in the original text, so the page can place the mention. */
export interface EvidenceView extends Evidence {
  sentenceStart: number | null;
  docTitle: string | null;
}

export interface NeighbourView {
  key: string;
  name: string;
  type: string;
  /** `out`: this node is the edge's source; `in`: its target. */
  direction: 'out' | 'in';
  edge: Record<string, unknown>;
}

/** GET /api/node/:key */
export interface NodePayload {
  key: string;
  attributes: Omit<NodeAttributes, 'evidence'> & Record<string, unknown>;
  /** Neighbours grouped by relation type (PART_OF, HAS_PROJECT …). */
  neighbours: Record<string, NeighbourView[]>;
  evidence: EvidenceView[];
}

/**
 * GET /api/graph is a SerializedGraph whose Document nodes carry no `sentences` and whose evidence carries no `text`
 * (both are served per node by /api/node/:key).
 */
export type GraphPayload = SerializedGraph;

export interface CypherGraph {
  nodes: { id: string; key?: string; labels: string[]; properties: Record<string, unknown> }[];
  edges: { id: string; source: string; target: string; type: string; properties: Record<string, unknown> }[];
}

/** POST /api/cypher {query, params} → */
export interface CypherPayload {
  columns: string[];
  rows: unknown[][];
  graph: CypherGraph;
  /** True when the row limit cut the result. */
  truncated?: boolean;
}

/** GET /api/queries */
export interface SavedQuery {
  name: string;
  description: string;
  query: string;
}

/** Any error: a one-line message, and for Neo4j trouble what to run. */
export interface ErrorPayload {
  error: string;
  hint?: string;
}
