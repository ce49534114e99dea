import { describe, expect, it } from 'vitest';
import { BIG_GRAPH_NODES, sizeOf } from '../../viz/src/style.ts';

describe('sizeOf', () => {
  it('grows with the degree and is capped', () => {
    expect(sizeOf(0)).toBe(5);
    expect(sizeOf(16)).toBeGreaterThan(sizeOf(4));
    expect(sizeOf(10_000)).toBe(24);
  });

  it('draws the nodes of a big graph smaller, keeping the order by degree', () => {
    const big = BIG_GRAPH_NODES + 1;
    expect(sizeOf(16, big)).toBeLessThan(sizeOf(16, BIG_GRAPH_NODES) / 2);
    expect(sizeOf(16, big)).toBeGreaterThan(sizeOf(4, big));
    expect(sizeOf(0, big)).toBeGreaterThanOrEqual(1);
  });
});
