/**
 * The explorer in a real browser (Debian's chromium through playwright-core) on a small hand-written graph: what the
 * page draws, search, the side panel, XSS safety, filters, URL state, exports, layout and the console without Neo4j.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from '../../src/adapters/browser/chromium.ts';
import type { RunningExplorer } from '../../src/adapters/http/server.ts';
import { miniGraph, XSS_NAME } from './fixtures/mini-graph.ts';
import { expectRenderedNodes, OUT_DIR, openExplorer, search, serveGraph, type KgWindow } from './helpers.ts';

const graph = miniGraph();
let explorer: RunningExplorer;
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  explorer = await serveGraph(graph, { loadModule: async () => null });
  browser = await launchChromium({ downloadsPath: OUT_DIR });
  page = await browser.context.newPage();
  await openExplorer(page, explorer.url);
});
afterAll(async () => {
  await browser?.close();
  await explorer?.close();
});

/** Where sigma draws a node, in page pixels. */
async function nodePosition(key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k) => {
    const { renderer, graph: g } = (window as unknown as KgWindow).kgExplorer;
    const a = g.getNodeAttributes(k);
    const p = renderer.graphToViewport({ x: a.x, y: a.y });
    const box = document.getElementById('graph')!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, key);
}

describe('explorer page', () => {
  it('draws every node of the graph', async () => {
    await expectRenderedNodes(page, graph.nodes.length);
    expect(await page.getAttribute('#graph', 'data-graph-nodes')).toBe(String(graph.nodes.length));
    const legend = await page.$$eval('#legend button', (bs) => bs.map((b) => b.getAttribute('data-type')));
    expect(legend).toEqual(['Place', 'Project', 'Honor', 'Outcome', 'Document']);
  });

  it('finds 复建村 by Chinese, full pinyin and initials, and centres the camera on it', async () => {
    expect(await search(page, '复建')).toEqual(['复建村']);
    expect(await search(page, 'fujian')).toContain('复建村');
    expect(await search(page, 'fjc')).toEqual(['复建村']);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel:not([hidden]) .evidence mark');
    expect(await page.textContent('#panel h2')).toBe('复建村');
    expect(await page.textContent('#panel .hierarchy p')).toBe('重庆市 › 江津区 › 白沙镇 › 复建村');
    expect(await page.textContent('#panel .evidence mark')).toBe('复建村');
    expect(await page.textContent('#panel .evidence .sentence')).toBe('复建村建成重庆影视城拍摄基地。');
    await page.waitForTimeout(500);
    const centred = await page.evaluate(() => {
      const { renderer } = (window as unknown as KgWindow).kgExplorer;
      const d = renderer.getNodeDisplayData('place:500116108205')!;
      const c = renderer.getCamera().getState();
      return Math.hypot(d.x - c.x, d.y - c.y);
    });
    expect(centred).toBeLessThan(1e-6);
    expect(new URL(page.url()).searchParams.get('node')).toBe('place:500116108205');
    await page.screenshot({ path: join(OUT_DIR, 'explorer-selected.png') });
  });

  it('lists neighbours by relation and follows them', async () => {
    const groups = await page.$$eval('#panel .relation', (els) => els.map((e) => e.getAttribute('data-relation')));
    expect(groups.sort()).toEqual(['HAS_PROJECT:out', 'LOCATED_IN:in', 'MENTIONS:in', 'PART_OF:out']);
    await page.click('#panel .relation[data-relation="PART_OF:out"] button');
    await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === '白沙镇');
    expect(await page.textContent('#panel .relation[data-relation="PART_OF:in"] button')).toBe('复建村');
  });

  it('shows a report string containing markup as text, never as HTML', async () => {
    await search(page, '<img');
    await page.keyboard.press('Enter');
    await page.waitForFunction((name) => document.querySelector('#panel h2')?.textContent === name, XSS_NAME);
    expect(await page.textContent('#panel .evidence mark')).toBe(XSS_NAME);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('highlights the hovered node’s neighbourhood and fades the rest', async () => {
    await page.click('#panel .close');
    // Back to the whole graph (the previous test centred the camera elsewhere), so the village is on screen.
    await page.evaluate(() =>
      (window as unknown as KgWindow).kgExplorer.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1 }),
    );
    // Under load the camera may settle after the first position is read: point at the node again until it is
    // hovered (each try reads its current position on screen).
    const hovered = () =>
      page.evaluate(
        () =>
          (window as unknown as KgWindow).kgExplorer.renderer.getNodeDisplayData('place:500116108205')?.highlighted ===
          true,
      );
    for (let i = 0; i < 50 && !(await hovered()); i++) {
      await page.mouse.move(2, 300);
      const p = await nodePosition('place:500116108205');
      await page.mouse.move(p.x, p.y);
      await page.waitForTimeout(200);
    }
    expect(await hovered()).toBe(true);
    const colours = await page.evaluate(() => {
      const { renderer } = (window as unknown as KgWindow).kgExplorer;
      return {
        neighbour: renderer.getNodeDisplayData('place:500116108000')?.color,
        far: renderer.getNodeDisplayData('place:500000000000')?.color,
      };
    });
    expect(colours.neighbour).toBe('#4e79a7');
    expect(colours.far).toBe('#e6e6e6');
    await page.mouse.move(2, 300);
  });

  it('filters by type from the legend, by document and by year, and keeps filters in the URL', async () => {
    await page.click('#legend button[data-type="Place"]');
    await expectRenderedNodes(page, graph.nodes.length - 4);
    expect(new URL(page.url()).searchParams.get('hide')).toBe('Place');
    await page.reload();
    await openExplorer(page, page.url());
    await expectRenderedNodes(page, graph.nodes.length - 4);
    expect(await page.getAttribute('#legend button[data-type="Place"]', 'aria-pressed')).toBe('false');
    await page.click('#legend button[data-type="Place"]');
    await expectRenderedNodes(page, graph.nodes.length);
    await page.selectOption('#doc-filter', 'mini-report');
    await expectRenderedNodes(page, graph.nodes.length - 2); // 重庆市, 江津区: hierarchy only
    await page.selectOption('#doc-filter', '');
    await page.selectOption('#year-filter', '2020');
    await expectRenderedNodes(page, graph.nodes.length - 2);
    await page.selectOption('#year-filter', '');
    await expectRenderedNodes(page, graph.nodes.length);
  });

  it('restores a shared view (node, language, camera) from the URL', async () => {
    const key = graph.nodes.find((n) => n.attributes.type === 'Outcome')!.key;
    await page.goto(`${explorer.url}?node=${encodeURIComponent(key)}&lang=en&cam=0.5,0.5,2`);
    await page.waitForSelector('#panel:not([hidden]) h2');
    expect(await page.textContent('#title')).toBe('Local report knowledge graph');
    const panel = await page.textContent('#panel');
    expect(panel).toContain('Value12.5');
    expect(panel).toContain('Unit亿元');
    expect(panel).toContain('Year2020');
    const camera = await page.evaluate(() => (window as unknown as KgWindow).kgExplorer.renderer.getCamera().ratio);
    expect(camera).toBe(2);
    await page.click('#lang-toggle');
    expect(await page.textContent('#title')).toBe('地方工作报告知识图谱');
    expect(await page.textContent('#panel')).toContain('数值12.5');
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
  });

  it('exports the view as PNG and the graph as GEXF', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const pngPath = join(OUT_DIR, 'explorer-export.png');
    await png.saveAs(pngPath);
    const bytes = await readFile(pngPath);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(2000);
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const gexfPath = join(OUT_DIR, 'explorer-export.gexf');
    await gexf.saveAs(gexfPath);
    const xml = await readFile(gexfPath, 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml).toContain('复建村');
    expect(xml.match(/<node /g)).toHaveLength(graph.nodes.length);
    // Attributes the drawing payload does not carry come from /api/graph/attributes, edges under their own keys.
    expect(xml).toContain('复建村村民委员会');
    expect(xml.match(/<edge /g)).toHaveLength(graph.edges.length);
    const firstKey = graph.edges[0]!.key;
    expect([`id="${firstKey}"`, `id="${firstKey.replace('>', '&gt;')}"`].some((id) => xml.includes(id))).toBe(true);
    expect(xml).not.toContain('<img'); // escaped as &lt;img
  });

  it('runs ForceAtlas2 in a worker on demand and stops it', async () => {
    const before = await nodePosition('place:500116108000');
    await page.click('#layout-toggle');
    expect(await page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('true');
    await page.waitForTimeout(400);
    await page.click('#layout-toggle');
    expect(await page.getAttribute('#layout-toggle', 'aria-pressed')).toBe('false');
    const after = await nodePosition('place:500116108000');
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(0);
  });

  it('without Neo4j, the console says how to start it and refuses writes', async () => {
    await page.click('#console-toggle');
    expect(await page.textContent('#console-message')).toContain('npx kg neo4j start');
    await page.fill('#query', 'MATCH (n) RETURN n LIMIT 3');
    await page.click('#run-query');
    await page.waitForFunction(
      () =>
        /npx kg neo4j start/.test(document.querySelector('#console-message')?.textContent ?? '') &&
        document.querySelector('#console-message')?.classList.contains('error'),
    );
    await page.fill('#query', 'MATCH (n) DETACH DELETE n');
    await page.click('#run-query');
    await page.waitForFunction(() => /read-only/.test(document.querySelector('#console-message')?.textContent ?? ''));
    await page.screenshot({ path: join(OUT_DIR, 'explorer-console.png') });
  });
});
