/**
 * Every saved query in cypher/queries/, run against the seeds' real graph (built here by `kg build`'s library and
 * loaded into the test server), with the results the seeds' text states.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/adapters/build.ts';
import { loadGraph, runQuery, type Neo4jConfig, type QueryResult } from '../../../src/adapters/neo4j/index.ts';
import { resetDatabase } from '../helpers.ts';
import type { TestServer } from '../server.ts';

async function saved(
  cfg: Neo4jConfig,
  name: string,
  params: Record<string, unknown> = {},
): Promise<Array<Record<string, unknown>>> {
  const result: QueryResult = await runQuery(cfg, readFileSync(`cypher/queries/${name}.cypher`, 'utf8'), params);
  return result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, r[i]])));
}

/** Names as the text writes them or without the quotation marks. */
const bare = (s: unknown) => String(s).replace(/[“”"]/g, '');

export function savedQueriesSuite(ctx: { server: TestServer }): void {
  beforeAll(async () => {
    await resetDatabase(ctx.server.cfg);
    const built = await buildGraph(['seeds']);
    expect(built.errors).toEqual([]);
    await loadGraph(ctx.server.cfg, built.graph);
  }, 300_000);

  describe('saved queries on the seeds', { timeout: 60_000 }, () => {
    it('each file says what it answers in a leading comment', () => {
      const files = readdirSync('cypher/queries').filter((f) => f.endsWith('.cypher'));
      expect(files.length).toBeGreaterThanOrEqual(8);
      for (const f of files) expect(readFileSync(`cypher/queries/${f}`, 'utf8')).toMatch(/^\/\/ \S.{20,}/);
    });

    it('projects per village: 复建村 in 白沙镇 with its 亲子游 tourist route', async () => {
      const rows = await saved(ctx.server.cfg, 'projects-per-village', { village: '复建村' });
      expect(rows).toHaveLength(1);
      expect(rows[0].town).toBe('白沙镇');
      expect((rows[0].projects as string[]).map(bare)).toContainEqual(
        expect.stringContaining('复建村亲子游特色旅游路线'),
      );
      const all = await saved(ctx.server.cfg, 'projects-per-village');
      expect(all.map((r) => r.village)).toEqual(expect.arrayContaining(['复建村', '东胜村']));
    });

    it('honors of a town by year: 白沙镇 in 2020, rank 41 among 中国特色小城镇品牌传播百强', async () => {
      const rows = await saved(ctx.server.cfg, 'honors-of-town-by-year', { town: '白沙镇', year: 2020 });
      const honors = rows.map((r) => bare(r.honor));
      expect(honors).toEqual(expect.arrayContaining(['中国特色小城镇品牌传播百强']));
      expect(honors.some((h) => h.includes('乡村治理示范乡镇'))).toBe(true);
      expect(rows.find((r) => bare(r.honor) === '中国特色小城镇品牌传播百强')?.rank).toBe(41);
      expect(rows.every((r) => r.year === 2020)).toBe(true);
      expect(await saved(ctx.server.cfg, 'honors-of-town-by-year', { town: '白沙镇', year: 2023 })).toEqual([]);
    });

    it('outcomes of a program: numbers with units and years', async () => {
      const programs = await runQuery(
        ctx.server.cfg,
        'MATCH (p:Program)-[:ACHIEVED|INCLUDES]->() RETURN p.name, count(*) AS n ORDER BY n DESC LIMIT 1',
      );
      const program = programs.rows[0][0] as string;
      const rows = await saved(ctx.server.cfg, 'outcomes-of-program', { program });
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(typeof r.value).toBe('number');
        expect(String(r.unit).length).toBeGreaterThan(0);
      }
    });

    it('within two hops of 复建村: its town, its projects, and what the town received', async () => {
      const rows = await saved(ctx.server.cfg, 'within-two-hops', { place: '复建村' });
      const at = (hops: number) => rows.filter((r) => r.hops === hops).map((r) => bare(r.name));
      expect(at(1)).toContain('白沙镇');
      expect(at(1)).toContain('复建村亲子游特色旅游路线');
      expect(at(2)).toContain('中国特色小城镇品牌传播百强');
      expect(at(2)).toContain('江津区');
    });

    it('shortest path between 复建村 and 柏林镇 goes up to 江津区 and down again', async () => {
      const rows = await saved(ctx.server.cfg, 'shortest-path', { from: '复建村', to: '柏林镇' });
      expect(rows).toHaveLength(1);
      expect(rows[0].hops).toBeLessThanOrEqual(3);
      expect((rows[0].names as string[])[0]).toBe('复建村');
      expect((rows[0].names as string[]).at(-1)).toBe('柏林镇');
    });

    it("project network of 柏林镇: pairs of the town's projects that share a village or a program", async () => {
      const rows = await saved(ctx.server.cfg, 'project-network-of-town', { town: '柏林镇' });
      expect(rows.length).toBeGreaterThan(0);
      const byVillage = rows.filter((r) => r.via === 'Place' && (r.shared as string[]).includes('东胜村'));
      expect(byVillage.length).toBeGreaterThan(0);
      for (const r of rows) expect(['Place', 'Program']).toContain(r.via);
    });

    it('where a fact comes from: the honor → its sentences → the 白沙镇 report, spans cut from the original file', async () => {
      const rows = await saved(ctx.server.cfg, 'fact-provenance', { name: '中国特色小城镇品牌传播百强' });
      const mentions = rows.filter((r) => r.fact === 'mention');
      expect(mentions.length).toBeGreaterThan(0);
      for (const m of mentions) {
        expect(m.document).toBe('000_4bc167e2c67f128a');
        expect(String(m.text)).toContain('中国特色小城镇品牌传播百强');
      }
      expect(rows.some((r) => r.fact === 'RECEIVED 白沙镇')).toBe(true);
    });

    it('finds a body the reports write 区委 by its full name 江津区委, and shows it as written', async () => {
      const rows = await saved(ctx.server.cfg, 'fact-provenance', { name: '江津区委' });
      const mentions = rows.filter((r) => r.fact === 'mention');
      expect(mentions.length).toBeGreaterThan(0);
      for (const m of mentions) expect(String(m.text)).toContain('区委');
    });

    it('place hierarchy: 复建村 → 白沙镇 → 江津区 → 重庆市 with official codes', async () => {
      const rows = await saved(ctx.server.cfg, 'place-hierarchy', { place: '复建村' });
      expect(rows[0].hierarchy).toEqual(['复建村', '白沙镇', '江津区', '重庆市']);
      expect((rows[0].codes as string[])[0]).toMatch(/^500116\d{6}$/);
      expect((rows[0].codes as string[]).at(-1)).toBe('500000000000');
    });
  });
}
