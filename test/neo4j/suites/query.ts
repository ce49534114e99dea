/**
 * runQuery, `kg query` and `kg load` on the command line, and errors people meet (server down, wrong password,
 * wrong database, syntax errors), against the test server.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, Neo4jQueryError, runQuery } from '../../../src/adapters/neo4j/index.ts';
import { displayWidth } from '../../../src/cli/commands/query.ts';
import { fixtureGraph, REPORT_A, REPORT_B } from '../fixtures.ts';
import { resetDatabase } from '../helpers.ts';
import { freePort, type TestServer } from '../server.ts';

const work = mkdtempSync(join(tmpdir(), 'kg-query-test-'));
const graphFile = join(work, 'graph.json');

export function querySuite(ctx: { server: TestServer }): void {
  beforeAll(async () => {
    await resetDatabase(ctx.server.cfg);
    writeFileSync(graphFile, JSON.stringify(fixtureGraph(REPORT_A, REPORT_B)));
    await loadGraph(ctx.server.cfg, fixtureGraph(REPORT_A, REPORT_B));
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  describe('runQuery', { timeout: 60_000 }, () => {
    it('returns nodes by key, relationships by their ends, and the subgraph to draw', async () => {
      const r = await runQuery(
        ctx.server.cfg,
        'MATCH p = (v:Village)-[:PART_OF]->(t:Town) RETURN v, t.name AS town, p',
      );
      expect(r.columns).toEqual(['v', 'town', 'p']);
      const [v, town] = r.rows[0] as [{ key: string; labels: string[]; properties: Record<string, unknown> }, string];
      expect(v.key).toBe('place:500116108205');
      expect(v.labels).toContain('Village');
      expect(v.properties.hierarchy).toEqual(['重庆市', '江津区', '白沙镇', '复建村']);
      expect(town).toBe('白沙镇');
      expect(r.graph.nodes.map((n) => n.id).sort()).toEqual(['place:500116108000', 'place:500116108205']);
      expect(r.graph.edges).toEqual([
        expect.objectContaining({ source: 'place:500116108205', target: 'place:500116108000', type: 'PART_OF' }),
      ]);
    });

    it('gives integers as numbers and stops at the row limit', async () => {
      const r = await runQuery(ctx.server.cfg, 'UNWIND range(1, 10) AS i RETURN i, i * 1.5 AS f', {}, { limit: 3 });
      expect(r.rows).toEqual([
        [1, 1.5],
        [2, 3],
        [3, 4.5],
      ]);
    });

    it('refuses writes in the default READ mode and allows them with write: true', async () => {
      const attempt = runQuery(ctx.server.cfg, 'CREATE (:Scratch {n: 1})');
      await expect(attempt).rejects.toThrow(/Writing in read access mode not allowed/);
      await expect(attempt).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
      const done = await runQuery(
        ctx.server.cfg,
        'CREATE (s:Scratch {n: 1}) DELETE s RETURN 1 AS ok',
        {},
        { write: true },
      );
      expect(done.rows).toEqual([[1]]);
    });

    it("reports a syntax error with Neo4j's message and position", async () => {
      const err = await runQuery(ctx.server.cfg, 'MATCH (n RETURN n').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Neo4jQueryError);
      expect((err as Neo4jQueryError).message).toMatch(/Invalid input 'RETURN'.*line 1, column 10/s);
      expect((err as Neo4jQueryError).position).toEqual({ line: 1, column: 10, offset: 9 });
    });

    it('fills parameters from // @param defaults, and explicit ones win', async () => {
      const cypher = '// @param town 白沙镇\n// @param year 2020\nRETURN $town AS town, $year AS year';
      expect((await runQuery(ctx.server.cfg, cypher)).rows).toEqual([['白沙镇', 2020]]);
      expect((await runQuery(ctx.server.cfg, cypher, { town: '柏林镇' })).rows).toEqual([['柏林镇', 2020]]);
    });

    it('says clearly when the server is not running, the password is wrong or the database does not exist', async () => {
      const down = { ...ctx.server.cfg, uri: `bolt://127.0.0.1:${await freePort()}` };
      await expect(runQuery(down, 'RETURN 1')).rejects.toThrow(
        /^Neo4j: cannot reach bolt:\/\/127\.0\.0\.1:\d+ .*npx kg neo4j start/,
      );
      await expect(runQuery({ ...ctx.server.cfg, password: 'not-the-password' }, 'RETURN 1')).rejects.toThrow(
        /^Neo4j: authentication failed for user 'neo4j'.*NEO4J_PASSWORD/,
      );
      await expect(runQuery({ ...ctx.server.cfg, database: 'nosuchdb' }, 'RETURN 1')).rejects.toThrow(
        /^Neo4j: database 'nosuchdb' does not exist.*NEO4J_DATABASE/,
      );
    });
  });

  interface Run {
    code: number;
    stdout: string;
    stderr: string;
  }

  /** Runs the real `kg` entry point with the test server in NEO4J_* variables. */
  function kg(args: string[], env: Record<string, string> = {}): Promise<Run> {
    const vars = {
      ...process.env,
      NEO4J_URI: ctx.server.cfg.uri,
      NEO4J_USER: ctx.server.cfg.user,
      NEO4J_PASSWORD: ctx.server.cfg.password,
      CI: '1',
      ...env,
    };
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        ['src/cli/kg.js', ...args],
        { env: vars, maxBuffer: 1 << 24 },
        (err, stdout, stderr) => {
          resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
        },
      );
    });
  }

  describe('kg query', { timeout: 60_000 }, () => {
    it('runs a saved query file with --param and prints JSON records', async () => {
      const r = await kg([
        'query',
        '-f',
        'cypher/queries/honors-of-town-by-year.cypher',
        '--param',
        'town=白沙镇',
        '--param',
        'year=2020',
        '--json',
      ]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([{ year: 2020, honor: '全国文明村镇', rank: null, recipient: '白沙镇' }]);
    });

    it('prints CSV with a header and quotes what needs quoting', async () => {
      const r = await kg([
        'query',
        'MATCH (s:Sentence) RETURN s.key AS key, s.text AS text, "a,b" AS odd ORDER BY key LIMIT 1',
        '--csv',
      ]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('key,text,odd\r\nsentence:a.txt:0,复建村签约引进影视基地项目。,"a,b"\r\n');
    });

    it('prints a table with nodes as (:Label name) and CJK text aligned', async () => {
      const r = await kg(['query', 'MATCH (v:Village) RETURN v, v.name AS name']);
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines[3]).toBe('│ (:Place:Village 复建村) │ 复建村 │');
      expect(lines[0]).toBe(`┌${'─'.repeat(25)}┬────────┐`);
      // Aligned: every line takes the same number of terminal columns (CJK characters count two).
      expect(new Set(lines.map(displayWidth)).size).toBe(1);
      expect(r.stderr).toContain('1 row');
    });

    it('exits non-zero with the position of a syntax error, and refuses writes without --write', async () => {
      const syntax = await kg(['query', 'MATCH (n RETURN n']);
      expect(syntax.code).toBe(1);
      expect(syntax.stderr).toMatch(/SyntaxError: Invalid input 'RETURN'.*\(line 1, column 10 \(offset: 9\)\)/);
      const write = await kg(['query', 'CREATE (:Scratch)']);
      expect(write.code).toBe(1);
      expect(write.stderr).toMatch(/Writing in read access mode not allowed/);
    });

    it('says in one line what to do when Neo4j is not reachable', async () => {
      const r = await kg(['query', 'RETURN 1'], { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/cannot reach .*npx kg neo4j start/);
    });
  });

  describe('kg load', { timeout: 120_000 }, () => {
    it('loads a graph file idempotently and prints a summary', async () => {
      const r = await kg(['load', graphFile]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(
        /2 document\(s\); nodes 0 created, 13 merged, 0 deleted; relationships 0 created, \d+ merged, 0 deleted/,
      );
    });

    it('refuses a file that is not a graph with a line that names it', async () => {
      const bad = join(work, 'bad.json');
      writeFileSync(bad, '{"hello": 1}');
      const r = await kg(['load', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(
        `kg load: ${bad} is not a kg graph (no "nodes"/"edges" arrays); write it with \`kg build … --out ${bad}\``,
      );
    });
  });

  describe('kg neo4j status', { timeout: 60_000 }, () => {
    it('finds the running server by its home folder and prints where it is', async () => {
      const r = await kg(['neo4j', 'status', '--json'], { KG_NEO4J_HOME: ctx.server.home });
      expect(r.code).toBe(0);
      const status = JSON.parse(r.stdout);
      expect(status).toMatchObject({ running: true, uri: ctx.server.cfg.uri, pid: ctx.server.pid });
      expect(status.config.password).toBeUndefined();
      const browser = await fetch(status.browserUrl);
      expect(browser.status).toBe(200);
      expect(await browser.text()).toContain('Neo4j Browser');
    });

    it('exits 3 when the server is not running', async () => {
      const r = await kg(['neo4j', 'status'], { KG_NEO4J_HOME: join(work, 'no-server') });
      expect(r.code).toBe(3);
      expect(r.stdout).toMatch(/Neo4j is not running/);
    });
  });
}
