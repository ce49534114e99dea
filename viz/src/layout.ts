/**
 * Layout in the page: the main graph arrives laid out by the server (src/adapters/http/initial-layout.ts); this
 * places the console's small result graphs (a deterministic placement plus a short synchronous ForceAtlas2 run) and
 * gives the settings of the ForceAtlas2 worker the toolbar starts (layout-control.ts).
 * Same graph → same picture: positions are seeded by the node key, never by Math.random.
 */
import type { AbstractGraph as Graph } from 'graphology-types';
import { forceAtlas2 } from './vendor.ts';

/** FNV-1a: a small, stable string hash. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Points spread over a disc whose area grows with the node count, each node's place fixed by its key. */
export function assignSeededPositions(graph: Graph): void {
  const radius = Math.sqrt(graph.order) * 10;
  graph.forEachNode((key, a) => {
    if (typeof a.x === 'number' && typeof a.y === 'number') return;
    const h1 = hashString(key);
    const h2 = hashString(`${key}#`);
    const r = radius * Math.sqrt(h1 / 0xffffffff);
    const theta = (2 * Math.PI * h2) / 0xffffffff;
    graph.mergeNodeAttributes(key, { x: r * Math.cos(theta), y: r * Math.sin(theta) });
  });
}

/** Iterations of synchronous FA2 the first paint can afford: none for big graphs, where the worker takes over. */
export function initialIterations(order: number, size: number): number {
  const work = order + size;
  if (work > 6_000) return 0;
  return Math.max(30, Math.min(300, Math.floor(200_000 / Math.max(work, 1))));
}

export function layoutSettings(graph: Graph) {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1000 };
}

/**
 * A document MENTIONS everything it names, so its edges would pull the whole report into one ball around it; they
 * weigh little in the layout, and the relations between the entities shape the picture.
 */
export function layoutEdgeWeight(_edge: string, attributes: Record<string, unknown>): number {
  return attributes.kind === 'MENTIONS' ? 0.05 : 1;
}

export function assignInitialLayout(graph: Graph): void {
  assignSeededPositions(graph);
  const iterations = initialIterations(graph.order, graph.size);
  if (iterations > 0) {
    forceAtlas2.assign(graph, { iterations, settings: layoutSettings(graph), getEdgeWeight: layoutEdgeWeight });
  }
}
