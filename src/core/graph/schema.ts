/**
 * The graph schema: every node and edge `kg build` writes, and what Neo4j and the explorer read.
 *
 * Output is graphology's serialisation format: `{attributes, options, nodes: [{key, attributes}], edges: [{key,
 * source, target, attributes}]}`. Every node has `type` and `name`; every edge has `type`; both carry `evidence`.
 *
 * Offsets (`start`, `end`) are JavaScript string indices into the *decoded original* text of the document (after the
 * byte-order mark, before any repair), so a span can always be cut out of the file the user has.
 */

export const ENTITY_TYPES = ['Place', 'Project', 'Honor', 'Program', 'Organization', 'Event', 'Outcome'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const NODE_TYPES = [...ENTITY_TYPES, 'Document'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const PLACE_LEVELS = ['province', 'city', 'district', 'town', 'village', 'community'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

export const EDGE_TYPES = [
  'PART_OF', // Place → Place (village → town → district → city → province)
  'LOCATED_IN', // Project | Organization | Event → Place
  'HAS_PROJECT', // Place → Project (status)
  'RECEIVED', // Place | Organization → Honor (year, rank)
  'RUNS', // Place → Program
  'INCLUDES', // Program → Project
  'ACHIEVED', // Place | Program | Project → Outcome
  'HOSTED', // Place | Organization → Event
  'PARTNERS_WITH', // Place | Organization ↔ Place | Organization (stored once, source key < target key)
  'MENTIONS', // Document → any entity
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export const PROJECT_STATUSES = ['signed', 'landed', 'in_talks', 'built', 'ongoing', 'planned', 'launched'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Where a fact comes from: one mention in one sentence of one document. */
export interface Evidence {
  /** Document id (the `name` of its Document node; the file's base name). */
  doc: string;
  /** Index of the sentence in the document (see `DocumentAttributes.sentences`). */
  sentence: number;
  /** Span of the mention in the decoded original text. */
  start: number;
  end: number;
  /**
   * The sentence for display: its characters as the file writes them (traditional, full-width, 「」), extraction
   * artifacts repaired (doubled runs, spaces between characters, broken lines).
   */
  text: string;
  /** PDF input: the page (1-based) and the box [x, y, width, height] of the line where the mention starts. */
  page?: number;
  box?: [number, number, number, number];
}

export interface BaseAttributes {
  type: NodeType;
  name: string;
  evidence: Evidence[];
  /** Organizations written by a level word alone (区委): the full name the document implies (江津区委). */
  fullName?: string;
}

export interface PlaceAttributes extends BaseAttributes {
  type: 'Place';
  level: PlaceLevel;
  /** 12-digit official administrative-division code, or null when the place is not in the gazetteer. */
  code: string | null;
  linked: boolean;
  /** Official full name from the gazetteer (e.g. 复建村村民委员会), when linked. */
  officialName?: string;
  /** Names from the province down to this place, when linked: ['重庆市', '江津区', '白沙镇', '复建村']. */
  hierarchy?: string[];
}

export interface OutcomeAttributes extends BaseAttributes {
  type: 'Outcome';
  indicator: string;
  value: number;
  unit: string;
  year: number | null;
  /** 同比增长, 累计, 余, 近, 超 … when the text says so. */
  qualifier?: string;
}

export interface SentenceRecord {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Heading or section topic this sentence belongs to, if any. */
  section?: string;
}

export interface DocumentAttributes extends BaseAttributes {
  type: 'Document';
  /** Path as given on the command line (relative when it was). */
  path: string;
  /** sha256 of the file's bytes, for incremental rebuilds and reloads. */
  sha256: string;
  encoding: string;
  /** The document's own town/district and the year the report covers. */
  town: string | null;
  townCode: string | null;
  year: number | null;
  title: string | null;
  sentences: SentenceRecord[];
}

export type NodeAttributes =
  | PlaceAttributes
  | OutcomeAttributes
  | DocumentAttributes
  | (BaseAttributes & { type: 'Project' | 'Honor' | 'Program' | 'Organization' | 'Event'; [extra: string]: unknown });

export interface EdgeAttributes {
  type: EdgeType;
  evidence: Evidence[];
  status?: ProjectStatus;
  year?: number | null;
  rank?: number;
}

export interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}
export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}
export interface SerializedGraph {
  attributes: { name: string; schemaVersion: number; documents: string[] };
  options: { type: 'directed'; multi: false; allowSelfLoops: false };
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

export const SCHEMA_VERSION = 1;
