import { describe, expect, it } from 'vitest';
import { BIG_GRAPH_NODES, bigGraphScale, sizeOf } from '../../viz/src/style.ts';

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

  it('keeps the total node area of a big graph constant as it grows', () => {
    const area = (n: number) => n * bigGraphScale(n) ** 2;
    expect(bigGraphScale(BIG_GRAPH_NODES + 1)).toBeCloseTo(0.4, 3);
    expect(area(20_000)).toBeCloseTo(area(80_000), 6);
    expect(sizeOf(0, 20_000)).toBeGreaterThanOrEqual(1);
  });
});
