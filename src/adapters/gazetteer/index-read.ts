/**
 * A Gazetteer over the compact index (index-format.ts): typed-array views on the blob, one decoded string table,
 * and GazPlace objects made on demand. Opening costs one utf-8 decode; nothing is rebuilt. The blob may live in a
 * SharedArrayBuffer, so worker threads can open the same memory (see load.ts `openGazetteer`).
 */
import { PLACE_LEVELS } from '../../core/graph/schema.ts';
import type { GazPlace, Gazetteer } from '../../core/link/gazetteer.ts';
import {
  INDEX_FORMAT_VERSION,
  MAGIC,
  MUNICIPALITY_BIT,
  SECTION_TYPES,
  hashName,
  type IndexHeader,
  type SectionName,
  type Sections,
} from './index-format.ts';

/** Reads the header; throws a one-line error naming `where` when the blob is not an index of this format. */
export function readIndexHeader(bytes: Uint8Array, where: string): IndexHeader {
  const magic = new TextDecoder().decode(bytes.subarray(0, 4));
  if (bytes.length < 8 || magic !== MAGIC) throw new Error(`gazetteer: ${where} is not a gazetteer index; delete it.`);
  const len = new DataView(bytes.buffer, bytes.byteOffset, 8).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + len))) as IndexHeader;
  if (header.format !== INDEX_FORMAT_VERSION) {
    throw new Error(`gazetteer: ${where} has index format ${header.format}, expected ${INDEX_FORMAT_VERSION}; delete it.`);
  }
  return header;
}

function viewSections(bytes: Uint8Array, header: IndexHeader, where: string): Sections {
  const out = {} as Record<SectionName, unknown>;
  for (const name of Object.keys(SECTION_TYPES) as SectionName[]) {
    const Type = SECTION_TYPES[name];
    const [offset, count] = header.sections[name];
    const start = bytes.byteOffset + offset;
    if (offset + count * Type.BYTES_PER_ELEMENT > bytes.length) throw new Error(`gazetteer: ${where} is truncated; delete it.`);
    // Sections are 8-byte aligned within the blob; a blob that starts unaligned is copied once.
    out[name] = start % Type.BYTES_PER_ELEMENT === 0 ? new Type(bytes.buffer as ArrayBuffer, start, count) : new Type(bytes.slice(offset, offset + count * Type.BYTES_PER_ELEMENT).buffer);
  }
  return out as Sections;
}

/** The digits of a code's prefix that its descendants share: province 2, city 4, district 6, town 9. */
const PREFIX_DIGITS = { province: 2, city: 4, district: 6, town: 9, village: 12, community: 12 } as const;

export class CompactGazetteer implements Gazetteer {
  readonly size: number;
  readonly source: string;
  private readonly s: Sections;
  private readonly text: string;
  private readonly cache: (GazPlace | undefined)[];

  constructor(
    /** The index blob (may be a view on a SharedArrayBuffer). */
    readonly bytes: Uint8Array,
    where = 'gazetteer index',
  ) {
    const header = readIndexHeader(bytes, where);
    this.s = viewSections(bytes, header, where);
    this.size = header.count;
    this.source = header.source;
    // TextDecoder refuses views on shared memory; copying the few MB of text is cheaper than a second format.
    const strings = this.s.strings;
    this.text = new TextDecoder().decode(strings.buffer instanceof ArrayBuffer ? strings : strings.slice());
    this.cache = new Array<GazPlace | undefined>(this.size);
  }

  private place(i: number): GazPlace {
    let p = this.cache[i];
    if (p) return p;
    const { s, text } = this;
    const lv = s.level[i]!;
    const parent = s.parent[i]!;
    p = {
      code: String(s.code[i]),
      name: text.substr(s.nameOff[i]!, s.nameLen[i]!),
      short: text.substr(s.shortOff[i]!, s.shortLen[i]!),
      level: PLACE_LEVELS[lv & ~MUNICIPALITY_BIT]!,
      parent: parent < 0 ? null : String(s.code[parent]),
    };
    if (lv & MUNICIPALITY_BIT) p.municipality = true;
    this.cache[i] = p;
    return p;
  }

  /** Index of the first place whose code is ≥ `code`. */
  private lowerBound(code: number): number {
    const codes = this.s.code;
    let lo = 0;
    let hi = codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (codes[mid]! < code) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private indexOf(code: string): number {
    if (!/^\d{12}$/.test(code)) return -1;
    const num = Number(code);
    const i = this.lowerBound(num);
    return i < this.size && this.s.code[i] === num ? i : -1;
  }

  /** Key index of `name` in one of the two hash tables, or -1. */
  private find(name: string, off: Uint32Array, len: Uint16Array, slots: Int32Array): number {
    const mask = slots.length - 1;
    for (let slot = hashName(name) & mask; ; slot = (slot + 1) & mask) {
      const k = slots[slot]! - 1;
      if (k < 0) return -1;
      if (len[k] === name.length && this.text.startsWith(name, off[k])) return k;
    }
  }

  byCode(code: string): GazPlace | undefined {
    const i = this.indexOf(code);
    return i < 0 ? undefined : this.place(i);
  }

  lookup(name: string): GazPlace[] {
    const { keyOff, keyLen, keySlots, keyPostStart, keyPost } = this.s;
    const k = this.find(name, keyOff, keyLen, keySlots);
    if (k < 0) return [];
    const out: GazPlace[] = [];
    for (let p = keyPostStart[k]!; p < keyPostStart[k + 1]!; p++) out.push(this.place(keyPost[p]!));
    return out;
  }

  hasName(name: string): boolean {
    return this.find(name, this.s.keyOff, this.s.keyLen, this.s.keySlots) >= 0;
  }

  lookupBare(name: string, withinCode: string): GazPlace[] {
    const w = this.indexOf(withinCode);
    if (w < 0) return [];
    const { bareOff, bareLen, bareSlots, barePostStart, barePost, code } = this.s;
    const k = this.find(name, bareOff, bareLen, bareSlots);
    if (k < 0) return [];
    const within = this.place(w);
    const lo = code[w]!;
    const hi = lo + 10 ** (12 - (within.municipality ? 2 : PREFIX_DIGITS[within.level]));
    const out: GazPlace[] = [];
    for (let p = barePostStart[k]!; p < barePostStart[k + 1]!; p++) {
      const c = code[barePost[p]!]!;
      if (c > lo && c < hi) out.push(this.place(barePost[p]!));
    }
    return out;
  }

  children(code: string): GazPlace[] {
    const i = this.indexOf(code);
    if (i < 0) return [];
    const { childStart, childList } = this.s;
    const out: GazPlace[] = [];
    for (let c = childStart[i]!; c < childStart[i + 1]!; c++) out.push(this.place(childList[c]!));
    return out;
  }

  ancestors(code: string): GazPlace[] {
    const out: GazPlace[] = [];
    let i = this.indexOf(code);
    if (i < 0) return out;
    for (i = this.s.parent[i]!; i >= 0; i = this.s.parent[i]!) out.push(this.place(i));
    return out;
  }
}
