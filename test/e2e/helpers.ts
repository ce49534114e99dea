/** Shared set-up for the browser tests: a real explorer server on a free port, and Debian's chromium. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AbstractGraph } from 'graphology-types';
import type { Page } from 'playwright-core';
import type Sigma from 'sigma';
import type { SerializedGraph } from '../../src/core/graph/schema.ts';
import { createGraphView } from '../../src/adapters/http/graph-view.ts';
import { LAYOUT_CACHE_DIR } from '../../src/adapters/http/initial-layout.ts';
import { createNeo4jBridge, type BridgeOptions } from '../../src/adapters/http/neo4j-bridge.ts';
import { startExplorer, type RunningExplorer } from '../../src/adapters/http/server.ts';
import { ensureVizBuilt, REPO_ROOT, VIZ_DIST } from '../../src/adapters/http/viz-build.ts';

/** Screenshots and downloads for a person to look at (git-ignored: `out/`). */
export const OUT_DIR = fileURLToPath(new URL('./out/', import.meta.url));
mkdirSync(OUT_DIR, { recursive: true });

export async function serveGraph(graph: SerializedGraph, neo4j: BridgeOptions = {}): Promise<RunningExplorer> {
  await ensureVizBuilt();
  return startExplorer({
    view: createGraphView(graph, { layoutCacheDir: LAYOUT_CACHE_DIR }),
    vizDist: VIZ_DIST,
    queriesDir: join(REPO_ROOT, 'cypher/queries'),
    neo4j: createNeo4jBridge(neo4j),
    port: 0,
  });
}

/** Opens the page and waits until sigma has drawn the graph (the page sets data-ready). */
export async function openExplorer(page: Page, url: string): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('#graph[data-ready="true"], #graph[data-ready="error"]', { timeout: 30_000 });
  const ready = await page.getAttribute('#graph', 'data-ready');
  if (ready !== 'true')
    throw new Error(`explorer failed to load: ${await page.textContent('#status')} ${errors.join('; ')}`);
  await page.waitForSelector('#search[data-ready="true"]', { timeout: 30_000 });
  await page.waitForSelector('#graph[data-rendered-nodes]', { timeout: 10_000 });
}

export async function search(page: Page, text: string): Promise<string[]> {
  await page.fill('#search', '');
  await page.fill('#search', text);
  await page.waitForSelector('#suggestions:not([hidden]) li', { timeout: 5000 });
  return page.$$eval('#suggestions li .name', (els) => els.map((e) => e.textContent ?? ''));
}

/** What the page exposes for tests and the benchmark (`window.kgExplorer`). */
export interface KgWindow {
  kgExplorer: { renderer: Sigma; graph: AbstractGraph };
}

/** Waits until sigma has drawn `expected` nodes (it refreshes a frame after a change); fails after 10 s otherwise. */
export async function expectRenderedNodes(page: Page, expected: number): Promise<void> {
  try {
    await page.waitForFunction((n) => document.getElementById('graph')?.dataset.renderedNodes === String(n), expected, {
      timeout: 10_000,
    });
  } catch {
    throw new Error(
      `expected ${expected} rendered nodes, the page says ${await page.getAttribute('#graph', 'data-rendered-nodes')}`,
    );
  }
}
