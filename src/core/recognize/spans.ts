/**
 * Span bookkeeping that stays linear in the length of a report: mentions can only overlap within one sentence, so
 * nesting and overlap checks run per sentence, and positions already taken are marked in a mask.
 */

/** Index of the last item (sorted by start) that starts at or before `at`; 0 when none does. */
export function lastStartingAt(items: ArrayLike<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Applies `f` to the mentions of each sentence and returns the kept ones in their original order. */
export function perSentence<T extends { sentence: number }>(ms: T[], f: (group: T[]) => T[]): T[] {
  const groups = new Map<number, T[]>();
  for (const m of ms) {
    const g = groups.get(m.sentence);
    if (g) g.push(m);
    else groups.set(m.sentence, [m]);
  }
  const kept = new Set<T>();
  for (const g of groups.values()) for (const m of f(g)) kept.add(m);
  return ms.filter((m) => kept.has(m));
}

/** The mentions of the current sentence at the end of a list built sentence by sentence. */
export function* tailOfSentence<T extends { sentence: number }>(out: T[], sentence: number): Generator<[T, number]> {
  for (let i = out.length - 1; i >= 0 && out[i]!.sentence === sentence; i--) yield [out[i]!, i];
}

/** Marks spans of a text as taken; tells in O(span) whether a span touches a taken position. */
export class Occupancy {
  private readonly taken: Uint8Array;
  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }
  /** Marks [a, b). Mutates. */
  mark(a: number, b: number): void {
    this.taken.fill(1, Math.max(0, a), Math.min(b, this.taken.length));
  }
  any(a: number, b: number): boolean {
    for (let i = Math.max(0, a); i < b && i < this.taken.length; i++) if (this.taken[i]) return true;
    return false;
  }
}
