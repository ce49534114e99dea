/**
 * The explorer's first picture is laid out here, once per graph, so that the page draws it at once instead of
 * running ForceAtlas2 before (or, for big graphs, after) its first paint. Nodes start on a disc, each placed by a
 * hash of its key, then ForceAtlas2 (the settings the page's worker uses) runs a number of iterations that shrinks
 * with the graph's size; the result is the same for the same graph. FA2 costs ~0.2 CPU-s an iteration on 20k nodes,
 * so the positions are cached on disk by a hash of the graph's structure: serving the same graph again is instant.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectedGraph } from 'graphology';
import fa2Import from 'graphology-layout-forceatlas2';
import type { SerializedEdge, SerializedGraph } from '../../core/graph/schema.ts';
import { writeFileAtomic } from '../write-atomic.ts';
import { REPO_ROOT } from './viz-build.ts';

// CommonJS seen through NodeNext types its default export as `.default`; Node hands over module.exports itself.
const forceAtlas2 = (fa2Import.default ?? fa2Import) as typeof fa2Import.default;

/** Where `kg serve` caches layouts (git-ignored with node_modules; safe to delete). */
export const LAYOUT_CACHE_DIR = join(REPO_ROOT, 'node_modules/.cache/kg-layout');

/** Bump when the algorithm or its settings change, so that cached layouts are recomputed. */
const LAYOUT_VERSION = 1;

export interface Layout {
  x: Float64Array;
  y: Float64Array;
}

/** Iterations of FA2 for a graph of this size: 300 for small graphs, ~15 for 20k nodes + 50k edges. */
export function layoutIterations(order: number, size: number): number {
  return Math.max(15, Math.min(300, Math.floor(1_000_000 / Math.max(order + size, 1))));
}

/** FNV-1a: a small, stable string hash. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A document MENTIONS everything it names, so its edges would pull the whole report into one ball around it; they
 * weigh little, and the relations between the entities shape the picture (as in the page's own layout).
 */
const edgeWeight = (_e: string, a: Record<string, unknown>) => (a.kind === 'MENTIONS' ? 0.05 : 1);

export function computeInitialLayout(graph: SerializedGraph, edges: SerializedEdge[]): Layout {
  const g = new DirectedGraph();
  const radius = Math.sqrt(graph.nodes.length) * 10;
  for (const { key } of graph.nodes) {
    const r = radius * Math.sqrt(hashString(key) / 0xffffffff);
    const theta = (2 * Math.PI * hashString(`${key}#`)) / 0xffffffff;
    g.addNode(key, { x: r * Math.cos(theta), y: r * Math.sin(theta) });
  }
  for (const e of edges) g.addEdge(e.source, e.target, { kind: e.attributes.type });
  if (g.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 1000 };
    forceAtlas2.assign(g, { iterations: layoutIterations(g.order, g.size), settings, getEdgeWeight: edgeWeight });
  }
  const x = new Float64Array(graph.nodes.length);
  const y = new Float64Array(graph.nodes.length);
  graph.nodes.forEach(({ key }, i) => {
    const a = g.getNodeAttributes(key) as { x: number; y: number };
    x[i] = Number.isFinite(a.x) ? a.x : 0;
    y[i] = Number.isFinite(a.y) ? a.y : 0;
  });
  return { x, y };
}

/** What the layout depends on: node keys and edge ends and types, in order. */
export function layoutKey(graph: SerializedGraph, edges: SerializedEdge[]): string {
  const h = createHash('sha256').update(`kg-layout/${LAYOUT_VERSION}\n`);
  for (const n of graph.nodes) h.update(`${n.key}\n`);
  for (const e of edges) h.update(`${e.source}\t${e.target}\t${e.attributes.type}\n`);
  return h.digest('hex').slice(0, 32);
}

/** The cached layout when there is one for this graph, else computed and (when a folder is given) cached. */
export function loadOrComputeLayout(graph: SerializedGraph, edges: SerializedEdge[], cacheDir?: string): Layout {
  const file = cacheDir ? join(cacheDir, `${layoutKey(graph, edges)}.f64`) : null;
  const n = graph.nodes.length;
  if (file) {
    try {
      const bytes = readFileSync(file);
      if (bytes.length === 16 * n) {
        const all = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
        return { x: all.slice(0, n), y: all.slice(n) };
      }
    } catch {
      // No cached layout yet (or an unreadable one): compute it.
    }
  }
  const layout = computeInitialLayout(graph, edges);
  if (file) {
    const all = new Float64Array(2 * n);
    all.set(layout.x, 0);
    all.set(layout.y, n);
    try {
      writeFileAtomic(file, new Uint8Array(all.buffer));
    } catch {
      // A read-only folder only costs the next start the same computation.
    }
  }
  return layout;
}
