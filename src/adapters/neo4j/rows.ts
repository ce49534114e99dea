/**
 * The graph `kg build` writes → the rows the loader's `UNWIND $rows` statements take. Pure (no driver) so it is
 * tested on its own.
 *
 * In Neo4j the graph gains a lexical layer for provenance:
 *   (:Document)-[:HAS_SENTENCE]->(:Sentence {key, doc, index, start, end, text, section})
 *   (:Sentence)-[:MENTIONS {start, end}]->(entity)          one per sentence and entity, from the entity's evidence
 * and every domain relationship keeps `sentences` (keys of the Sentence nodes that support it) and `docs`.
 * Entities carry `docs`, the documents that support them, so reloading a changed report can retract exactly what
 * only that report said.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import type { Evidence, SerializedGraph, SerializedNode } from '../../core/graph/schema.ts';

/** Sentence keys follow the node keys' pattern: `sentence:<doc id>:<index>`. */
export function sentenceKey(doc: string, index: number): string {
  return `${sentenceKeyPrefix(doc)}${index}`;
}

/** What every sentence key of one document starts with. */
export function sentenceKeyPrefix(doc: string): string {
  return `sentence:${doc}:`;
}

/** The extra label a place gets for its level. */
export const LEVEL_LABELS: Record<string, string> = {
  province: 'Province',
  city: 'City',
  district: 'District',
  town: 'Town',
  village: 'Village',
  community: 'Community',
};

type Scalar = string | number | boolean | Integer;
export type Props = Record<string, Scalar | Scalar[]>;

/** Whole numbers go to Neo4j as integers (a JS number would be stored as a float: year 2020.0). */
function scalar(value: string | number | boolean): Scalar {
  return typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : value;
}

export interface DocumentRow {
  key: string;
  props: Props;
}
export interface SentenceRow {
  key: string;
  doc: string;
  props: Props;
}
export interface EntityRow {
  key: string;
  labels: string[];
  props: Props;
  docs: string[];
}
export interface MentionRow {
  sentence: string;
  entity: string;
  start: Integer;
  end: Integer;
}
export interface RelationshipRow {
  source: string;
  target: string;
  type: string;
  props: Props;
  sentences: string[];
  docs: string[];
}

export interface LoadRows {
  /** Document ids (names) with their sha256, to detect changed reports. */
  documents: DocumentRow[];
  sentences: SentenceRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  relationships: RelationshipRow[];
  /** Document → entity MENTIONS edges of the graph. */
  documentMentions: RelationshipRow[];
}

/** Neo4j stores primitives and homogeneous lists of them; anything else is kept as JSON text. */
export function toProps(attributes: Record<string, unknown>, skip: string[]): Props {
  const props: Props = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (skip.includes(name) || value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      props[name] = scalar(value);
    else if (isHomogeneousList(value)) props[name] = value.map(scalar);
    else props[name] = JSON.stringify(value);
  }
  return props;
}

function isHomogeneousList(value: unknown): value is Array<string | number | boolean> {
  if (!Array.isArray(value) || value.length === 0) return false;
  const kind = typeof value[0];
  return ['string', 'number', 'boolean'].includes(kind) && value.every((v) => typeof v === kind);
}

function evidenceDocs(evidence: Evidence[] | undefined): Set<string> {
  return new Set((evidence ?? []).map((e) => e.doc));
}

/**
 * Which reports support each node and edge: a report supports an element when the graph built from that report
 * alone would contain it. That is the element's evidence, plus what evidence-less facts imply: the gazetteer adds
 * a village's PART_OF chain up to the province, so the chain and every place on it are supported by the reports
 * that support the village. With this, loading reports one by one or together gives the same `docs`, and
 * retracting a report removes exactly what it alone brought.
 */
export function supportingDocs(graph: SerializedGraph): { nodes: Map<string, string[]>; edges: Map<string, string[]> } {
  const nodeDocs = new Map(graph.nodes.map((n) => [n.key, evidenceDocs(n.attributes.evidence)]));
  const edgeDocs = new Map(graph.edges.map((e) => [e.key, evidenceDocs(e.attributes.evidence)]));
  const add = (into: Set<string> | undefined, docs: Iterable<string>): boolean => {
    let changed = false;
    for (const d of docs) {
      if (into && !into.has(d)) {
        into.add(d);
        changed = true;
      }
    }
    return changed;
  };
  for (const e of graph.edges) {
    add(nodeDocs.get(e.source), edgeDocs.get(e.key)!);
    add(nodeDocs.get(e.target), edgeDocs.get(e.key)!);
  }
  const implied = graph.edges.filter((e) => (e.attributes.evidence ?? []).length === 0);
  for (let changed = true; changed;) {
    changed = false;
    for (const e of implied) {
      const docs = nodeDocs.get(e.source) ?? new Set<string>();
      changed = add(edgeDocs.get(e.key), docs) || changed;
      changed = add(nodeDocs.get(e.target), docs) || changed;
    }
  }
  const graphDocs = [
    ...new Set(graph.nodes.filter((n) => n.attributes.type === 'Document').map((n) => n.attributes.name)),
  ];
  // An element nothing ties to a report (an isolated node without evidence) belongs to every report of the graph.
  const sorted = (docs: Set<string>) => (docs.size > 0 ? [...docs] : graphDocs).sort();
  return {
    nodes: new Map([...nodeDocs].map(([k, v]) => [k, sorted(v)])),
    edges: new Map([...edgeDocs].map(([k, v]) => [k, sorted(v)])),
  };
}

function uniqueSentences(evidence: Evidence[] | undefined): string[] {
  return [...new Set((evidence ?? []).map((e) => sentenceKey(e.doc, e.sentence)))].sort();
}

function documentRows(docNodes: SerializedNode[]): { documents: DocumentRow[]; sentences: SentenceRow[] } {
  const documents: DocumentRow[] = [];
  const sentences: SentenceRow[] = [];
  for (const node of docNodes) {
    if (node.attributes.type !== 'Document') continue;
    const doc = node.attributes;
    const props = toProps({ ...doc, sentenceCount: doc.sentences.length } as unknown as Record<string, unknown>, [
      'evidence',
      'sentences',
    ]);
    documents.push({ key: node.key, props });
    for (const s of doc.sentences) {
      sentences.push({
        key: sentenceKey(doc.name, s.index),
        doc: node.key,
        props: toProps(
          { doc: doc.name, index: s.index, start: s.start, end: s.end, text: s.text, section: s.section },
          [],
        ),
      });
    }
  }
  return { documents, sentences };
}

export function buildLoadRows(graph: SerializedGraph): LoadRows {
  const docNodes = graph.nodes.filter((n) => n.attributes.type === 'Document');
  const support = supportingDocs(graph);
  const { documents, sentences } = documentRows(docNodes);
  const docNameByKey = new Map(docNodes.map((n) => [n.key, n.attributes.name]));

  const entities: EntityRow[] = [];
  const mentions = new Map<string, MentionRow>();
  for (const node of graph.nodes) {
    const a = node.attributes;
    if (a.type === 'Document') continue;
    const labels = [a.type, ...(a.type === 'Place' && LEVEL_LABELS[a.level] ? [LEVEL_LABELS[a.level]] : [])];
    entities.push({
      key: node.key,
      labels,
      props: toProps(a as unknown as Record<string, unknown>, ['evidence']),
      docs: support.nodes.get(node.key)!,
    });
    for (const e of a.evidence ?? []) {
      const sentence = sentenceKey(e.doc, e.sentence);
      const id = `${sentence}\u0000${node.key}`;
      if (!mentions.has(id))
        mentions.set(id, { sentence, entity: node.key, start: neo4j.int(e.start), end: neo4j.int(e.end) });
    }
  }

  const relationships: RelationshipRow[] = [];
  const documentMentions: RelationshipRow[] = [];
  for (const edge of graph.edges) {
    const a = edge.attributes;
    const row: RelationshipRow = {
      source: edge.source,
      target: edge.target,
      type: a.type,
      props: toProps({ ...(a as unknown as Record<string, unknown>), key: edge.key }, ['evidence', 'type']),
      sentences: uniqueSentences(a.evidence),
      docs: support.edges.get(edge.key)!,
    };
    const sourceDoc = docNameByKey.get(edge.source);
    if (sourceDoc === undefined) relationships.push(row);
    else documentMentions.push({ ...row, docs: [sourceDoc] });
  }
  return { documents, sentences, entities, mentions: [...mentions.values()], relationships, documentMentions };
}

export function countRows(rows: LoadRows): number {
  return (
    rows.documents.length +
    rows.sentences.length +
    rows.entities.length +
    rows.mentions.length +
    rows.relationships.length +
    rows.documentMentions.length
  );
}
