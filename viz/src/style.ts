/** Colours by node type and sizes by degree: the look of the graph, as pure functions. */
export const TYPE_COLORS: Record<string, string> = {
  Place: '#4e79a7',
  Project: '#f28e2b',
  Honor: '#e15759',
  Program: '#76b7b2',
  Organization: '#59a14f',
  Event: '#c9a227',
  Outcome: '#b07aa1',
  Document: '#9c755f',
};
export const FALLBACK_COLOR = '#888888';
export const FADED_COLOR = '#e6e6e6';
export const EDGE_COLOR = '#c8c8c8';
export const EDGE_HIGHLIGHT_COLOR = '#555555';

export function colorOf(type: string): string {
  return TYPE_COLORS[type] ?? FALLBACK_COLOR;
}

/** Above this many nodes, nodes are drawn smaller (bigGraphScale). */
export const BIG_GRAPH_NODES = 5_000;

/**
 * 0.4 just above BIG_GRAPH_NODES, then shrinking as 1/√n so that the nodes' total area — the ink on screen, and what
 * software WebGL fills on every frame of a pan — stays that of ~800 full-size nodes however big the graph: 20,000
 * nodes at 0.4 covered the 1280×800 view several times over and made a pan frame cost ~50 ms of fill alone.
 */
export function bigGraphScale(nodeCount: number): number {
  return Math.min(0.4, Math.sqrt(800 / nodeCount));
}

/**
 * Node size grows with the square root of the degree so that hubs stand out without swallowing the picture. Big
 * graphs get smaller nodes: 20,000 nodes of radius 10 cover a 1280×800 view ~20 times over, which reads as a blot
 * and is what software WebGL pays for on every frame (fill cost grows with the radius squared).
 */
export function sizeOf(degree: number, nodeCount = 0): number {
  const size = Math.min(5 + 2.2 * Math.sqrt(degree), 24);
  return nodeCount > BIG_GRAPH_NODES ? Math.max(1, size * bigGraphScale(nodeCount)) : size;
}
