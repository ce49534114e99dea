/**
 * The explorer on a graph big enough (> BIG_GRAPH_NODES, > PROGRESSIVE_EDGES) for its cheap WebGL programs — sigma's
 * non-instanced point and line programs, node picking skipped and only the biggest nodes drawn while the camera
 * moves — and for drawing its nodes first and its edges right after. Hover must still work once a pan ends.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from '../../src/adapters/browser/chromium.ts';
import type { RunningExplorer } from '../../src/adapters/http/server.ts';
import { syntheticGraph } from '../bench/viz.ts';
import { BIG_GRAPH_NODES } from '../../viz/src/style.ts';
import { PROGRESSIVE_EDGES } from '../../viz/src/graph-model.ts';
import { openExplorer, serveGraph, type KgWindow } from './helpers.ts';

const graph = syntheticGraph(BIG_GRAPH_NODES + 1000, PROGRESSIVE_EDGES + 2000);
let explorer: RunningExplorer;
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  explorer = await serveGraph(graph, { loadModule: async () => null });
  browser = await launchChromium();
  page = await browser.context.newPage();
  await openExplorer(page, explorer.url);
  if ((await page.getAttribute('#layout-toggle', 'aria-pressed')) === 'true') await page.click('#layout-toggle');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await explorer?.close();
});

/** The node of highest degree (drawn biggest) and where it is on the page. */
async function hubPosition(): Promise<{ key: string; x: number; y: number }> {
  return page.evaluate(() => {
    const { renderer, graph: g } = (window as unknown as KgWindow).kgExplorer;
    let key = g.nodes()[0]!;
    g.forEachNode((k) => {
      if (g.degree(k) > g.degree(key)) key = k;
    });
    const p = renderer.graphToViewport(g.getNodeAttributes(key) as { x: number; y: number });
    const box = document.getElementById('graph')!.getBoundingClientRect();
    return { key, x: box.left + p.x, y: box.top + p.y };
  });
}

describe('explorer on a big graph', () => {
  it('draws the nodes first, then the whole graph with every edge', async () => {
    const drawn = await page.evaluate(() => {
      const { graph: g } = (window as unknown as KgWindow).kgExplorer;
      const mark = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      return { order: g.order, size: g.size, first: mark('kg:first-render'), edges: mark('kg:edges-drawn') };
    });
    expect(drawn.order).toBe(graph.nodes.length);
    expect(drawn.size).toBe(graph.edges.length);
    expect(drawn.first).toBeLessThan(drawn.edges);
    expect(await page.getAttribute('#graph', 'data-rendered-nodes')).toBe(String(graph.nodes.length));
  });

  it('draws with the non-instanced point and line programs', async () => {
    const instanced = await page.evaluate(() => {
      // sigma's program instances are private; the page bundle is minified, so ask them rather than their class names.
      const r = (window as unknown as KgWindow).kgExplorer.renderer as unknown as {
        nodePrograms: Record<string, { isInstanced: boolean }>;
        edgePrograms: Record<string, { isInstanced: boolean }>;
      };
      return { node: r.nodePrograms.circle?.isInstanced, edge: r.edgePrograms.line?.isInstanced };
    });
    expect(instanced).toEqual({ node: false, edge: false });
  });

  it('hovers a node once a camera pan has ended', async () => {
    await page.evaluate(async () => {
      const camera = (window as unknown as KgWindow).kgExplorer.renderer.getCamera();
      const s = camera.getState();
      await camera.animate({ x: s.x + 0.05, y: s.y + 0.05 }, { duration: 300 });
      await camera.animate({ x: s.x, y: s.y }, { duration: 300 });
      // The render that refills the picking layer is the one scheduled by the animation's last step.
      for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
    });
    const hub = await hubPosition();
    await page.mouse.move(hub.x, hub.y);
    // Whatever node sits on top at that pixel is hovered, and the reducers highlight it.
    await page.waitForFunction(
      () => {
        const { renderer, graph: g } = (window as unknown as KgWindow).kgExplorer;
        return g.someNode((k) => renderer.getNodeDisplayData(k)?.highlighted === true);
      },
      undefined,
      { timeout: 10_000 },
    );
    await page.mouse.move(2, 300);
  });
});
