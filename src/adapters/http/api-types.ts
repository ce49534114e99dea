/**
 * The explorer's HTTP API payloads. The page (viz/) imports these as types only: it talks to the server over HTTP
 * and never reaches into src/ at run time.
 */
import type { Evidence, NodeAttributes } from '../../core/graph/schema.ts';

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

/** A document as the page's filters and labels need it. `key` is null for a document evidence names but the graph has no
 * Document node for (such a document is a filter fact, not a menu entry). */
export interface DrawDocument {
  name: string;
  key: string | null;
  title: string | null;
  town: string | null;
  year: number | null;
}

/**
 * GET /api/graph: what the page needs to draw, filter and search, as parallel arrays (index i is node i). Positions
 * come from the server's cached initial layout. Attributes and evidence come per node from /api/node/:key, and for
 * the GEXF export from /api/graph/attributes (same node and edge order).
 */
export interface GraphPayload {
  format: 'kg-draw/1';
  name: string;
  /** Node and edge types, referenced by index from `nodes.types` / `edges.types`. */
  nodeTypes: string[];
  edgeTypes: string[];
  documents: DrawDocument[];
  nodes: {
    keys: string[];
    names: string[];
    types: number[];
    x: number[];
    y: number[];
    /** Indices into `documents`: the documents a node's evidence comes from (a Document node also lists itself). */
    docs: number[][];
    /** [node index, year] for the outcomes that carry their own year. */
    years: [number, number][];
  };
  /** Only edges whose ends are in the graph, one per ordered pair (the page's graph is simple and directed). */
  edges: { source: number[]; target: number[]; types: number[] };
}

export type Scalar = string | number | boolean;

/**
 * GET /api/graph/attributes: every node's and edge's scalar attributes (arrays are left out, evidence is counted), in
 * the order of GraphPayload, with the edges' own keys — what a GEXF export for Gephi carries.
 */
export interface AttributesPayload {
  nodes: Record<string, Scalar>[];
  edges: { key: string; attributes: Record<string, Scalar> }[];
}

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

/** GET /api/search-keys: each node's toneless pinyin and its initials, in the order of GraphPayload's nodes. */
export interface SearchKeysPayload {
  full: string[];
  initials: string[];
}
