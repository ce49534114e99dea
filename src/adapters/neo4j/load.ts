/**
 * `loadGraph`: the graph into Neo4j, idempotently. Schema first (constraints IF NOT EXISTS), then every kind of row
 * in batches — `UNWIND $rows … MERGE` by stable key, one managed write transaction per batch (the driver retries
 * transient failures) —, parameters only. A report loaded before from a different file version (sha256) is first
 * retracted: its sentences go, its support is removed from every fact, and facts only it supported are deleted.
 * Documents are written after the retraction, so a load killed half-way is completed by simply running it again.
 */
import neo4j, { type ManagedTransaction, type Session } from 'neo4j-driver';
import type { SerializedGraph } from '../../core/graph/schema.ts';
import { loadCypher, splitStatements } from './cypher-files.ts';
import { describeNeo4jError, getDriver } from './driver.ts';
import { buildLoadRows, countRows, sentenceKeyPrefix, type LoadRows, type RelationshipRow } from './rows.ts';
import type { LoadOptions, LoadSummary, Neo4jConfig } from './types.ts';

/** Chosen by `npm run bench:load` (see test/bench/load.ts); larger batches gained little and cost heap. */
export const DEFAULT_BATCH_SIZE = 5000;

type Counters = Pick<
  LoadSummary,
  'nodesCreated' | 'nodesDeleted' | 'relationshipsCreated' | 'relationshipsDeleted' | 'propertiesSet' | 'batches'
>;

function emptyCounters(): Counters {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    batches: 0,
  };
}

async function write(
  session: Session,
  cypher: string,
  params: Record<string, unknown>,
  counters: Counters,
): Promise<number> {
  const result = await session.executeWrite((tx: ManagedTransaction) => tx.run(cypher, params));
  const u = result.summary.counters.updates();
  counters.nodesCreated += u.nodesCreated;
  counters.nodesDeleted += u.nodesDeleted;
  counters.relationshipsCreated += u.relationshipsCreated;
  counters.relationshipsDeleted += u.relationshipsDeleted;
  counters.propertiesSet += u.propertiesSet;
  counters.batches += 1;
  const first = result.records[0];
  return first && first.has('done') ? Number(first.get('done')) : 0;
}

/** Servers this process has applied the schema to (IF NOT EXISTS makes it safe to repeat, but it costs 30 round trips). */
const schemaApplied = new Set<string>();
const serverId = (cfg: Neo4jConfig) => `${cfg.uri}\u0000${cfg.database ?? ''}`;

/** Applies cypher/schema.cypher; each statement runs on its own (schema changes cannot share a transaction). */
export async function applySchema(cfg: Neo4jConfig): Promise<void> {
  const session = getDriver(cfg).session({ database: cfg.database });
  try {
    for (const statement of splitStatements(loadCypher('schema'))) await session.run(statement);
    schemaApplied.add(serverId(cfg));
  } catch (err) {
    throw describeNeo4jError(err, cfg);
  } finally {
    await session.close();
  }
}

/** Removes everything one report contributed, batch by batch (each step repeats until nothing is left). */
async function retractDocument(
  session: Session,
  doc: string,
  docKey: string,
  batchSize: number,
  counters: Counters,
): Promise<void> {
  const params = {
    doc,
    docKey,
    batchSize: neo4j.int(batchSize),
    sentencePrefix: sentenceKeyPrefix(doc),
  };
  for (const step of ['load/retract-sentences', 'load/retract-relationships', 'load/retract-entities']) {
    while ((await write(session, loadCypher(step), params, counters)) > 0) {
      // keep going: each batch only touches what still carries the report's support
    }
  }
}

interface LoadStep {
  cypher: string;
  rows: unknown[];
  params?: Record<string, unknown>;
}

/** In dependency order: documents before their sentences, entities before what points at them. */
function loadSteps(rows: LoadRows): LoadStep[] {
  const byType = new Map<string, RelationshipRow[]>();
  for (const row of rows.relationships) {
    const list = byType.get(row.type) ?? [];
    list.push(row);
    byType.set(row.type, list);
  }
  return [
    { cypher: 'load/merge-documents', rows: rows.documents },
    { cypher: 'load/merge-sentences', rows: rows.sentences },
    { cypher: 'load/merge-entities', rows: rows.entities },
    { cypher: 'load/merge-mentions', rows: rows.mentions },
    // Grouped by type so each batch runs one branch of the statement.
    ...[...byType.values()].map((list) => ({ cypher: 'load/merge-relationships', rows: list })),
    { cypher: 'load/merge-document-mentions', rows: rows.documentMentions },
  ];
}

export async function loadGraph(
  cfg: Neo4jConfig,
  graph: SerializedGraph,
  opts: LoadOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const rows = buildLoadRows(graph);
  const total = countRows(rows);
  const counters = emptyCounters();
  if (!schemaApplied.has(serverId(cfg))) await applySchema(cfg);
  const session = getDriver(cfg).session({ database: cfg.database });
  const replacedDocuments: string[] = [];
  let done = 0;
  try {
    const stored = await session.executeRead((tx) =>
      tx.run(loadCypher('load/document-versions'), { keys: rows.documents.map((d) => d.key) }),
    );
    const storedSha = new Map(
      stored.records.map((r) => [
        r.get('key') as string,
        { name: r.get('name') as string, sha: r.get('sha256') as string },
      ]),
    );
    for (const d of rows.documents) {
      const before = storedSha.get(d.key);
      if (before && before.sha !== d.props.sha256) {
        await retractDocument(session, before.name, d.key, batchSize, counters);
        replacedDocuments.push(before.name);
      }
    }
    opts.onProgress?.(0, total);
    for (const step of loadSteps(rows)) {
      const stepStarted = performance.now();
      const cypher = loadCypher(step.cypher);
      for (let i = 0; i < step.rows.length; i += batchSize) {
        const batch = step.rows.slice(i, i + batchSize);
        await write(session, cypher, { ...step.params, rows: batch }, counters);
        done += batch.length;
        opts.onProgress?.(done, total);
      }
      opts.onStep?.(step.cypher, step.rows.length, performance.now() - stepStarted);
    }
  } catch (err) {
    throw describeNeo4jError(err, cfg);
  } finally {
    await session.close();
  }
  const nodeRows = rows.documents.length + rows.sentences.length + rows.entities.length;
  const relRows =
    rows.sentences.length + rows.mentions.length + rows.relationships.length + rows.documentMentions.length;
  return {
    documents: rows.documents.length,
    replacedDocuments,
    ...counters,
    nodesMerged: Math.max(0, nodeRows - counters.nodesCreated),
    relationshipsMerged: Math.max(0, relRows - counters.relationshipsCreated),
    elements: nodeRows + relRows,
    ms: Math.round(performance.now() - started),
  };
}
