/**
 * The explorer on the seeds' graph, built by `kg build` as a user would, in Debian's chromium: every node drawn,
 * 复建村 found by Chinese and pinyin, clicked on the canvas, its evidence shown with the mention marked; and a saved
 * Cypher query answered by the real local Neo4j (the project's `.neo4j/` server, started if it is not running and
 * stopped again if this test started it), loaded with the same graph.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from '../../src/adapters/browser/chromium.ts';
import { buildReports } from '../../src/adapters/http/load-graph.ts';
import { listSavedQueries } from '../../src/adapters/http/saved-queries.ts';
import type { RunningExplorer } from '../../src/adapters/http/server.ts';
import { REPO_ROOT } from '../../src/adapters/http/viz-build.ts';
import {
  ensureLocalNeo4j,
  loadGraph,
  localNeo4jStatus,
  runQuery,
  stopLocalNeo4j,
  type Neo4jConfig,
} from '../../src/adapters/neo4j/index.ts';
import type { SerializedGraph } from '../../src/core/graph/schema.ts';
import { expectRenderedNodes, OUT_DIR, openExplorer, search, serveGraph, type KgWindow } from './helpers.ts';

const FUJIAN = 'place:500116108205';
let graph: SerializedGraph;
let neo4jCfg: Neo4jConfig | null = null;
let neo4jStarting: Promise<Neo4jConfig | Error>;
let startedNeo4j = false;
let explorer: RunningExplorer;
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  // The JVM starts while kg build and chromium do their work; the console finds it once it answers.
  startedNeo4j = !(await localNeo4jStatus()).running;
  neo4jStarting = ensureLocalNeo4j({ quiet: true }).catch((e: Error) => e);
  graph = await buildReports([join(REPO_ROOT, 'seeds')], () => {});
  explorer = await serveGraph(graph, {
    loadModule: async () => ({ resolveNeo4jConfig: async () => neo4jCfg, runQuery }),
  });
  browser = await launchChromium();
  page = await browser.context.newPage();
  await openExplorer(page, explorer.url);
});
afterAll(async () => {
  await browser?.close();
  await explorer?.close();
  await neo4jStarting;
  if (startedNeo4j) await stopLocalNeo4j();
});

describe('explorer on the seeds', () => {
  it('draws exactly the nodes kg build wrote', async () => {
    expect(graph.nodes.some((n) => n.key === FUJIAN)).toBe(true);
    await expectRenderedNodes(page, graph.nodes.length);
    await page.screenshot({ path: join(OUT_DIR, 'seeds-overview.png') });
  });

  it.each(['复建', 'fujian', 'fjc'])('search %s suggests 复建村', async (q) => {
    await search(page, q);
    expect(await page.$$eval('#suggestions li', (els) => els.map((e) => e.getAttribute('data-key')))).toContain(FUJIAN);
  });

  it('clicking 复建村 on the canvas shows its evidence sentences with the mention marked', async () => {
    await search(page, 'fjc');
    await page.click(`#suggestions li[data-key="${FUJIAN}"]`);
    await page.waitForSelector('#panel:not([hidden]) .evidence');
    await page.click('#panel .close');
    await page.waitForTimeout(500); // the camera's centring animation
    const p = await page.evaluate((key) => {
      const { renderer, graph: g } = (window as unknown as KgWindow).kgExplorer;
      const a = g.getNodeAttributes(key) as { x: number; y: number };
      const v = renderer.graphToViewport(a);
      const box = document.getElementById('graph')!.getBoundingClientRect();
      return { x: box.left + v.x, y: box.top + v.y };
    }, FUJIAN);
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(
      (key) => document.querySelector('#panel:not([hidden]) h2')?.getAttribute('data-key') === key,
      FUJIAN,
    );
    const evidence = graph.nodes.find((n) => n.key === FUJIAN)!.attributes.evidence;
    const shown = await page.$$eval('#panel .evidence', (els) =>
      els.map((e) => ({
        sentence: e.querySelector('.sentence')?.textContent,
        mark: e.querySelector('mark')?.textContent,
      })),
    );
    expect(shown).toEqual(evidence.slice(0, 50).map((ev) => ({ sentence: ev.text, mark: '复建村' })));
    expect(await page.textContent('#panel .hierarchy p')).toBe('重庆市 › 江津区 › 白沙镇 › 复建村');
    await page.screenshot({ path: join(OUT_DIR, 'seeds-fujian.png') });
  });
});

describe('Cypher console on the real local Neo4j', () => {
  beforeAll(async () => {
    const cfg = await neo4jStarting;
    if (cfg instanceof Error) throw cfg;
    await loadGraph(cfg, graph);
    neo4jCfg = cfg;
  }, 300_000);

  it('a saved query runs read-only and shows its rows as a table and a subgraph', async () => {
    // The first saved query (their `// @param` defaults applied) that finds something to draw in the seeds.
    let chosen: { name: string; query: string; direct: Awaited<ReturnType<typeof runQuery>> } | null = null;
    for (const q of await listSavedQueries(join(REPO_ROOT, 'cypher/queries'))) {
      const direct = await runQuery(neo4jCfg!, q.query, {}, { limit: 1000 });
      if (direct.rows.length && direct.graph.nodes.length) {
        chosen = { ...q, direct };
        break;
      }
    }
    expect(chosen, 'no saved query in cypher/queries/ returns rows on the seeds').not.toBeNull();
    const { name, query, direct } = chosen!;
    await page.click('#console-toggle');
    await page.selectOption('#saved-queries', name);
    expect(await page.inputValue('#query')).toBe(query);
    await page.click('#run-query');
    await page.waitForSelector('#result-table table', { timeout: 20_000 });
    expect(Number(await page.getAttribute('#result-table table', 'data-rows'))).toBe(direct.rows.length);
    expect(await page.$$eval('#result-table th', (th) => th.map((t) => t.textContent))).toEqual(direct.columns);
    expect(await page.$('#result-graph canvas')).not.toBeNull();
    expect(await page.evaluate(() => document.querySelector('#console-message')?.classList.contains('error'))).toBe(
      false,
    );
    await page.screenshot({ path: join(OUT_DIR, 'seeds-cypher.png') });
  });
});
