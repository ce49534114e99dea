import { describe, expect, it } from 'vitest';
import { assignInitialLayout, initialIterations } from '../../viz/src/layout.ts';
import { cypherResultGraph } from '../../viz/src/graph-model.ts';
import { miniGraph } from '../e2e/fixtures/mini-graph.ts';

/** The console's small result graphs are laid out in the page (the main graph comes laid out by the server). */
function resultGraph() {
  const g = miniGraph();
  return cypherResultGraph({
    nodes: g.nodes.map((n) => ({ id: n.key, key: n.key, labels: [n.attributes.type], properties: {} })),
    edges: g.edges.map((e) => ({ id: e.key, source: e.source, target: e.target, type: e.attributes.type })),
  });
}

describe('initial layout in the page', () => {
  it('is deterministic: the same graph gets the same positions', () => {
    const a = resultGraph();
    const b = resultGraph();
    assignInitialLayout(a);
    assignInitialLayout(b);
    expect(a.mapNodes((_k, x) => [x.x, x.y])).toEqual(b.mapNodes((_k, x) => [x.x, x.y]));
    expect(a.everyNode((_k, x) => Number.isFinite(x.x) && Number.isFinite(x.y))).toBe(true);
  });
  it('runs no synchronous ForceAtlas2 on big graphs', () => {
    expect(initialIterations(20_000, 50_000)).toBe(0);
    expect(initialIterations(300, 600)).toBeGreaterThanOrEqual(100);
  });
});
