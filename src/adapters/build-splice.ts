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
import { hashKey, packBounds, unpackBounds, type GraphIndex, type IndexWriter } from './build-index.ts';
import { graphHead, type MergeInput, type MergeSummary } from './build-merge.ts';
import { docTexts, Output, type DocTexts, type Sink } from './build-output.ts';
import { readFully } from './read-fully.ts';

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

const NEXT_ITEM = Buffer.from(',{"doc":"');

/** Bytes read at a time from the old file around a probe of an evidence list (items are a few hundred bytes). */
const EVIDENCE_WINDOW = 1 << 13;
/** Bytes scanned at a time for the start of the next evidence item. */
const ITEM_SCAN = 1 << 11;
/** …and around a record's start, to read its key. */
const KEY_WINDOW = 1 << 12;

/** Reads the old graph file a window at a time (binary searches probe a few bytes here and there). */
class FileWindows {
  private buf: Buffer;
  private from = 0;
  private len = 0;
  constructor(
    private readonly fd: number,
    private readonly size: number,
  ) {
    this.buf = Buffer.allocUnsafe(size);
  }

  /** At least `n` bytes from `pos` (fewer at the end of the file): a view valid until the next call. */
  at(pos: number, n: number): Buffer {
    if (pos < this.from || pos + n > this.from + this.len) {
      // windows start at multiples of half their size, so that probes close to each other share one
      const from = n <= this.size / 2 ? pos - (pos % (this.size / 2)) : pos;
      if (pos + n - from > this.buf.length) this.buf = Buffer.allocUnsafe(pos + n - from);
      this.len = readSync(this.fd, this.buf, 0, this.buf.length, from);
      this.from = from;
    }
    return this.buf.subarray(pos - this.from, Math.min(this.len, pos - this.from + n));
  }
}

/**
 * The evidence list of an old record, read in the old file only where needed (the list's `[` at `open`, its `]` at
 * `close`, absolute positions): items are in document order, each opening with `{"doc":"` (a quote inside a string
 * is escaped, so that opening occurs nowhere else), so a document's run of items is found by binary search over
 * byte positions. A hub record (a program every report runs) holds megabytes of evidence; a rebuild reads a few
 * kilobytes of it, and the runs it keeps are copied from the old file when the new one is written.
 */
class EvidenceList {
  constructor(
    private readonly file: FileWindows,
    readonly open: number,
    readonly close: number,
  ) {}

  /** The first item starting at or after byte p (or `close`). */
  itemAt(p: number): number {
    const first = this.open + 1;
    if (p <= first) return first < this.close ? first : this.close;
    for (let from = p - 1; from < this.close; from += ITEM_SCAN - NEXT_ITEM.length) {
      const w = this.file.at(from, ITEM_SCAN);
      const j = w.indexOf(NEXT_ITEM);
      if (j >= 0) return from + j >= this.close ? this.close : from + j + 1;
      if (w.length < ITEM_SCAN) break;
    }
    return this.close;
  }

  /** The document of the item starting at i. */
  docOf(i: number): string {
    const w = this.file.at(i + NEXT_ITEM.length - 2, 1024); // from the opening quote of the id
    let e = 1;
    let escaped = false;
    for (; w[e] !== 34; e++) {
      if (e >= w.length) throw new Fallback('document id not readable');
      if (w[e] === 92) {
        escaped = true;
        e++;
      }
    }
    const raw = w.toString('utf8', 0, e + 1);
    return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  }

  /** The first item whose document is ≥ doc (after: > doc), or `close`. */
  seek(doc: string, after: boolean): number {
    let lo = this.open + 1;
    let hi = this.close;
    while (lo < hi) {
      const mid = lo + Math.floor((hi - lo) / 2);
      const at = this.itemAt(mid);
      const c = at === this.close ? 1 : cmp(this.docOf(at), doc);
      if (c < 0 || (after && c === 0))
        lo = at + 1; // every position up to `at` leads to the same item
      else hi = mid;
    }
    return this.itemAt(lo);
  }

  /** Items [a, b) (item starts or `close`) without the comma that ends them, as a range of the old file. */
  run(a: number, b: number): Range {
    return [a, Math.max(a, b < this.close ? b - 1 : b)];
  }
}

/** Bytes [from, to) of the old file. */
type Range = [number, number];

/** A piece of a re-made record: new bytes, or bytes copied from the old file. */
type Piece = Buffer | Range;

const pieceLength = (p: Piece): number => (Buffer.isBuffer(p) ? p.length : p[1] - p[0]);

class Fallback extends Error {}

const COMMA = Buffer.from(',');

interface Made {
  pieces: Piece[];
  /** Contributing documents, the rank of the first, the ranks of those without evidence. */
  count: number;
  first: number;
  quiet: number[];
  /** Where its evidence list lies (`packBounds`). */
  bounds: number;
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
  const olds = new Map<string, Entry>();
  const news = new Map<string, Entry>();
  for (const d of changedOld) {
    const e = load(d.doc, d.entry);
    if (!e) return null;
    olds.set(d.doc, e);
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
  const windows = new FileWindows(fd, EVIDENCE_WINDOW);
  // keys are read far apart (one per touched record, and binary searches over the file): a small window each
  const keyWindows = new FileWindows(fd, KEY_WINDOW);
  try {
    /** The key of old record i, read from the start of its JSON (`{"key":"…"`). */
    const keyAt = (i: number, alone = false): string => {
      const r = alone ? prev.recAlone(i) : prev.rec(i);
      for (let len = 256; ; len *= 8) {
        const buf = keyWindows.at(r[0]!, Math.min(r[1]! - r[0]!, len));
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
    const remake = (
      s: 0 | 1,
      key: string,
      old: number,
      { had, has }: { had: string[]; has: string[] },
    ): Made | null => {
      let list: EvidenceList | null = null;
      let oldRecord: Range = [0, 0];
      let oldFirst: string | null = null;
      let count = has.length;
      const quiet = new Set<string>();
      // an old record that only changed documents had is made anew like a new one
      const [start, end, oldCount, firstRank, quietAt, quietN, , packed] = old >= 0 ? [...prev.rec(old)] : [];
      if (old >= 0 && oldCount! > had.length) {
        const bounds = unpackBounds(packed!);
        if (!bounds) throw new Fallback('evidence bounds not known');
        list = new EvidenceList(windows, start! + bounds.open, end! - bounds.tail);
        oldRecord = [start!, end!];
        if (windows.at(list.open, 1)[0] !== 91 || windows.at(list.close, 1)[0] !== 93)
          throw new Fallback('index does not match the file');
        oldFirst = head.docs[firstRank!]!.doc;
        for (let q = quietAt!; q < quietAt! + quietN!; q++) {
          const doc = head.docs[prev.quietAt(q)]!.doc;
          if (!changed.has(doc)) quiet.add(doc);
        }
        // changed documents that had the record leave it (those that still have it come back below)
        count += oldCount! - had.length;
      }
      if (count <= 0) return null;
      // each changed document's run of items in the old list (empty when it had none), in document order
      const touched = [...new Set(had.concat(has))].sort(cmp);
      const runs = touched.map((doc): [number, number] =>
        list ? [list.seek(doc, false), list.seek(doc, true)] : [0, 0],
      );
      // the first document now: a new one, or the first of those that stay (the old first, a quiet one, or the
      // document of the first item no changed document owns)
      const stays: string[] = [...quiet];
      if (list) {
        if (!changed.has(oldFirst!)) stays.push(oldFirst!);
        let at = list.itemAt(list.open + 1);
        for (const [a, b] of runs)
          if (at === a) at = b;
          else break;
        if (at < list.close) stays.push(list.docOf(at));
      }
      const first = [...stays, ...has].sort(cmp)[0];
      if (first === undefined) throw new Fallback('first document not found');
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
      const keep = list && first === oldFirst && !changed.has(first);
      const pieces: Piece[] = [];
      const item = (p: Piece) => {
        if (!pieceLength(p)) return;
        if (pieces.length > 1) pieces.push(COMMA);
        pieces.push(p);
      };
      const headBytes: Piece = keep ? [oldRecord[0], list!.open + 1] : partsOf(first).head;
      const tailBytes: Piece = keep ? [list!.close, oldRecord[1]] : partsOf(first).tail;
      pieces.push(headBytes);
      let cursor = list ? list.itemAt(list.open + 1) : 0;
      touched.forEach((doc, i) => {
        const [a, b] = runs[i]!;
        if (list) item(list.run(cursor, a));
        if (has.includes(doc)) {
          const items = partsOf(doc).items;
          if (items.length) item(items);
          else quiet.add(doc);
        }
        cursor = Math.max(cursor, b);
      });
      if (list) item(list.run(cursor, list.close));
      pieces.push(tailBytes);
      const quietRanks = [...quiet].map((doc) => rankOf.get(doc)!).sort((x, y) => x - y);
      const bounds = packBounds(pieceLength(headBytes) - 1, pieceLength(tailBytes));
      return { pieces, count, first: rankOf.get(first)!, quiet: quietRanks, bounds };
    };

    /** The keys of section s that changed documents have or had, each with those documents (in rank order). */
    const affected = (s: 0 | 1) => {
      const by = new Map<string, { had: string[]; has: string[] }>();
      const note = (entries: Map<string, Entry>, list: 'had' | 'has') => {
        for (const [doc, e] of entries)
          for (const k of e.keys[s]!.keys()) {
            let docs = by.get(k);
            if (!docs) by.set(k, (docs = { had: [], has: [] }));
            docs[list].push(doc);
          }
      };
      note(olds, 'had');
      note(news, 'has');
      return { keys: [...by.keys()].sort(cmp), by };
    };
    const sections: [number, number][] = [
      [0, head.nodes],
      [head.nodes, head.nodes + head.edges],
    ];
    /** First record of [lo, hi) whose key is not below `key` (keys read back from the old file). */
    const lowerBound = (key: string, lo: number, hi: number) => {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cmp(keyAt(mid, true), key) < 0) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    // every touched record is re-made before anything is written: a fallback leaves the sink untouched
    const plans = sections.map(([lo, hi], s) => {
      const { keys, by } = affected(s as 0 | 1);
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
        return { key, at: place, found, made: remake(s as 0 | 1, key, found ? place : -1, by.get(key)!) };
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
    /** Copies bytes [from, to) of the old file to the output. */
    const copyBytes = (from: number, to: number) => {
      for (let at = from; at < to; at += COPY_CHUNK) {
        const n = Math.min(COPY_CHUNK, to - at);
        readFully(fd, copy, 0, n, at, opts.prevPath);
        out.pass(copy.subarray(0, n));
      }
    };
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
        copyBytes(from, to);
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
        for (const piece of p.made.pieces)
          if (Buffer.isBuffer(piece)) out.put(piece);
          else copyBytes(piece[0], piece[1]);
        const m = p.made;
        opts.index?.add(hashKey(p.key), start, out.offset, m.count, m.first, m.quiet, m.bounds);
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
