/** Shapes shared by the Neo4j adapter and its callers (the CLI, the explorer's HTTP API). */

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** A node or relationship as plain JSON, the way the explorer and `kg query --json` show it. */
export interface PlainNode {
  key?: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface PlainRelationship {
  type: string;
  /** The end nodes' `key` when they have one, else their Neo4j element id. */
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface QueryGraphNode {
  id: string;
  key?: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface QueryGraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

export interface QueryResult {
  columns: string[];
  /** Plain JSON values: nodes as {key?, labels, properties}, relationships as {type, start, end, properties}. */
  rows: unknown[][];
  /** Every node and relationship the rows contain (paths included), deduplicated, ready to draw. */
  graph: { nodes: QueryGraphNode[]; edges: QueryGraphEdge[] };
}

export interface QueryOptions {
  /** Allow writes (WRITE access mode); default READ, which Neo4j enforces. */
  write?: boolean;
  /** Stop reading after this many rows. */
  limit?: number;
  /** Transaction timeout enforced by the server. */
  timeoutMs?: number;
}

export interface LoadSummary {
  documents: number;
  /** Documents whose earlier version (other sha256) was retracted before loading. */
  replacedDocuments: string[];
  nodesCreated: number;
  nodesMerged: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsMerged: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  /** Elements (nodes + relationships, lexical layer included) sent to the server. */
  elements: number;
  batches: number;
  /** Transactions the driver ran again after a transient error (a deadlock between the write sessions). */
  retries: number;
  ms: number;
}

export interface LoadOptions {
  batchSize?: number;
  /** Write sessions at once (default 2): batches of one phase (entities; sentences and relationships) overlap. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  /** After each step (a statement on one kind of row): its statement, rows, and the time its batches took; for benchmarks. */
  onStep?: (statement: string, rows: number, ms: number) => void;
}
