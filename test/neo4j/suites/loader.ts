/**
 * The loader against the test server (a real Neo4j 5.26): idempotence, the lexical layer, provenance, and
 * replacing a changed report.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadGraph, runQuery } from '../../../src/adapters/neo4j/index.ts';
import { fixtureGraph, REPORT_A, REPORT_A2, REPORT_B } from '../fixtures.ts';
import { counts, resetDatabase, signature } from '../helpers.ts';
import type { TestServer } from '../server.ts';

export function loaderSuite(ctx: { server: TestServer }): void {
  // A cold JVM on a busy 2-core machine compiles each statement on first use: allow for it.
  describe('loadGraph', { timeout: 120_000 }, () => {
    beforeEach(async () => resetDatabase(ctx.server.cfg));

    it('loads the graph with its lexical layer, and a second load leaves every count unchanged', async () => {
      const graph = fixtureGraph(REPORT_A, REPORT_B);
      const first = await loadGraph(ctx.server.cfg, graph, { batchSize: 3 });
      const after = await signature(ctx.server.cfg);
      // 11 graph nodes (2 documents, 4 places, 3 other entities … ) + 4 sentences.
      expect(first.nodesCreated).toBe(graph.nodes.length + 4);
      expect(first.batches).toBeGreaterThan(6); // batch size 3 really splits the rows

      const second = await loadGraph(ctx.server.cfg, graph);
      expect(second).toMatchObject({
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
      });
      expect(second.nodesMerged).toBe(first.nodesCreated);
      expect(await signature(ctx.server.cfg)).toEqual(after);
    });

    it('labels entities by type and level and applies the schema constraints', async () => {
      await loadGraph(ctx.server.cfg, fixtureGraph(REPORT_A, REPORT_B));
      const village = await runQuery(
        ctx.server.cfg,
        'MATCH (v:Village {code: "500116108205"}) RETURN labels(v) AS labels, v.hierarchy AS h',
      );
      expect(new Set(village.rows[0][0] as string[])).toEqual(new Set(['Entity', 'Place', 'Village']));
      expect(village.rows[0][1]).toEqual(['重庆市', '江津区', '白沙镇', '复建村']);
      const constraints = await runQuery(
        ctx.server.cfg,
        'SHOW CONSTRAINTS YIELD labelsOrTypes RETURN collect(labelsOrTypes[0]) AS labels',
      );
      const labels = constraints.rows[0][0] as string[];
      for (const l of [
        'Entity',
        'Place',
        'Project',
        'Honor',
        'Program',
        'Organization',
        'Event',
        'Outcome',
        'Document',
        'Sentence',
      ]) {
        expect(labels).toContain(l);
      }
      await expect(
        runQuery(ctx.server.cfg, 'CREATE (:Honor {key: "honor:全国文明村镇"})', {}, { write: true }),
      ).rejects.toThrow(/already exists/);
    });

    it('answers "where does this fact come from?" for entities and relationships', async () => {
      await loadGraph(ctx.server.cfg, fixtureGraph(REPORT_A, REPORT_B));
      const mention = await runQuery(
        ctx.server.cfg,
        'MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(h:Honor {name: "全国文明村镇"}) RETURN d.name, s.text, m.start, m.end',
      );
      const [doc, text, start, end] = mention.rows[0] as [string, string, number, number];
      expect([doc, text]).toEqual(['a.txt', '2020年白沙镇荣获全国文明村镇称号。']);
      expect(REPORT_A.sentences.join('').slice(start, end)).toBe('全国文明村镇');

      const support = await runQuery(
        ctx.server.cfg,
        `MATCH (:Program {name: '乡村振兴示范工程'})-[r:INCLUDES]->(:Project)
         UNWIND r.sentences AS k MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence {key: k}) RETURN d.name, s.text`,
      );
      expect(support.rows).toEqual([['b.txt', '示范工程包括影视基地项目。']]);
    });

    it('keeps relationship types apart within one load (PART_OF, HAS_PROJECT, RECEIVED …)', async () => {
      await loadGraph(ctx.server.cfg, fixtureGraph(REPORT_A, REPORT_B));
      const types = await runQuery(
        ctx.server.cfg,
        'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS t, count(*) AS n ORDER BY t',
      );
      expect(types.rows).toEqual([
        ['HAS_PROJECT', 1],
        ['INCLUDES', 1],
        ['LOCATED_IN', 1],
        ['PART_OF', 3],
        ['RECEIVED', 1],
        ['RUNS', 1],
      ]);
    });

    it('gives every relationship of the graph its edge key (rebuilt by the statement when it is the usual one)', async () => {
      const graph = fixtureGraph(REPORT_A, REPORT_B);
      await loadGraph(ctx.server.cfg, graph);
      const keys = await runQuery(ctx.server.cfg, 'MATCH ()-[r]->() WHERE r.key IS NOT NULL RETURN r.key');
      expect(keys.rows.map((r) => r[0] as string).sort()).toEqual(graph.edges.map((e) => e.key).sort());
    });

    it('loading reports one at a time gives the same graph as loading them together', async () => {
      await loadGraph(ctx.server.cfg, fixtureGraph(REPORT_A, REPORT_B));
      const together = await signature(ctx.server.cfg);
      await resetDatabase(ctx.server.cfg);
      await loadGraph(ctx.server.cfg, fixtureGraph(REPORT_A));
      await loadGraph(ctx.server.cfg, fixtureGraph(REPORT_B));
      expect(await signature(ctx.server.cfg)).toEqual(together);
    });

    it('a changed report replaces its sentences and removes facts only it supported', async () => {
      await loadGraph(ctx.server.cfg, fixtureGraph(REPORT_A, REPORT_B));
      const summary = await loadGraph(ctx.server.cfg, fixtureGraph(REPORT_A2));
      expect(summary.replacedDocuments).toEqual(['a.txt']);
      expect(summary.nodesDeleted).toBeGreaterThan(0);

      // The honor was only in the old version of a.txt: gone, with its RECEIVED edge.
      const honor = await runQuery(ctx.server.cfg, 'MATCH (h:Honor) RETURN count(h)');
      expect(honor.rows[0][0]).toBe(0);
      // The new project from a.txt is there; 白沙镇 keeps b.txt's support (and a.txt's, through 复建村's chain).
      const plant = await runQuery(
        ctx.server.cfg,
        'MATCH (:Village {name: "复建村"})-[r:HAS_PROJECT]->(p {name: "柑橘加工厂"}) RETURN r.status',
      );
      expect(plant.rows).toEqual([['built']]);
      const town = await runQuery(ctx.server.cfg, 'MATCH (t:Town {name: "白沙镇"}) RETURN t.docs');
      expect((town.rows[0][0] as string[]).sort()).toEqual(['a.txt', 'b.txt']);
      const sentence = await runQuery(ctx.server.cfg, 'MATCH (s:Sentence {key: "sentence:a.txt:1"}) RETURN s.text');
      expect(sentence.rows).toEqual([['复建村建成柑橘加工厂。']]);

      // Exactly what a clean load of the new version with b.txt gives: nothing duplicated, nothing stale.
      const replaced = await signature(ctx.server.cfg);
      await resetDatabase(ctx.server.cfg);
      await loadGraph(ctx.server.cfg, fixtureGraph(REPORT_A2, REPORT_B));
      expect(replaced).toEqual(await signature(ctx.server.cfg));
    });

    it('reports progress up to the total', async () => {
      const seen: Array<[number, number]> = [];
      await loadGraph(ctx.server.cfg, fixtureGraph(REPORT_A, REPORT_B), {
        batchSize: 4,
        onProgress: (d, t) => seen.push([d, t]),
      });
      expect(seen[0][0]).toBe(0);
      expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
      expect(seen.length).toBeGreaterThan(4);
      expect(await counts(ctx.server.cfg)).toMatchObject({ nodes: fixtureGraph(REPORT_A, REPORT_B).nodes.length + 4 });
    });
  });
}
