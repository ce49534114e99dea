/**
 * Search by Chinese substring and by pinyin. Whitespace tokenisers see a Chinese name as one word, so matching is by
 * substring on the name, and by prefix/substring on the toneless pinyin (`fujiancun`) and its initials (`fjc`).
 * The pinyin keys are computed by the server (src/adapters/http/search-keys.ts) and fetched after the first paint;
 * until they are in, an index without them already finds names by their characters.
 */

export interface SearchEntry {
  key: string;
  name: string;
  type: string;
  /** Higher first among equally good matches (the page uses the degree). */
  weight: number;
}

/** The toneless pinyin of a name and its initials: `复建村` → { full: 'fujiancun', initials: 'fjc' }. */
export interface PinyinKeys {
  full: string;
  initials: string;
}

interface IndexedEntry extends SearchEntry, PinyinKeys {
  lowerName: string;
}

export interface SearchHit extends SearchEntry {
  score: number;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
  size: number;
}

/** Keys without a pinyin dictionary: the name itself, lower-cased (enough for Latin names). */
export function plainKeys(name: string): PinyinKeys {
  const plain = name.toLowerCase().replace(/\s+/g, '');
  return { full: plain, initials: plain };
}

/** 0 = no match; higher is better: exact name, name prefix, name substring, pinyin prefix, initials, substrings. */
function scoreEntry(e: IndexedEntry, q: string, ascii: boolean): number {
  if (e.lowerName === q) return 100;
  if (e.lowerName.startsWith(q)) return 80;
  // A Latin query inside a name (`b` in `abc公司`) is weak evidence; a Chinese one (`建` in `复建村`) is not.
  if (!ascii) return e.lowerName.includes(q) ? 60 : 0;
  if (e.full === q || e.initials === q) return 70;
  if (e.full.startsWith(q)) return 55;
  if (e.initials.startsWith(q)) return 50;
  if (q.length >= 2 && e.full.includes(q)) return 30;
  if (q.length >= 2 && e.initials.includes(q)) return 20;
  if (q.length >= 2 && e.lowerName.includes(q)) return 15;
  return 0;
}

/** `keys[i]` are the pinyin keys of `entries[i]` (/api/search-keys); without them, names match by their characters. */
export function buildSearchIndex(entries: SearchEntry[], keys?: PinyinKeys[]): SearchIndex {
  // One object literal per entry (no spreads): 20k entries are built while the page is already interactive.
  const indexed: IndexedEntry[] = entries.map((e, i) => {
    const k = keys?.[i] ?? plainKeys(e.name);
    return {
      key: e.key,
      name: e.name,
      type: e.type,
      weight: e.weight,
      lowerName: e.name.toLowerCase(),
      full: k.full,
      initials: k.initials,
    };
  });
  return {
    size: indexed.length,
    search(query: string, limit = 10): SearchHit[] {
      const q = query.trim().toLowerCase().replace(/\s+/g, '');
      if (!q) return [];
      const ascii = /^[a-z0-9]+$/.test(q);
      const hits: SearchHit[] = [];
      for (const e of indexed) {
        const score = scoreEntry(e, q, ascii);
        if (score > 0) hits.push({ key: e.key, name: e.name, type: e.type, weight: e.weight, score });
      }
      hits.sort(
        (a, b) =>
          b.score - a.score || b.weight - a.weight || a.name.length - b.name.length || a.key.localeCompare(b.key),
      );
      return hits.slice(0, limit);
    },
  };
}
