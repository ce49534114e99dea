/**
 * The server killed in the middle of a load, for real: start, load part of a graph, SIGKILL the JVM, restart
 * (Neo4j recovers from its transaction log), load again — the result equals a clean load, nothing duplicated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, runQuery, type Neo4jConfig } from '../../src/adapters/neo4j/index.ts';
import { resetDatabase } from './helpers.ts';
import { startTestServer, type TestServer } from './server.ts';
import { syntheticGraph } from './synthetic.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

/** Counts by label and by relationship type, plus distinct keys (a duplicate would make them differ). */
async function census(cfg: Neo4jConfig): Promise<Record<string, number>> {
  const labels = await runQuery(cfg, 'MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l');
  const types = await runQuery(cfg, 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
  const keys = await runQuery(cfg, 'MATCH (n) RETURN count(n) AS nodes, count(DISTINCT n.key) AS keys');
  const pairs = await runQuery(
    cfg,
    'MATCH (a)-[r]->(b) RETURN count(DISTINCT [elementId(a), type(r), elementId(b)]) AS pairs',
  );
  return {
    ...Object.fromEntries(labels.rows.map(([l, c]) => [`:${l}`, c as number])),
    ...Object.fromEntries(types.rows.map(([t, c]) => [`[${t}]`, c as number])),
    nodes: keys.rows[0][0] as number,
    distinctKeys: keys.rows[0][1] as number,
    distinctRelationships: pairs.rows[0][0] as number,
  };
}

describe('a load interrupted by killing the server', () => {
  it('completes on re-run with the counts of a clean load', { timeout: 280_000 }, async () => {
    const graph = syntheticGraph(2, 300); // ≈ 6,600 elements in ≈ 30 transactions of 200 rows
    let killed = false;
    const interrupted = loadGraph(server.cfg, graph, {
      batchSize: 200,
      onProgress: (done, total) => {
        if (!killed && done > total * 0.4) {
          killed = true;
          process.kill(server.pid, 'SIGKILL');
        }
      },
    });
    await expect(interrupted).rejects.toThrow(/Neo4j/);
    expect(killed).toBe(true);

    await server.restart();
    const partial = await census(server.cfg);
    expect(partial[':Sentence']).toBeGreaterThan(0); // part of the load survived the kill

    await loadGraph(server.cfg, graph, { batchSize: 200 });
    const resumed = await census(server.cfg);

    await resetDatabase(server.cfg);
    await loadGraph(server.cfg, graph);
    const clean = await census(server.cfg);
    expect(partial).not.toEqual(clean); // and part of it was missing
    expect(resumed).toEqual(clean);
    expect(clean.nodes).toBe(clean.distinctKeys);
    expect(clean[':Sentence']).toBe(600);
    expect(clean[':Outcome']).toBe(600);
  });
});
