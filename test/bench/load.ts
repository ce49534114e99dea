/**
 * `npm run bench:load`: the loader's speed on this machine, against a throwaway local Neo4j 5.26.
 *   1. a synthetic graph of ≥ 200,000 elements (nodes + relationships, lexical layer included), batched loader;
 *   2. a 5,000-element sample loaded one transaction per row (batch size 1), so the ratio comes from one run;
 *   3. with --sweep, a few batch sizes on a 55,000-element graph (how DEFAULT_BATCH_SIZE was chosen).
 * Options: --docs N --sentences N (graph size), --heap 1g --page-cache 512m (server memory).
 */
import { parseArgs } from 'node:util';
import { loadGraph, runQuery, type Neo4jConfig } from '../../src/adapters/neo4j/index.ts';
import { DEFAULT_BATCH_SIZE } from '../../src/adapters/neo4j/load.ts';
import { resetDatabase } from '../neo4j/helpers.ts';
import { startTestServer } from '../neo4j/server.ts';
import { syntheticGraph } from '../neo4j/synthetic.ts';
import type { SerializedGraph } from '../../src/core/graph/schema.ts';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '20' },
    sentences: { type: 'string', default: '1000' },
    heap: { type: 'string', default: '1g' },
    'page-cache': { type: 'string', default: '512m' },
    sweep: { type: 'boolean', default: false },
  },
});

async function elementsInDatabase(cfg: Neo4jConfig): Promise<number> {
  const n = await runQuery(cfg, 'MATCH (n) RETURN count(n)');
  const r = await runQuery(cfg, 'MATCH ()-[r]->() RETURN count(r)');
  return (n.rows[0][0] as number) + (r.rows[0][0] as number);
}

async function timedLoad(
  cfg: Neo4jConfig,
  graph: SerializedGraph,
  batchSize: number,
  onStep?: (statement: string, rows: number, ms: number) => void,
): Promise<{ elements: number; seconds: number; rate: number }> {
  await resetDatabase(cfg);
  const started = performance.now();
  await loadGraph(cfg, graph, { batchSize, onStep });
  const seconds = (performance.now() - started) / 1000;
  const elements = await elementsInDatabase(cfg);
  return { elements, seconds, rate: elements / seconds };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const server = await startTestServer({ heap: args.heap, pageCache: args['page-cache'], javaOptions: '' });
try {
  console.log(
    `Neo4j 5.26 at ${server.cfg.uri} (heap ${args.heap}, page cache ${args['page-cache']}); machine load ${(await import('node:os')).loadavg()[0].toFixed(1)}`,
  );
  // Warm-up: schema, and the JIT on every statement, on a small graph (a cold JVM would bias the first run).
  await timedLoad(server.cfg, syntheticGraph(2, 200), DEFAULT_BATCH_SIZE);

  if (args.sweep) {
    const medium = syntheticGraph(5, 1000);
    for (const size of [500, 1000, 2000, 5000, 10000]) {
      const r = await timedLoad(server.cfg, medium, size);
      console.log(
        `sweep: batch ${String(size).padStart(5)}: ${fmt(r.elements)} elements in ${r.seconds.toFixed(2)} s = ${fmt(r.rate)} elements/s`,
      );
    }
  }

  const big = syntheticGraph(Number(args.docs), Number(args.sentences));
  const steps: string[] = [];
  const batched = await timedLoad(server.cfg, big, DEFAULT_BATCH_SIZE, (name, rows, ms) =>
    steps.push(`  ${name}: ${fmt(rows)} rows in ${(ms / 1000).toFixed(2)} s = ${fmt((rows / ms) * 1000)} rows/s`),
  );
  console.log(
    `batched (batch ${DEFAULT_BATCH_SIZE}): ${fmt(batched.elements)} elements in ${batched.seconds.toFixed(2)} s = ${fmt(batched.rate)} elements/s`,
  );
  console.log(steps.join('\n'));

  const again = performance.now();
  await loadGraph(server.cfg, big);
  const reloadSeconds = (performance.now() - again) / 1000;
  console.log(
    `idempotent re-load of the same graph: ${reloadSeconds.toFixed(2)} s = ${fmt(batched.elements / reloadSeconds)} elements/s, ${fmt(await elementsInDatabase(server.cfg))} elements after`,
  );

  const sample = syntheticGraph(1, 450);
  const perRow = await timedLoad(server.cfg, sample, 1);
  console.log(
    `one transaction per row: ${fmt(perRow.elements)} elements in ${perRow.seconds.toFixed(2)} s = ${fmt(perRow.rate)} elements/s`,
  );
  console.log(`batched / per-row: ${(batched.rate / perRow.rate).toFixed(1)}x`);
} finally {
  await server.stop();
}
