/**
 * A Gazetteer over the compact index (index-format.ts): typed-array views on the blob, one decoded string table,
 * and GazPlace objects made on demand. Opening only parses the small JSON header; nothing is decoded or rebuilt.
 * The blob may live in a SharedArrayBuffer, so worker threads can open the same memory (load.ts `openGazetteer`).
 */
import { lowerBound } from '../lower-bound.ts';
import { PLACE_LEVELS } from '../../core/graph/schema.ts';
import { committeeShortOf, type GazPlace, type Gazetteer } from '../../core/link/gazetteer.ts';
import {
  INDEX_FORMAT_VERSION,
  MAGIC,
  MUNICIPALITY_BIT,
  PREFIX_DIGITS,
  SECTION_TYPES,
  hashSpan,
  type IndexHeader,
  type SectionName,
  type Sections,
} from './index-format.ts';

/** Reads the header; throws a one-line error naming `where` when the blob is not an index of this format. */
export function readIndexHeader(bytes: Uint8Array, where: string): IndexHeader {
  const magic = new TextDecoder().decode(bytes.subarray(0, 4));
  if (bytes.length < 8 || magic !== MAGIC) throw new Error(`gazetteer: ${where} is not a gazetteer index; delete it.`);
  const len = new DataView(bytes.buffer, bytes.byteOffset, 8).getUint32(4, true);
  let header: IndexHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + len))) as IndexHeader;
  } catch {
    throw new Error(`gazetteer: ${where} has a damaged header; delete it.`);
  }
  if (header.format !== INDEX_FORMAT_VERSION) {
    throw new Error(
      `gazetteer: ${where} has index format ${header.format}, expected ${INDEX_FORMAT_VERSION}; delete it.`,
    );
  }
  return header;
}

function viewSections(bytes: Uint8Array, header: IndexHeader, where: string): Sections {
  const out = {} as Record<SectionName, unknown>;
  for (const name of Object.keys(SECTION_TYPES) as SectionName[]) {
    const Type = SECTION_TYPES[name];
    const [offset, count] = header.sections[name];
    const start = bytes.byteOffset + offset;
    if (offset + count * Type.BYTES_PER_ELEMENT > bytes.length)
      throw new Error(`gazetteer: ${where} is truncated; delete it.`);
    // Sections are 8-byte aligned within the blob; a blob that starts unaligned is copied once.
    out[name] =
      start % Type.BYTES_PER_ELEMENT === 0
        ? new Type(bytes.buffer as ArrayBuffer, start, count)
        : new Type(bytes.slice(offset, offset + count * Type.BYTES_PER_ELEMENT).buffer);
  }
  return out as Sections;
}

/** Suffixes a bare name drops, by level index (see PLACE_LEVELS): 槽坊社区 → 槽坊, 复兴村 → 复兴, 白沙镇 → 白沙. */
const BARE_SUFFIXES: Partial<Record<number, string[]>> = {
  [PLACE_LEVELS.indexOf('town')]: ['镇', '乡', '街道', '苏木'],
  [PLACE_LEVELS.indexOf('village')]: ['村', '嘎查'],
  [PLACE_LEVELS.indexOf('community')]: ['社区', '居委会'],
};

/** Level index from which places are village-level (village, community). */
const VILLAGE_LEVEL = PLACE_LEVELS.indexOf('village');

export class CompactGazetteer implements Gazetteer {
  readonly size: number;
  readonly source: string;
  private readonly s: Sections;
  private readonly forms: [number, string][];
  /** GazPlace objects made so far (most runs touch a few thousand places, not 680k). */
  private readonly made = new Map<number, GazPlace>();

  constructor(
    /** The index blob (may be a view on a SharedArrayBuffer: post it to a worker and open it there). */
    readonly bytes: Uint8Array,
    where = 'gazetteer index',
  ) {
    const header = readIndexHeader(bytes, where);
    this.s = viewSections(bytes, header, where);
    this.size = header.count;
    this.source = header.source;
    this.forms = header.forms;
  }

  /** Reusable buffer for str(): a subarray view per call is costly on shared memory. */
  private readonly codeUnits: number[] = [];

  private str(off: number, len: number): string {
    const { chars } = this.s;
    const units = this.codeUnits;
    units.length = len;
    for (let j = 0; j < len; j++) units[j] = chars[off + j]!;
    return String.fromCharCode.apply(null, units);
  }

  /** Whether chars[off ..] starts with `name` (compared in place, no string made). */
  private charsMatch(name: string, off: number): boolean {
    const chars = this.s.chars;
    for (let j = 0; j < name.length; j++) if (chars[off + j] !== name.charCodeAt(j)) return false;
    return true;
  }

  private place(i: number): GazPlace {
    let p = this.made.get(i);
    if (p) return p;
    const { s } = this;
    const lv = s.level[i]!;
    const parent = s.parent[i]!;
    const short = this.str(s.shortOff[i]!, s.shortLen[i]!);
    const [cut, add] = this.forms[s.form[i]!]!;
    p = {
      code: String(s.code[i]),
      name: short.slice(0, short.length - cut) + add,
      short,
      level: PLACE_LEVELS[lv & ~MUNICIPALITY_BIT]!,
      parent: parent < 0 ? null : String(s.code[parent]),
    };
    if (lv & MUNICIPALITY_BIT) p.municipality = true;
    this.made.set(i, p);
    return p;
  }

  /** Index of the first place whose code is ≥ `code`. */
  private lowerBound(code: number): number {
    return lowerBound(this.s.code, code);
  }

  private indexOf(code: string): number {
    if (code.length !== 12 || !/^\d{12}$/.test(code)) return -1;
    const num = Number(code);
    const i = this.lowerBound(num);
    return i < this.size && this.s.code[i] === num ? i : -1;
  }

  /** Key index of `name`, or -1. */
  private find(name: string): number {
    return this.findIn(name, 0, name.length);
  }

  /** Key index of text[from, to), or -1: hashed and compared in place, no string made. */
  private findIn(text: string, from: number, to: number): number {
    const { keySlots, keyLen, keyOff, chars } = this.s;
    const mask = keySlots.length - 1;
    const len = to - from;
    for (let slot = hashSpan(text, from, to) & mask; ; slot = (slot + 1) & mask) {
      const k = keySlots[slot]! - 1;
      if (k < 0) return -1;
      if (keyLen[k] !== len) continue;
      const off = keyOff[k]!;
      let j = 0;
      while (j < len && chars[off + j] === text.charCodeAt(from + j)) j++;
      if (j === len) return k;
    }
  }

  /**
   * Appends the places of key k whose index lies in [from, to) (places below a code are one run of the sorted
   * order), skipping those in `seen`; filtering happens before any GazPlace is made.
   */
  private postings(k: number, out: GazPlace[], from: number, to: number, seen?: Set<GazPlace>): void {
    const { keyPostStart, keyPost } = this.s;
    for (let p = keyPostStart[k]!; p < keyPostStart[k + 1]!; p++) {
      const i = keyPost[p]!;
      if (i < from || i >= to) continue;
      const place = this.place(i);
      if (!seen?.has(place)) out.push(place);
    }
  }

  /** Index range [from, to) of the places strictly below place w: its code prefix, found by binary search. */
  private below(w: number): [number, number] {
    const lv = this.s.level[w]!;
    const digits = lv & MUNICIPALITY_BIT ? 2 : PREFIX_DIGITS[PLACE_LEVELS[lv]!];
    return [w + 1, digits === 12 ? w + 1 : this.lowerBound(this.s.code[w]! + 10 ** (12 - digits))];
  }

  private lookupIn(name: string, from: number, to: number): GazPlace[] {
    const out: GazPlace[] = [];
    const k = this.find(name);
    if (k >= 0) this.postings(k, out, from, to);
    // 复建村委会, 复建村村民委员会, 槽坊居委会: resolved through the short name.
    const short = committeeShortOf(name);
    const ks = short === null ? -1 : this.find(short);
    if (ks >= 0) this.postings(ks, out, from, to, out.length ? new Set(out) : undefined);
    return out;
  }

  byCode(code: string): GazPlace | undefined {
    const i = this.indexOf(code);
    return i < 0 ? undefined : this.place(i);
  }

  lookup(name: string): GazPlace[] {
    return this.lookupIn(name, 0, this.size);
  }

  lookupWithin(name: string, withinCode: string): GazPlace[] {
    const w = this.indexOf(withinCode);
    return w < 0 ? [] : this.lookupIn(name, ...this.below(w));
  }

  lookupTowns(name: string): { places: GazPlace[]; villages: number } {
    const out = { places: [] as GazPlace[], villages: 0 };
    const { keyPostStart, keyPost, level } = this.s;
    const add = (k: number) => {
      for (let p = keyPostStart[k]!; p < keyPostStart[k + 1]!; p++) {
        const i = keyPost[p]!;
        if ((level[i]! & ~MUNICIPALITY_BIT) >= VILLAGE_LEVEL) out.villages++;
        else if (!out.places.includes(this.place(i))) out.places.push(this.place(i));
      }
    };
    const k = this.find(name);
    if (k >= 0) add(k);
    const short = committeeShortOf(name);
    const ks = short === null ? -1 : this.find(short);
    // a committee form names villages only, each once under its short name too: count them once
    if (ks >= 0 && k < 0) add(ks);
    return out;
  }

  hasNameIn(text: string, start: number, end: number): boolean {
    // committee forms (…村委会, …居委会) resolve through their short name: the string path handles them
    if (
      text.charCodeAt(end - 1) === 0x4f1a /* 会 */ ||
      text.charCodeAt(end - 1) === 0xff09 ||
      text.charCodeAt(end - 1) === 0x29
    )
      return this.hasName(text.slice(start, end));
    return this.findIn(text, start, end) >= 0;
  }

  hasName(name: string): boolean {
    if (this.find(name) >= 0) return true;
    const short = committeeShortOf(name);
    return short !== null && this.find(short) >= 0;
  }

  lookupBare(name: string, withinCode: string): GazPlace[] {
    const w = this.indexOf(withinCode);
    if (w < 0 || name.length < 2) return [];
    const { level, shortLen, shortOff } = this.s;
    const [from, to] = this.below(w);
    const out: GazPlace[] = [];
    for (let j = from; j < to; j++) {
      const extra = shortLen[j]! - name.length;
      const suffixes = BARE_SUFFIXES[level[j]!];
      if (!suffixes || extra < 1 || extra > 3 || !this.charsMatch(name, shortOff[j]!)) continue;
      const tail = this.str(shortOff[j]! + name.length, extra);
      if (suffixes.includes(tail)) out.push(this.place(j));
    }
    return out;
  }

  children(code: string): GazPlace[] {
    const i = this.indexOf(code);
    if (i < 0) return [];
    const out: GazPlace[] = [];
    // Walk the places below i, jumping over each child's own subtree: one binary search per child.
    const [from, to] = this.below(i);
    for (let j = from; j < to; j = this.below(j)[1]) if (this.s.parent[j] === i) out.push(this.place(j));
    return out;
  }

  /** Chains asked for so far: linking asks for the same few hundred towns' chains once per mention. */
  private readonly chains = new Map<string, GazPlace[]>();

  ancestors(code: string): GazPlace[] {
    const known = this.chains.get(code);
    if (known) return [...known];
    const out: GazPlace[] = [];
    let i = this.indexOf(code);
    if (i < 0) return out;
    for (i = this.s.parent[i]!; i >= 0; i = this.s.parent[i]!) out.push(this.place(i));
    this.chains.set(code, out);
    return [...out];
  }
}
