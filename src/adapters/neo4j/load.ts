/**
 * `loadGraph`: the graph into Neo4j, idempotently. Schema first (constraints IF NOT EXISTS), then every kind of row
 * in batches (the plan is in load-steps.ts) — `UNWIND $rows … MERGE` by stable key, one managed write transaction per
 * batch (the driver retries transient failures) —, parameters only.
 * A report's sha256 is written last, once all of it is in: a report stored with another sha256 (an earlier version)
 * or with none (a load killed half-way) is first retracted — its sentences go, its support is removed from every
 * fact, facts only it supported are deleted — and then written afresh, its sentences and MENTIONS by CREATE. So a
 * killed load is completed by simply running it again, and a report loaded again from the same file is merged. */
import neo4j, { type ManagedTransaction, type Session } from 'neo4j-driver';
import type { SerializedGraph } from '../../core/graph/schema.ts';
import { loadCypher, splitStatements } from './cypher-files.ts';
import { describeNeo4jError, getDriver } from './driver.ts';
import { fillStatement, planLoad, type LoadBatch, type LoadStep } from './load-steps.ts';
import { buildLoadRows, countRows, sentenceKeyPrefix } from './rows.ts';
import type { LoadOptions, LoadSummary, Neo4jConfig } from './types.ts';

/** `npm run bench:load -- --sweep` (2026-11-29, warm server): 2,000–20,000 cost the same server CPU within the
 * noise of a busy machine; 5,000 keeps each transaction's state (on the heap) to a few MB. */
export const DEFAULT_BATCH_SIZE = 5000;

/**
 * Write sessions working at once (see runPhase): the client encodes a batch while the server runs another. Measured
 * on a warm server, 220k elements, 2026-11-29 (load average 6-14): 2 sessions loaded 0.96-1.36x as fast as 1 fresh
 * and 1.15-1.67x on a repeated load, with no retries (also with 20 reports sharing their villages).
 */
export const DEFAULT_CONCURRENCY = 2;

type Counters = Pick<
  LoadSummary,
  | 'nodesCreated'
  | 'nodesDeleted'
  | 'relationshipsCreated'
  | 'relationshipsDeleted'
  | 'propertiesSet'
  | 'batches'
  | 'retries'
>;

function emptyCounters(): Counters {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    batches: 0,
    retries: 0,
  };
}

async function write(
  session: Session,
  cypher: string,
  params: Record<string, unknown>,
  counters: Counters,
): Promise<number> {
  let attempts = 0;
  const result = await session.executeWrite((tx: ManagedTransaction) => {
    attempts += 1;
    return tx.run(cypher, params);
  });
  counters.retries += attempts - 1;
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

/**
 * Removes everything one report contributed: its file version first (so a run killed during this is retracted again
 * next time), its sentences and document MENTIONS, then its support on the entities it supports and on their
 * relationships, deleting what nothing else supports. Each step works in batches; none scans all relationships.
 */
async function retractDocument(
  session: Session,
  doc: string,
  docKey: string,
  batchSize: number,
  counters: Counters,
): Promise<void> {
  const params = { doc, docKey, batchSize: neo4j.int(batchSize), sentencePrefix: sentenceKeyPrefix(doc) };
  await write(session, loadCypher('load/retract-document'), params, counters);
  for (const step of ['load/retract-sentences', 'load/retract-document-mentions']) {
    while ((await write(session, loadCypher(step), params, counters)) > 0) {
      // keep going: each batch deletes what is left
    }
  }
  const supported = await session.executeRead((tx) => tx.run(loadCypher('load/supported-entities'), { doc }));
  const keys = supported.records.map((r) => r.get('key') as string);
  for (let i = 0; i < keys.length; i += batchSize) {
    await write(
      session,
      loadCypher('load/retract-support'),
      { ...params, keys: keys.slice(i, i + batchSize) },
      counters,
    );
  }
}

interface Job {
  step: LoadStep;
  cypher: string;
  batch: LoadBatch;
}

/**
 * The batches of one phase's steps on all sessions at once: each session takes the next batch as soon as it is
 * free, so the server works on one batch while this process encodes the next. Steps of one phase do not depend on
 * each other; conflicting locks make Neo4j report a transient error, and the driver retries that transaction.
 */
async function runPhase(
  sessions: Session[],
  steps: LoadStep[],
  counters: Counters,
  onBatch: (job: Job, ms: number) => void,
): Promise<void> {
  const jobs: Job[] = steps.flatMap((step) => {
    const cypher = fillStatement(loadCypher(step.statement), step.fill);
    return step.batches.map((batch) => ({ step, cypher, batch }));
  });
  let next = 0;
  let failed = false;
  await Promise.all(
    sessions.map(async (session) => {
      while (!failed && next < jobs.length) {
        const job = jobs[next++];
        const started = performance.now();
        try {
          await write(session, job.cypher, { ...job.step.params, rows: job.batch.rows }, counters);
        } catch (err) {
          failed = true;
          throw err;
        }
        onBatch(job, performance.now() - started);
      }
    }),
  );
}

/** Progress after each batch, and each step's rows and time (summed over its batches) once its last batch is done. */
function trackProgress(steps: LoadStep[], total: number, opts: LoadOptions): (job: Job, ms: number) => void {
  const left = new Map(steps.map((s) => [s, { batches: s.batches.length, rows: 0, ms: 0 }]));
  let done = 0;
  return (job, ms) => {
    done += job.batch.weight;
    opts.onProgress?.(done, total);
    const step = left.get(job.step)!;
    step.batches -= 1;
    step.rows += job.batch.weight;
    step.ms += ms;
    if (step.batches === 0) {
      const fill = job.step.fill ? `:${Object.values(job.step.fill).join(':')}` : '';
      opts.onStep?.(`${job.step.statement}${fill}`, step.rows, step.ms);
    }
  };
}

/** Compares file versions the way they are stored: a document without sha256 matches one without. */
const sameVersion = (stored: unknown, incoming: unknown) => (stored ?? null) === (incoming ?? null);

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
  const concurrency = Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY);
  const sessions = Array.from({ length: concurrency }, () => getDriver(cfg).session({ database: cfg.database }));
  const session = sessions[0];
  const replacedDocuments: string[] = [];
  try {
    const stored = await session.executeRead((tx) =>
      tx.run(loadCypher('load/document-versions'), { keys: rows.documents.map((d) => d.key) }),
    );
    const storedSha = new Map(
      stored.records.map((r) => [r.get('key') as string, { name: r.get('name') as string, sha: r.get('sha256') }]),
    );
    const fresh = new Set<string>();
    for (const d of rows.documents) {
      const before = storedSha.get(d.key);
      if (before && sameVersion(before.sha, d.props.sha256)) continue;
      if (before) {
        await retractDocument(session, before.name, d.key, batchSize, counters);
        // A document without sha256 is one a killed load left half-way: not an earlier version of the report.
        if (before.sha !== null) replacedDocuments.push(before.name);
      }
      fresh.add(d.key);
    }
    opts.onProgress?.(0, total);
    const steps = planLoad(rows, fresh, batchSize);
    const progress = trackProgress(steps, total, opts);
    for (const phase of [...new Set(steps.map((s) => s.phase))]) {
      await runPhase(
        sessions,
        steps.filter((s) => s.phase === phase),
        counters,
        progress,
      );
    }
  } catch (err) {
    throw describeNeo4jError(err, cfg);
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
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
