import { describe, expect, it } from 'vitest';
import { assignInitialLayout, initialIterations } from '../../viz/src/layout.ts';
import { toSigmaGraph } from '../../viz/src/graph-model.ts';
import { miniGraph } from '../e2e/fixtures/mini-graph.ts';

describe('initial layout', () => {
  it('is deterministic: the same graph gets the same positions', () => {
    const a = toSigmaGraph(miniGraph());
    const b = toSigmaGraph(miniGraph());
    assignInitialLayout(a);
    assignInitialLayout(b);
    expect(a.mapNodes((_k, x) => [x.x, x.y])).toEqual(b.mapNodes((_k, x) => [x.x, x.y]));
    expect(a.everyNode((_k, x) => Number.isFinite(x.x) && Number.isFinite(x.y))).toBe(true);
  });
  it('leaves big graphs to the worker so that the first paint stays fast', () => {
    expect(initialIterations(20_000, 50_000)).toBe(0);
    expect(initialIterations(300, 600)).toBeGreaterThanOrEqual(100);
  });
});
