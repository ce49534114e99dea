import { expect } from 'vitest';
import { identityMap, type Mapped } from '../../../src/core/read/offset-map.ts';

/** A stage's map is well formed: one entry per output character plus the end, strictly increasing, ends at input. */
export function expectValidMap(input: string, out: Mapped): void {
  // null is the identity: then the stage kept every character in place
  const map = out.map ?? identityMap(input.length);
  if (!out.map) expect(out.text.length).toBe(input.length);
  expect(map.length).toBe(out.text.length + 1);
  expect(map[out.text.length]).toBe(input.length);
  for (let i = 0; i < out.text.length; i++) {
    expect(map[i]).toBeGreaterThanOrEqual(0);
    expect(map[i]).toBeLessThan(map[i + 1]);
  }
}
