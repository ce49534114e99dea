import { expect } from 'vitest';
import type { Mapped } from '../../../src/core/read/offset-map.ts';

/** A stage's map is well formed: one entry per output character plus the end, strictly increasing, ends at input. */
export function expectValidMap(input: string, out: Mapped): void {
  expect(out.map.length).toBe(out.text.length + 1);
  expect(out.map[out.text.length]).toBe(input.length);
  for (let i = 0; i < out.text.length; i++) {
    expect(out.map[i]).toBeGreaterThanOrEqual(0);
    expect(out.map[i]).toBeLessThan(out.map[i + 1]);
  }
}
