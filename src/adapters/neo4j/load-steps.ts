/**
 * The loader's plan: which statement runs on which batch of rows, in dependency order. Pure (no driver), so the
 * grouping is tested on its own.
 *
 * Rows are grouped so that every statement is plain and static: entities by label set and relationships by type
 * (labels and types cannot be parameters; the statement file has a `{{labels}}` / `{{type}}` slot that is filled
 * from the schema's fixed lists only), sentences and document MENTIONS by document. A report that is new to the
 * database — or whose earlier version was just retracted — gets its sentences, their MENTIONS and its document
 * MENTIONS by CREATE; a report loaded before from the same file version is merged again, which changes nothing.
 */
import { EDGE_TYPES, ENTITY_TYPES } from '../../core/graph/schema.ts';
import { LEVEL_LABELS, type LoadRows, type MentionRow, type Props } from './rows.ts';

export interface LoadBatch {
  rows: unknown[];
  /** Rows of the graph this batch writes (a sentence row also carries its MENTIONS), for progress. */
  weight: number;
}

export interface LoadStep {
  /** Steps of one phase depend only on earlier phases, so their batches may run at the same time. */
  phase: number;
  /** Statement file under cypher/, e.g. `load/merge-entities`. */
  statement: string;
  /** Values for the statement's `{{slot}}`s (labels, relationship type), checked against the schema. */
  fill?: Record<string, string>;
  params?: Record<string, unknown>;
  batches: LoadBatch[];
}

const ENTITY_LABELS = new Set<string>([...ENTITY_TYPES, ...Object.values(LEVEL_LABELS)]);
const RELATIONSHIP_TYPES = new Set<string>(EDGE_TYPES);

/** The statement text with its slots filled; only schema labels and types can go in, never data. */
export function fillStatement(cypher: string, fill: Record<string, string> = {}): string {
  for (const [slot, value] of Object.entries(fill)) {
    const names = value.split(':');
    const allowed = slot === 'type' ? RELATIONSHIP_TYPES : ENTITY_LABELS;
    const bad = names.find((n) => !allowed.has(n));
    if (bad !== undefined || (slot === 'type' && names.length !== 1))
      throw new Error(
        `kg load: "${value}" is not a ${slot === 'type' ? 'relationship type' : 'label'} of the graph schema ` +
          `(${[...allowed].join(', ')}); rebuild the graph with \`kg build\``,
      );
    cypher = cypher.replaceAll(`{{${slot}}}`, value);
  }
  const left = /\{\{\w+\}\}/.exec(cypher);
  if (left) throw new Error(`kg load: statement slot ${left[0]} was not filled`);
  return cypher;
}

/** Consecutive batches of at most `size` weight (a row heavier than that goes alone). */
export function chunk<T>(rows: T[], size: number, weigh: (row: T) => number = () => 1): LoadBatch[] {
  const batches: LoadBatch[] = [];
  let current: T[] = [];
  let weight = 0;
  for (const row of rows) {
    const w = weigh(row);
    if (current.length > 0 && weight + w > size) {
      batches.push({ rows: current, weight });
      current = [];
      weight = 0;
    }
    current.push(row);
    weight += w;
  }
  if (current.length > 0) batches.push({ rows: current, weight });
  return batches;
}

function groupBy<T>(rows: T[], by: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = by(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/**
 * An edge's props without its `key` when that is the usual `TYPE:source->target` (keys.ts), which the statement
 * rebuilds from the row: about a quarter of the bytes sent for relationships. Any other key is sent as `key`.
 */
function compactEdge(type: string, source: string, target: string, props: Props): { props: Props; key?: string } {
  const { key, ...rest } = props;
  return key === `${type}:${source}->${target}` ? { props: rest } : { props: rest, key: key as string };
}

function withoutSha(props: Props): Props {
  const rest = { ...props };
  delete rest.sha256;
  return rest;
}

/**
 * Steps in dependency order: documents (without their sha256), entities, each report's sentences with their
 * MENTIONS, relationships, each report's document MENTIONS, and last the sha256 that marks each report as loaded.
 * `freshDocuments`: keys of the documents with nothing in the database (CREATE instead of MERGE).
 */
export function planLoad(rows: LoadRows, freshDocuments: ReadonlySet<string>, batchSize: number): LoadStep[] {
  const steps: LoadStep[] = [
    {
      phase: 0,
      statement: 'load/merge-documents',
      batches: chunk(
        rows.documents.map((d) => ({ key: d.key, props: withoutSha(d.props) })),
        batchSize,
      ),
    },
  ];
  for (const [labels, list] of groupBy(rows.entities, (e) => e.labels.join(':'))) {
    const entityRows = list.map((e) => ({ key: e.key, props: e.props, docs: e.docs }));
    steps.push({ phase: 1, statement: 'load/merge-entities', fill: { labels }, batches: chunk(entityRows, batchSize) });
  }

  const mentionsBySentence = groupBy(rows.mentions, (m) => m.sentence);
  const sentenceKeys = new Set(rows.sentences.map((s) => s.key));
  const mention = (m: MentionRow) => ({ entity: m.entity, start: m.start, end: m.end });
  for (const [doc, list] of groupBy(rows.sentences, (s) => s.doc)) {
    const sentenceRows = list.map((s) => ({
      key: s.key,
      props: s.props,
      mentions: (mentionsBySentence.get(s.key) ?? []).map(mention),
    }));
    steps.push({
      phase: 2,
      statement: freshDocuments.has(doc) ? 'load/create-sentences' : 'load/merge-sentences',
      params: { doc },
      batches: chunk(sentenceRows, batchSize, (s) => 1 + s.mentions.length),
    });
  }
  const elsewhere = rows.mentions.filter((m) => !sentenceKeys.has(m.sentence));
  if (elsewhere.length > 0)
    steps.push({ phase: 2, statement: 'load/merge-mentions', batches: chunk(elsewhere, batchSize) });

  for (const [type, list] of groupBy(rows.relationships, (r) => r.type)) {
    const relRows = list.map((r) => ({
      source: r.source,
      target: r.target,
      ...compactEdge(type, r.source, r.target, r.props),
      sentences: r.sentences,
      docs: r.docs,
    }));
    steps.push({ phase: 2, statement: 'load/merge-relationships', fill: { type }, batches: chunk(relRows, batchSize) });
  }
  for (const [doc, list] of groupBy(rows.documentMentions, (r) => r.source)) {
    // One MENTIONS per document and entity, as MERGE would leave it (the schema has no other edge from a document);
    // a dropped duplicate still counts towards progress.
    const byTarget = new Map<string, { row: (typeof list)[number]; rows: number }>();
    for (const r of list) byTarget.set(r.target, { row: r, rows: (byTarget.get(r.target)?.rows ?? 0) + 1 });
    const mentionRows = [...byTarget.values()].map(({ row: r, rows }) => ({
      row: {
        target: r.target,
        ...compactEdge('MENTIONS', doc, r.target, r.props),
        sentences: r.sentences,
        docs: r.docs,
      },
      rows,
    }));
    steps.push({
      phase: 2,
      statement: freshDocuments.has(doc) ? 'load/create-document-mentions' : 'load/merge-document-mentions',
      params: { doc },
      batches: chunk(mentionRows, batchSize, (r) => r.rows).map((b) => ({
        weight: b.weight,
        rows: (b.rows as typeof mentionRows).map((r) => r.row),
      })),
    });
  }
  const finished = rows.documents.map((d) => ({ key: d.key, sha256: d.props.sha256 ?? null }));
  steps.push({
    phase: 3,
    statement: 'load/finish-documents',
    batches: chunk(finished, batchSize).map((b) => ({ ...b, weight: 0 })),
  });
  return steps;
}
