/**
 * `npm run bench:viz`: the explorer on a synthetic graph of 20,000 nodes / 50,000 edges (schema-shaped, seeded) in
 * headless Debian chromium (software rendering). Prints the time to first render and the frame times while the
 * camera pans. Targets: first render < 2 s, frame time < 33 ms.
 *   npm run bench:viz -- --nodes 20000 --edges 50000 --frames 120
 */
import { parseArgs } from 'node:util';
import { launchChromium } from '../../src/adapters/browser/chromium.ts';
import {
  EDGE_TYPES,
  ENTITY_TYPES,
  type SerializedEdge,
  type SerializedGraph,
  type SerializedNode,
} from '../../src/core/graph/schema.ts';
import type { KgWindow } from '../e2e/helpers.ts';
import { serveGraph } from '../e2e/helpers.ts';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '50000' },
    frames: { type: 'string', default: '120' },
  },
});
const NODES = Number(values.nodes);
const EDGES = Number(values.edges);
const FRAMES = Number(values.frames);

/** mulberry32: seeded, so every run measures the same graph. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHARS =
  '白沙镇复建村重庆江津区石门龙华金星高屋松林岗红花店槽坊兴农柏林李市慈云油溪吴滩朱杨先锋珞璜支坪西湖嘉平塘河永兴蔡家';

export function syntheticGraph(nodes: number, edges: number): SerializedGraph {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const docs = 20;
  const list: SerializedNode[] = [];
  for (let d = 0; d < docs; d++) {
    list.push({
      key: `doc:d${d}`,
      attributes: {
        type: 'Document',
        name: `d${d}`,
        path: `d${d}.txt`,
        sha256: '',
        encoding: 'utf-8',
        town: null,
        townCode: null,
        year: 2018 + (d % 6),
        title: `报告${d}`,
        sentences: [],
        evidence: [],
      },
    });
  }
  for (let i = list.length; i < nodes; i++) {
    const type = pick(ENTITY_TYPES);
    const name = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick([...CHARS])).join('') + i;
    const evidence = [
      { doc: `d${i % docs}`, sentence: i % 300, start: i, end: i + name.length, text: `${name}取得新进展。` },
    ];
    const attributes =
      type === 'Place'
        ? { type, name, level: 'village' as const, code: null, linked: false, evidence }
        : type === 'Outcome'
          ? { type, name, indicator: name, value: i, unit: '万元', year: 2018 + (i % 6), evidence }
          : { type, name, evidence };
    list.push({ key: `${type.toLowerCase()}:${name}`, attributes } as SerializedNode);
  }
  const seen = new Set<string>();
  const edgeList: SerializedEdge[] = [];
  while (edgeList.length < edges) {
    // Preferential-ish attachment: a quarter of the edges land on the first 2% of nodes, giving hubs as real reports do.
    const s = list[Math.floor(rand() * nodes)]!.key;
    const t = list[rand() < 0.25 ? Math.floor(rand() * nodes * 0.02) : Math.floor(rand() * nodes)]!.key;
    const type = pick(EDGE_TYPES);
    const key = `${type}:${s}->${t}`;
    if (s === t || seen.has(`${s}|${t}`)) continue;
    seen.add(`${s}|${t}`);
    edgeList.push({ key, source: s, target: t, attributes: { type, evidence: [] } });
  }
  return {
    attributes: { name: 'synthetic', schemaVersion: 1, documents: [] },
    options: { type: 'directed', multi: false, allowSelfLoops: false },
    nodes: list,
    edges: edgeList,
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

async function main(): Promise<void> {
  const graph = syntheticGraph(NODES, EDGES);
  const explorer = await serveGraph(graph, { loadModule: async () => null });
  const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await browser.context.newPage();
    const t0 = Date.now();
    await page.goto(explorer.url);
    await page.waitForSelector('#graph[data-ready="true"]', { timeout: 120_000 });
    const wall = Date.now() - t0;
    const firstRender = await page.evaluate(() => performance.getEntriesByName('kg:first-render')[0]?.startTime ?? NaN);
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .map((m) => `${m.name.replace('kg:', '')} ${m.startTime.toFixed(0)}`)
        .join(', '),
    );
    const rendered = Number(await page.getAttribute('#graph', 'data-rendered-nodes'));
    // Big graphs start a timed ForceAtlas2 run; stop it so that the pan measures rendering alone.
    if ((await page.getAttribute('#layout-toggle', 'aria-pressed')) === 'true') await page.click('#layout-toggle');
    await page.waitForSelector('#search[data-ready="true"]', { timeout: 120_000 });
    const pan = await page.evaluate(async (frames) => {
      const { renderer } = (window as unknown as KgWindow).kgExplorer;
      const camera = renderer.getCamera();
      const renders: number[] = [];
      const intervals: number[] = [];
      let start = 0;
      renderer.on('beforeRender', () => (start = performance.now()));
      renderer.on('afterRender', () => renders.push(performance.now() - start));
      let last = performance.now();
      for (let i = 0; i < frames; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        intervals.push(now - last);
        last = now;
        const s = camera.getState();
        camera.setState({ x: s.x + 0.004 * Math.cos(i / 20), y: s.y + 0.004 * Math.sin(i / 20) });
      }
      await new Promise((r) => requestAnimationFrame(r));
      return { renders, intervals: intervals.slice(1) };
    }, FRAMES);
    console.log(
      `viz bench: ${graph.nodes.length} nodes, ${graph.edges.length} edges (rendered ${rendered}), headless chromium, software GL`,
    );
    console.log(
      `  first render: ${firstRender.toFixed(0)} ms after navigation (page ready seen by the driver after ${wall} ms) — target < 2000 ms`,
    );
    console.log(`  page marks (ms since navigation): ${marks}`);
    console.log(
      `  pan: ${pan.intervals.length} frames, mean frame time ${mean(pan.intervals).toFixed(1)} ms (p95 ${pct(pan.intervals, 0.95).toFixed(1)} ms) — target < 33 ms`,
    );
    console.log(
      `  sigma render per frame: mean ${mean(pan.renders).toFixed(1)} ms (p95 ${pct(pan.renders, 0.95).toFixed(1)} ms, ${pan.renders.length} renders)`,
    );
  } finally {
    await browser.close();
    await explorer.close();
  }
}

await main();
