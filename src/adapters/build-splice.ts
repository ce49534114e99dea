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
import type { Evidence } from '../core/graph/schema.ts';
import { ITEM_JSON, putPrefix, readEntryRecords, recordKey, type EntryRecords } from './build-entry.ts';
import { indexKey, REC, type GraphIndex, type IndexWriter } from './build-index.ts';
import { graphHead, type MergeInput, type MergeSummary } from './build-merge.ts';
import { docTexts, itemJson, Output, type DocTexts, type Sink } from './build-output.ts';

/** Beyond this share of changed documents a full merge costs less than looking records up one by one. */
const MAX_CHANGED_SHARE = 0.25;
/** …though a few are always spliced, however small the corpus. */
const FEW = 8;
/** Old bytes are copied in chunks of this size. */
const COPY_CHUNK = 8 << 20;

export interface SpliceOptions {
  /** The previous graph file and its index. */
  prevPath: string;
  prev: GraphIndex;
  name: string;
  /** The new file's index, filled as it is written. */
  index?: IndexWriter;
}

interface JsonRecord {
  key: string;
  attributes: { evidence: Evidence[] } & Record<string, unknown>;
}

/** A changed document's entry, its records found by key. */
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

  /** Record i as an object (evidence expanded); null when an evidence item is not of the standard shape. */
  record(i: number): JsonRecord | null {
    const { body, starts } = this.rec;
    const s = starts[i]!;
    const t1 = body.indexOf(9, s);
    const t2 = body.indexOf(9, t1 + 1);
    const e = starts[i + 1]! - 1;
    if (body.subarray(t1 + 1, t2).includes(ITEM_JSON)) return null;
    const parts: Buffer[] = [];
    putPrefix({ put: (src, a = 0, b = src.length) => void parts.push(Buffer.from(src.subarray(a, b))) }, body, s, t1);
    const json = `${Buffer.concat(parts).toString('utf8')}[]${body.toString('utf8', t2 + 1, e)}`;
    const r = JSON.parse(json) as JsonRecord;
    r.attributes.evidence = itemJson(body, t1 + 1, t2, this.texts).map((j) => JSON.parse(j) as Evidence);
    return r;
  }
}

/** Whether an evidence item of the output is of the standard shape (the full merge concatenates those). */
function standard(e: Evidence): boolean {
  const k = Object.keys(e);
  return k[0] === 'doc' && k[1] === 'sentence' && k[2] === 'start' && k[3] === 'end' && k[4] === 'text';
}

class Fallback extends Error {}

interface Made {
  json: string;
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
    const readOld = (i: number): string => {
      const s = prev.rec[i * REC]!;
      const e = prev.rec[i * REC + 1]!;
      const buf = Buffer.allocUnsafe(e - s);
      let got = 0;
      while (got < buf.length) {
        const n = readSync(fd, buf, got, buf.length - got, s + got);
        if (n === 0) throw new Fallback('graph file shorter than its index');
        got += n;
      }
      return buf.toString('utf8');
    };

    /** Record `key` of section s as it is now (its JSON, documents, first), null when no document has it any more. */
    const remake = (s: 0 | 1, key: string, old: number): Made | null => {
      const contributors = new Map<string, Evidence[] | null>(); // unchanged ones: their items from the old record
      let base: JsonRecord | null = null;
      let oldFirst: string | null = null;
      if (old >= 0) {
        base = JSON.parse(readOld(old)) as JsonRecord;
        oldFirst = head.docs[prev.rec[old * REC + 4]!]!.doc;
        const byDoc = new Map<string, Evidence[]>([[oldFirst, []]]);
        for (let q = prev.rec[old * REC + 5]!, e = q + prev.rec[old * REC + 6]!; q < e; q++)
          byDoc.set(head.docs[prev.quiet[q]!]!.doc, []);
        for (const e of base.attributes.evidence) {
          if (!standard(e)) throw new Fallback('evidence of another shape');
          const list = byDoc.get(e.doc) ?? [];
          list.push(e);
          byDoc.set(e.doc, list);
        }
        // every contributor must be known: by its evidence, as the first or as a quiet one
        if (byDoc.size !== prev.rec[old * REC + 3]) throw new Fallback('contributors not known');
        for (const [doc, list] of byDoc) if (!changed.has(doc)) contributors.set(doc, list);
      }
      for (const [doc, entry] of news) if (entry.keys[s]!.has(key)) contributors.set(doc, null);
      if (contributors.size === 0) return null;
      const order = [...contributors.keys()].sort(cmp);
      const first = order[0]!;
      const own = (entry: Entry | null | undefined): JsonRecord => {
        const i = entry?.keys[s]!.get(key);
        const r = i === undefined ? null : entry!.record(i);
        if (!r) throw new Fallback('record not readable');
        return r;
      };
      const records = new Map<string, JsonRecord>();
      const recordOf = (doc: string) => {
        if (!records.has(doc)) records.set(doc, own(news.get(doc) ?? other(doc)));
        return records.get(doc)!;
      };
      // the attributes are the first document's: the old record's when that document is the same and unchanged
      const out: JsonRecord = base && first === oldFirst && !changed.has(first) ? base : recordOf(first);
      // each document's evidence, taken before the first's record gets the merged list
      const lists = order.map((doc) => contributors.get(doc) ?? recordOf(doc).attributes.evidence);
      const quiet = order.filter((_, i) => lists[i]!.length === 0).map((doc) => rankOf.get(doc)!);
      out.attributes.evidence = lists.flat();
      return { json: JSON.stringify(out), count: order.length, first: rankOf.get(first)!, quiet };
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
    /** First record of [lo, hi) whose key is not below `key`. */
    const lowerBound = (key: string, lo: number, hi: number) => {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cmp(indexKey(prev, mid), key) < 0) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    // every touched record is re-made before anything is written: a fallback leaves the sink untouched
    const plans = sections.map(([lo, hi], s) => {
      let from = lo;
      return affected(s as 0 | 1).map((key) => {
        const at = lowerBound(key, from, hi);
        from = at;
        const found = at < hi && indexKey(prev, at) === key;
        return { key, at, found, made: remake(s as 0 | 1, key, found ? at : -1) };
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
        const from = prev.rec[a * REC]!;
        const to = prev.rec[(b - 1) * REC + 1]!;
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
        out.string(p.made.json);
        opts.index?.add(JSON.stringify(p.key), start, out.offset, p.made.count, p.made.first, p.made.quiet);
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
