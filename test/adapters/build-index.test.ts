/**
 * The record index's sorted hashes (`.hash`): the counting sort must give exactly what sorting the values does,
 * duplicates and tiny indexes included, since a rebuild finds records by binary search over them.
 */
import { describe, expect, it } from 'vitest';
import { sortedHashes } from '../../src/adapters/build-index.ts';

/** The values as `.hash` keeps them, sorted the plain way: kept hash × 2^bits + record number. */
function plainSort(hashes: Uint32Array): Float64Array {
  const n = hashes.length;
  const bits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const kept = Math.min(32, 53 - bits);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (hashes[i]! >>> (32 - kept)) * 2 ** bits + i;
  return out.sort();
}

function randomHashes(n: number, seed: number, distinct = 2 ** 32): Uint32Array {
  let s = seed;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = Math.floor((s / 2 ** 32) * distinct) * Math.floor(2 ** 32 / distinct);
  }
  return out;
}

describe('sortedHashes', () => {
  it('sorts like a plain sort, for empty, tiny and large indexes', () => {
    for (const n of [0, 1, 2, 7, 1000, 200_000]) {
      const h = randomHashes(n, n + 1);
      expect(Array.from(sortedHashes(h))).toEqual(Array.from(plainSort(h)));
    }
  });

  it('keeps records with equal hashes in record order', () => {
    const h = randomHashes(50_000, 3, 97); // 97 distinct hashes: long runs of equal ones
    const got = sortedHashes(h);
    expect(Array.from(got)).toEqual(Array.from(plainSort(h)));
    for (let i = 1; i < got.length; i++) expect(got[i]!).toBeGreaterThan(got[i - 1]!);
  });

  it('handles hashes at the ends of the range', () => {
    const h = Uint32Array.from([0xffffffff, 0, 0xffffffff, 1, 0x80000000]);
    expect(Array.from(sortedHashes(h))).toEqual(Array.from(plainSort(h)));
  });
});
