/**
 * The incremental merge: when a few reports changed since the graph file was last written, the new graph is the old
 * file with only the records those reports touch re-made. Records no changed report has (or had) are copied as bytes
 * from the old file, found through its record index (build-index.ts); for each touched record, the contributions of
 * the changed reports are taken out of the old record and their new ones put in.
 *
 * The result is byte for byte what the full merge (build-merge.ts) writes, under the same rule: a record shared by
 * several documents has the first document's attributes (documents ordered by id) and the evidence of all of them,
 * document after document. Whenever that cannot be shown from what is at hand (a record whose contributors its
 * evidence does not tell, evidence not of the standard shape, an old entry no longer in the cache, too many changes
 * to be worth it), `spliceGraph` returns null and the caller merges from scratch.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { cmp } from '../core/graph/builder.ts';
import { ITEM_JSON, putPrefix, readEntryRecords, recordKey, type EntryRecords } from './build-entry.ts';
import { hashKey, type GraphIndex, type IndexWriter } from './build-index.ts';
import { graphHead, type MergeInput, type MergeSummary } from './build-merge.ts';
import { docTexts, Output, type DocTexts, type Sink } from './build-output.ts';

/** Beyond this share of changed documents a full merge costs less than looking records up one by one. */
const MAX_CHANGED_SHARE = 0.25;
/** …though a few are always spliced, however small the corpus. */
const FEW = 8;
/** Old bytes are copied in chunks of this size. */
const COPY_CHUNK = 1 << 20;

export interface SpliceOptions {
  /** The previous graph file and its index. */
  prevPath: string;
  prev: GraphIndex;
  name: string;
  /** The new file's index, filled as it is written. */
  index?: IndexWriter;
}

/**
 * A record's JSON in three pieces: everything up to and including the `[` of its evidence list, the items of the list
 * (comma-separated), and everything from the `]` on.
 */
interface Parts {
  head: Buffer;
  items: Buffer;
  tail: Buffer;
}

let collected: Buffer[] = [];
let collector: Output | null = null;

/** The bytes `write` gives an Output (one, reused: each holds a buffer of megabytes). */
function collect(write: (out: Output) => void): Buffer {
  collector ??= new Output((c) => collected.push(Buffer.from(c)));
  write(collector);
  collector.flush();
  const bytes = collected.length === 1 ? collected[0]! : Buffer.concat(collected);
  collected = [];
  return bytes;
}

/** A document's entry, its records found by key. */
class Entry {
  readonly keys: Map<string, number>[] = [new Map(), new Map()];
  readonly texts: DocTexts;
  constructor(
    readonly doc: string,
    readonly rec: EntryRecords,
  ) {
    const { body, starts, header } = rec;
    for (let i = 0; i < header.nodes + header.edges; i++)
      this.keys[i < header.nodes ? 0 : 1]!.set(recordKey(body, starts[i]!), i);
    const n = header.nodes + header.edges;
    const from = starts[n]!;
    const textStarts = new Int32Array(header.texts + 1);
    for (let t = 0; t <= header.texts; t++) textStarts[t] = starts[n + t]! - from;
    this.texts = docTexts(doc, { buf: body.subarray(from), starts: textStarts }, 0);
  }

  /** Record i as the full merge writes it; null when an evidence item is not of the standard shape. */
  parts(i: number): Parts | null {
    const { body, starts } = this.rec;
    const s = starts[i]!;
    const t1 = body.indexOf(9, s);
    const t2 = body.indexOf(9, t1 + 1);
    const e = starts[i + 1]! - 1;
    if (body.subarray(t1 + 1, t2).includes(ITEM_JSON)) return null;
    return {
      head: collect((out) => {
        putPrefix(out, body, s, t1);
        out.byte(91);
      }),
      items: collect((out) => out.evidence(body, t1 + 1, t2, this.texts, true)),
      tail: collect((out) => {
        out.byte(93);
        out.put(body, t2 + 1, e);
      }),
    };
  }
}

const ITEM = Buffer.from('{"doc":"');
const NEXT_ITEM = Buffer.from(',{"doc":"');
const EVIDENCE = Buffer.from('"evidence"');

/** The index after the JSON string that starts (with its quote) at i. */
function skipString(buf: Buffer, i: number): number {
  for (i++; buf[i] !== 34; i++) if (buf[i] === 92) i++;
  return i + 1;
}

/**
 * Where the evidence list of a record's JSON opens and closes, and the items in it, each with its document:
 * the record is read as JSON up to the list (the attributes' own key `evidence`), items are found by their
 * `{"doc":"` opening (a quote inside a string is escaped, so that opening occurs nowhere else), and the last item is
 * read to its end, where the list must close. Null when the record is not of that shape.
 */
function evidenceLayout(buf: Buffer): { open: number; close: number; items: number[]; docs: string[] } | null {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < buf.length && open < 0;) {
    const c = buf[i]!;
    if (c === 34) {
      const end = skipString(buf, i);
      if (depth === 2 && end - i === EVIDENCE.length && buf.compare(EVIDENCE, 0, EVIDENCE.length, i, end) === 0)
        if (buf[end] === 58 && buf[end + 1] === 91) open = end + 1;
      i = end;
      continue;
    }
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
    i++;
  }
  if (open < 0) return null;
  const items: number[] = [];
  const docs: string[] = [];
  let close = open + 1;
  if (buf[close] !== 93) {
    for (let at = open + 1; ;) {
      if (buf.compare(ITEM, 0, ITEM.length, at, at + ITEM.length) !== 0) return null;
      items.push(at);
      const q = at + ITEM.length - 1;
      const end = skipString(buf, q);
      const raw = buf.toString('utf8', q, end);
      docs.push(raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1));
      const next = buf.indexOf(NEXT_ITEM, end);
      if (next >= 0) {
        at = next + 1;
        continue;
      }
      // the last item: read to its closing brace (strings skipped, nested lists and objects counted)
      let d = 0;
      let i = at;
      for (; i < buf.length;) {
        const c = buf[i]!;
        if (c === 34) {
          i = skipString(buf, i);
          continue;
        }
        if (c === 123 || c === 91) d++;
        else if (c === 125 || c === 93) d--;
        i++;
        if (d === 0) break;
      }
      close = i;
      break;
    }
  }
  return buf[close] === 93 ? { open, close, items, docs } : null;
}

class Fallback extends Error {}

const EMPTY = Buffer.alloc(0);
const COMMA = Buffer.from(',');

interface Made {
  bytes: Buffer;
  /** Contributing documents, the rank of the first, the ranks of those without evidence. */
  count: number;
  first: number;
  quiet: number[];
}

/**
 * Writes the graph of `inputs` to `sink` from the previous file and the changed documents' entries; null when a full
 * merge is needed instead (nothing has been written then).
 */
export function spliceGraph(inputs: MergeInput[], sink: Sink, opts: SpliceOptions): MergeSummary | null {
  const t0 = performance.now();
  const { prev } = opts;
  const head = prev.head;
  const docs = [...inputs].sort((a, b) => cmp(a.doc, b.doc));
  const rankOf = new Map(docs.map((d, r) => [d.doc, r]));
  const oldEntry = new Map(head.docs.map((d) => [d.doc, d.entry]));
  const newEntry = new Map(docs.map((d) => [d.doc, d.entry]));
  const unchanged = (doc: string) => oldEntry.get(doc) === newEntry.get(doc) && oldEntry.get(doc) !== '';
  const changedOld = head.docs.filter((d) => d.entry !== '' && !unchanged(d.doc));
  const changedNew = docs.filter((d) => !unchanged(d.doc));
  const changed = new Set([...changedOld.map((d) => d.doc), ...changedNew.map((d) => d.doc)]);
  if (changed.size > Math.max(FEW, MAX_CHANGED_SHARE * docs.length)) return null;

  const load = (doc: string, path: string) => {
    const rec = readEntryRecords(path, doc);
    return rec ? new Entry(doc, rec) : null;
  };
  const olds: Entry[] = [];
  const news = new Map<string, Entry>();
  for (const d of changedOld) {
    const e = load(d.doc, d.entry);
    if (!e) return null;
    olds.push(e);
  }
  for (const d of changedNew) {
    const e = load(d.doc, d.entry);
    if (!e) return null;
    news.set(d.doc, e);
  }
  // unchanged documents whose own record is needed (one that becomes a record's first), loaded once
  const others = new Map<string, Entry | null>();
  const other = (doc: string) => {
    if (!others.has(doc)) others.set(doc, load(doc, oldEntry.get(doc)!));
    return others.get(doc);
  };

  const fd = openSync(opts.prevPath, 'r');
  try {
    /** Bytes [s, e) of the old file. */
    const read = (s: number, e: number): Buffer => {
      const buf = Buffer.allocUnsafe(e - s);
      let got = 0;
      while (got < buf.length) {
        const n = readSync(fd, buf, got, buf.length - got, s + got);
        if (n === 0) throw new Fallback('graph file shorter than its index');
        got += n;
      }
      return buf;
    };
    const readOld = (i: number): Buffer => {
      const r = prev.rec(i);
      return read(r[0]!, r[1]!);
    };
    /** The key of old record i, read from the start of its JSON (`{"key":"…"`). */
    const keyAt = (i: number): string => {
      const r = prev.rec(i);
      for (let len = 256; ; len *= 8) {
        const buf = read(r[0]!, Math.min(r[1]!, r[0]! + len));
        let q = 8;
        while (q < buf.length && buf[q] !== 34) q += buf[q] === 92 ? 2 : 1;
        if (q < buf.length) return recordKey(buf, 0);
        if (buf.length === r[1]! - r[0]!) throw new Fallback('record without a key');
      }
    };

    /**
     * Record `key` of section s as it is now (its JSON, documents, first), null when no document has it any more.
     * Works on bytes: hub records (a province, a program every report runs) hold megabytes of evidence.
     */
    const remake = (s: 0 | 1, key: string, old: number): Made | null => {
      // each contributor's items: unchanged ones' from the old record, changed ones' (null here) from their entry
      const contributors = new Map<string, Buffer | null>();
      let oldBuf: Buffer | null = null;
      let layout: ReturnType<typeof evidenceLayout> = null;
      let oldFirst: string | null = null;
      if (old >= 0) {
        oldBuf = readOld(old);
        layout = evidenceLayout(oldBuf);
        if (!layout) throw new Fallback('record not of the expected shape');
        const [, , count, firstRank, quietAt, quietN] = prev.rec(old);
        oldFirst = head.docs[firstRank!]!.doc;
        const groups = new Map<string, Buffer>([[oldFirst, EMPTY]]);
        for (let q = quietAt!; q < quietAt! + quietN!; q++) groups.set(head.docs[prev.quietAt(q)]!.doc, EMPTY);
        const { items, docs: itemDocs } = layout;
        for (let i = 0; i < items.length;) {
          let j = i + 1;
          while (j < items.length && itemDocs[j] === itemDocs[i]) j++;
          const doc = itemDocs[i]!;
          // a document's items are one run, as the full merge writes them
          if (groups.get(doc)?.length) throw new Fallback('evidence not grouped by document');
          groups.set(doc, oldBuf.subarray(items[i]!, j < items.length ? items[j]! - 1 : layout.close));
          i = j;
        }
        // every contributor must be known: by its evidence, as the first or as a quiet one
        if (groups.size !== count) throw new Fallback('contributors not known');
        for (const [doc, items] of groups) if (!changed.has(doc)) contributors.set(doc, items);
      }
      for (const [doc, entry] of news) if (entry.keys[s]!.has(key)) contributors.set(doc, null);
      if (contributors.size === 0) return null;
      const order = [...contributors.keys()].sort(cmp);
      const first = order[0]!;
      const records = new Map<string, Parts>();
      const partsOf = (doc: string): Parts => {
        let p = records.get(doc);
        if (!p) {
          const entry = news.get(doc) ?? other(doc);
          const i = entry?.keys[s]!.get(key);
          const made = i === undefined ? null : entry!.parts(i);
          if (!made) throw new Fallback('record not readable');
          records.set(doc, (p = made));
        }
        return p;
      };
      // the attributes are the first document's: the old record's when that document is the same and unchanged
      const keep = oldBuf && layout && first === oldFirst && !changed.has(first);
      const headBytes = keep ? oldBuf!.subarray(0, layout!.open + 1) : partsOf(first).head;
      const tailBytes = keep ? oldBuf!.subarray(layout!.close) : partsOf(first).tail;
      const lists = order.map((doc) => contributors.get(doc) ?? partsOf(doc).items);
      const quiet = order.filter((_, i) => lists[i]!.length === 0).map((doc) => rankOf.get(doc)!);
      const pieces: Buffer[] = [headBytes];
      for (const l of lists) {
        if (!l.length) continue;
        if (pieces.length > 1) pieces.push(COMMA);
        pieces.push(l);
      }
      pieces.push(tailBytes);
      return { bytes: Buffer.concat(pieces), count: order.length, first: rankOf.get(first)!, quiet };
    };

    const affected = (s: 0 | 1) => {
      const keys = new Set<string>();
      for (const e of [...olds, ...news.values()]) for (const k of e.keys[s]!.keys()) keys.add(k);
      return [...keys].sort(cmp);
    };
    const sections: [number, number][] = [
      [0, head.nodes],
      [head.nodes, head.nodes + head.edges],
    ];
    /** First record of [lo, hi) whose key is not below `key` (keys read back from the old file). */
    const lowerBound = (key: string, lo: number, hi: number) => {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cmp(keyAt(mid), key) < 0) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    // every touched record is re-made before anything is written: a fallback leaves the sink untouched
    const plans = sections.map(([lo, hi], s) => {
      const keys = affected(s as 0 | 1);
      // records the keys have now, by hash (confirmed by reading the key back)
      const at = keys.map((key) => prev.candidates(key).find((c) => c >= lo && c < hi && keyAt(c) === key) ?? -1);
      // a key new to the file goes where key order puts it, between the known places of its neighbours
      let below = lo;
      const above = new Array<number>(keys.length);
      for (let i = keys.length - 1, next = hi; i >= 0; i--) {
        above[i] = next;
        if (at[i]! >= 0) next = at[i]!;
      }
      return keys.map((key, i) => {
        const found = at[i]! >= 0;
        const place = found ? at[i]! : lowerBound(key, below, above[i]!);
        below = found ? place + 1 : place;
        return { key, at: place, found, made: remake(s as 0 | 1, key, found ? place : -1) };
      });
    });

    const t1 = performance.now();
    const out = new Output(sink);
    const documents = docs.map((d) => d.doc);
    out.string(`${graphHead(opts.name, documents).slice(0, -1)},"nodes":[`);
    const remap = new Float64Array(head.docs.length).fill(-1);
    head.docs.forEach((d, r) => unchanged(d.doc) && (remap[r] = rankOf.get(d.doc)!));
    const counts: number[] = [];
    const copy = Buffer.allocUnsafe(COPY_CHUNK);
    sections.forEach(([lo, hi], s) => {
      if (s === 1) out.string('],"edges":[');
      let items = 0;
      /** Copies old records [a, b) as they are (commas between them included). */
      const copyRun = (a: number, b: number) => {
        if (a >= b) return;
        if (items++) out.byte(44);
        const from = prev.rec(a)[0]!;
        const to = prev.rec(b - 1)[1]!;
        const shift = out.offset - from;
        for (let at = from; at < to;) {
          const n = readSync(fd, copy, 0, Math.min(COPY_CHUNK, to - at), at);
          if (n === 0) throw new Error(`${opts.prevPath}: shorter than its index; build again`);
          out.pass(copy.subarray(0, n));
          at += n;
        }
        items += b - a - 1;
        opts.index?.addRun(prev, a, b, shift, remap);
      };
      let next = lo;
      for (const p of plans[s]!) {
        copyRun(next, p.at);
        next = p.found ? p.at + 1 : p.at;
        if (p.made === null) continue;
        if (items++) out.byte(44);
        const start = out.offset;
        out.put(p.made.bytes);
        opts.index?.add(hashKey(p.key), start, out.offset, p.made.count, p.made.first, p.made.quiet);
      }
      copyRun(next, hi);
      counts.push(items);
    });
    out.string(']}\n');
    out.flush();
    return {
      documents,
      ranked: docs.map((d) => ({ doc: d.doc, entry: d.entry })),
      nodes: counts[0]!,
      edges: counts[1]!,
      errors: [],
      ms: { spill: t1 - t0, write: performance.now() - t1 },
    };
  } catch (e) {
    if (e instanceof Fallback) return null;
    throw e;
  } finally {
    closeSync(fd);
  }
}
