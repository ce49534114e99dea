/**
 * Writing the merged graph's JSON from cache entries' bytes: records are copied as bytes and each evidence item
 * (build-entry.ts) is expanded into its JSON with its document's text, straight into one reused output buffer.
 * The output is gigabytes for a large corpus, so this loop copies bytes and never builds strings or objects, except
 * for the rare record that several documents share with evidence not in the standard shape (`itemJson`).
 */
import { ITEM_JSON, ITEM_SEP, ITEM_TAIL } from './build-entry.ts';

/** Output in chunks of a few megabytes of UTF-8; a chunk is only valid during the call (its buffer is reused). */
export type Sink = (chunk: Uint8Array) => void;

/** Size of the output buffer, and of the chunks handed on (merge threads recycle chunks of this size). */
export const CHUNK_BYTES = 4 << 20;
const CAP = CHUNK_BYTES;
const ascii = (s: string) => Buffer.from(s, 'latin1');
const START = ascii(',"start":');
const END = ascii(',"end":');
const TEXT = ascii(',"text":');

/**
 * The evidence texts of all documents, in (shared) memory so that worker threads can write any partition: text t
 * of a document is the JSON string `buf[starts[base + t], starts[base + t + 1] - 1)`, base being the document's.
 */
export interface TextStore {
  buf: Uint8Array;
  starts: Int32Array;
}

/** A document as the writer needs it. */
export interface DocTexts {
  /** `{"doc":<id JSON>,"sentence":` */
  head: Buffer;
  docJson: string;
  buf: Uint8Array;
  starts: Int32Array;
  base: number;
}

export function docTexts(doc: string, store: TextStore, base: number): DocTexts {
  const docJson = JSON.stringify(doc);
  const head = Buffer.from(`{"doc":${docJson},"sentence":`, 'utf8');
  return { head, docJson, buf: store.buf, starts: store.starts, base };
}

export class Output {
  private readonly buf = Buffer.allocUnsafe(CAP);
  private pos = 0;
  /** Items written since the last `resetCount` (commas go between them). */
  count = 0;
  /** Bytes handed to the sink so far. */
  private sent = 0;
  constructor(private readonly sink: Sink) {}

  /** Bytes written so far (handed on or buffered): where the next byte goes in the output. */
  get offset(): number {
    return this.sent + this.pos;
  }

  /** Copies src[s, e); short runs byte by byte (cheaper than a call into Buffer.copy). */
  put(src: Uint8Array, s = 0, e = src.length): void {
    const n = e - s;
    if (n > CAP - this.pos) {
      this.flush();
      if (n > CAP) {
        this.sent += n;
        return this.sink(src.subarray(s, e));
      }
    }
    if (n < 40) {
      const buf = this.buf;
      let p = this.pos;
      for (let i = s; i < e; i++) buf[p++] = src[i]!;
      this.pos = p;
    } else this.pos += Buffer.prototype.copy.call(src, this.buf, this.pos, s, e);
  }

  /** Hands a finished chunk on as it is (after what is buffered), without copying it. */
  pass(chunk: Uint8Array): void {
    this.flush();
    this.sent += chunk.length;
    this.sink(chunk);
  }

  byte(b: number): void {
    if (this.pos === CAP) this.flush();
    this.buf[this.pos++] = b;
  }

  string(s: string): void {
    this.put(Buffer.from(s, 'utf8'));
  }

  /** Starts an item of a JSON array: a comma before every item but the first. */
  item(): void {
    if (this.count++) this.byte(44);
  }

  flush(): void {
    if (this.pos) this.sink(this.buf.subarray(0, this.pos));
    this.sent += this.pos;
    this.pos = 0;
  }

  /**
   * Writes the evidence items in src[s, e) of document `doc` as JSON, a comma before each unless `first`.
   * Returns whether any item was written.
   */
  evidence(src: Buffer, s: number, e: number, doc: DocTexts, first: boolean): boolean {
    let i = s;
    while (i < e) {
      if (!first) this.byte(44);
      first = false;
      if (src[i] === ITEM_JSON) {
        let j = src.indexOf(ITEM_SEP, i);
        if (j < 0 || j > e) j = e;
        this.put(src, i + 1, j);
        i = j + 1;
        continue;
      }
      if (CAP - this.pos < doc.head.length + 160) this.flush();
      this.put(doc.head);
      i = this.copyNumber(src, i, e, START);
      i = this.copyNumber(src, i, e, END);
      i = this.copyNumber(src, i, e, TEXT);
      let t = 0;
      let c = src[i]!;
      while (i < e && c !== ITEM_SEP && c !== ITEM_TAIL) {
        t = t * 10 + c - 48;
        c = src[++i]!;
      }
      this.put(doc.buf, doc.starts[doc.base + t], doc.starts[doc.base + t + 1]! - 1);
      if (i < e && c === ITEM_TAIL) {
        let j = src.indexOf(ITEM_SEP, i);
        if (j < 0 || j > e) j = e;
        this.put(src, i + 1, j);
        i = j;
      } else this.byte(125);
      i++;
    }
    return !first;
  }

  /** Copies the number at src[i] up to its comma, then `then`; returns the index after the comma. */
  private copyNumber(src: Buffer, i: number, e: number, then: Buffer): number {
    const buf = this.buf;
    let p = this.pos;
    while (i < e && src[i] !== 44) buf[p++] = src[i++]!;
    for (let k = 0; k < then.length; k++) buf[p++] = then[k]!;
    this.pos = p;
    return i + 1;
  }
}

/** The JSON of each evidence item in src[s, e) (for the rare merge that needs them as objects). */
export function itemJson(src: Buffer, s: number, e: number, doc: DocTexts): string[] {
  const out: string[] = [];
  if (s >= e) return out;
  for (const item of src.toString('utf8', s, e).split('\x03')) {
    if (item.charCodeAt(0) === ITEM_JSON) {
      out.push(item.slice(1));
      continue;
    }
    const [nums, tail] = item.split('\x05');
    const [sentence, start, end, t] = nums!.split(',');
    const at = doc.base + Number(t);
    const text = Buffer.from(doc.buf.buffer, doc.buf.byteOffset, doc.buf.length).toString(
      'utf8',
      doc.starts[at],
      doc.starts[at + 1]! - 1,
    );
    out.push(`{"doc":${doc.docJson},"sentence":${sentence},"start":${start},"end":${end},"text":${text}${tail ?? '}'}`);
  }
  return out;
}
