/**
 * A build-cache entry: one document's graph in a compact form the merge streams without parsing JSON.
 *
 * In the output every evidence repeats its sentence's text (the schema wants it there), so a graph is ~40× its report.
 * An entry stores each distinct evidence text once and each evidence as its numbers; the text is put back only while
 * the merged graph is written (build-merge.ts). Layout (UTF-8):
 *   line 1        header JSON: { format, doc, nodes, edges, texts, textBytes, bodyBytes, crc, sample }
 *   then          one record per line: `<prefix> TAB <evidence> TAB <suffix>`, nodes then edges, each sorted by key;
 *                 prefix + `[` + evidence items, comma-separated + `]` + suffix is the record's JSON, and the prefix
 *                 starts with `{"key":<key JSON>`; an edge's prefix is often only that and \x07 (see `edgePrefix`)
 *   last          `texts` lines: the JSON string of each distinct evidence text
 * An evidence item `{"doc":<this doc>,"sentence":S,"start":A,"end":B,"text":<text t>…}` is `S,A,B,t`, followed by
 * \x05 and the JSON after the text when there is more than `}` (page and box of PDF input); any other shape is \x06
 * and the evidence's own JSON. Items are separated by \x03. JSON never contains raw control characters, so TAB, \n,
 * \x03, \x05, \x06 and \x07 cannot occur inside the JSON fragments.
 * `crc` (CRC-32 of the body) catches a truncated or damaged entry; such an entry is treated as missing and rebuilt.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import type { DocumentGraph } from '../core/graph/builder.ts';
import type { Evidence, SerializedEdge, SerializedNode } from '../core/graph/schema.ts';

export const ENTRY_FORMAT = 4;
/** One key in SAMPLE_EVERY goes into the header: the merge picks its partition bounds from these. */
const SAMPLE_EVERY = 64;
export const ITEM_SEP = 3;
export const ITEM_TAIL = 5;
export const ITEM_JSON = 6;

export interface EntryHeader {
  format: number;
  doc: string;
  nodes: number;
  edges: number;
  /** Distinct evidence texts (the last `texts` lines of the body), and their bytes. */
  texts: number;
  textBytes: number;
  bodyBytes: number;
  crc: number;
  /** Every SAMPLE_EVERY-th node key and edge key. */
  sample: { nodes: string[]; edges: string[] };
}

/** The key of the record line starting at `start` (`{"key":"…"`, the string read up to its closing quote). */
export function recordKey(buf: Buffer, start: number): string {
  let i = start + 8;
  let escaped = false;
  for (let c = buf[i]; c !== 34; c = buf[i])
    if (c === 92) {
      escaped = true;
      i += 2;
    } else i++;
  // a key without escapes is its bytes between the quotes (most are)
  return escaped ? (JSON.parse(buf.toString('utf8', start + 7, i + 1)) as string) : buf.toString('utf8', start + 8, i);
}

function sample(keys: { key: string }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < keys.length; i += SAMPLE_EVERY) out.push(keys[i]!.key);
  return out;
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Texts of one entry, numbered in order of first use. */
class TextTable {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(text, id);
      this.list.push(text);
    }
    return id;
  }
}

/** Writes one evidence as an item; `${n}` is JSON.stringify(n) for finite numbers. */
function putItem(w: Writer, e: Evidence, doc: string, texts: TextTable): void {
  const keys = Object.keys(e);
  const standard =
    keys[0] === 'doc' &&
    keys[1] === 'sentence' &&
    keys[2] === 'start' &&
    keys[3] === 'end' &&
    keys[4] === 'text' &&
    e.doc === doc &&
    typeof e.text === 'string' &&
    finite(e.sentence) &&
    finite(e.start) &&
    finite(e.end);
  if (!standard) {
    w.byte(ITEM_JSON);
    return w.put(JSON.stringify(e));
  }
  w.num(e.sentence);
  w.byte(44);
  w.num(e.start);
  w.byte(44);
  w.num(e.end);
  w.byte(44);
  w.num(texts.id(e.text));
  if (keys.length === 5) return;
  const rest: Record<string, unknown> = {};
  for (const k of keys.slice(5)) rest[k] = (e as unknown as Record<string, unknown>)[k];
  const json = JSON.stringify(rest);
  if (json !== '{}') w.put(`\x05,${json.slice(1)}`);
}

/** A number no graph holds: where it stands in the record's JSON, the evidence list goes. */
const MARK = 1.2345678901234e-300;
const MARK_JSON = `"evidence":${JSON.stringify(MARK)}`;
const EVIDENCE_KEY = '"evidence":'.length;

/**
 * Grows as needed and is reused by every entry this thread encodes. Strings are written piece by piece: joining them
 * first and converting the joined (two-byte, Chinese) string to UTF-8 measured 2-3× slower. Evidence items (ASCII
 * digits and separators) go in byte by byte: building each item as a string first measured ~7% slower encoding.
 */
class Writer {
  buf = Buffer.allocUnsafe(1 << 20);
  pos = 0;
  /** Makes room for `bytes` more bytes. */
  room(bytes: number): void {
    if (this.buf.length - this.pos >= bytes) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + bytes));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }
  put(s: string): void {
    this.room(s.length * 3);
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }
  byte(c: number): void {
    this.room(1);
    this.buf[this.pos++] = c;
  }
  /** A finite number as `${n}`: the digits of a non-negative 32-bit integer are written here, others as a string. */
  num(n: number): void {
    if (n >>> 0 !== n) return this.put(`${n}`);
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    this.room(digits);
    this.pos += digits;
    for (let i = this.pos - 1, x = n; i >= this.pos - digits; i--, x = Math.floor(x / 10)) this.buf[i] = 48 + (x % 10);
  }
}
const writer = new Writer();

function putRecord(w: Writer, r: SerializedNode | SerializedEdge, doc: string, texts: TextTable): void {
  const ev = r.attributes.evidence;
  let suffix = 'source' in r ? shortEdge(r) : null;
  if (suffix !== null) {
    w.put('{"key":');
    w.put(JSON.stringify(r.key));
    w.byte(EDGE);
  } else {
    // the evidence list is swapped for MARK while the record is serialised (it keeps its place among the keys)
    const attrs = r.attributes as { evidence: unknown };
    attrs.evidence = MARK;
    let json: string;
    try {
      json = JSON.stringify(r);
    } finally {
      attrs.evidence = ev;
    }
    const at = json.indexOf(MARK_JSON);
    if (at < 0 || !json.startsWith('{"key":"'))
      throw new Error(`build cache: record ${r.key} does not start with its key or has no evidence list`);
    const prefix = json.slice(0, at + EVIDENCE_KEY);
    w.put(edgePrefix(r, prefix) ?? prefix);
    suffix = `${json.slice(at + MARK_JSON.length)}\n`;
  }
  w.byte(9);
  for (let i = 0; i < ev.length; i++) {
    if (i) w.byte(ITEM_SEP);
    putItem(w, ev[i]!, doc, texts);
  }
  w.byte(9);
  w.put(suffix);
}

/**
 * Most records are edges as the core's builder makes them: `{key, source, target, attributes: {type, evidence,
 * …}}` with the key `<type>:<source>-><target>`. Their line is written without serialising the record: the prefix is
 * the short form of `edgePrefix`, and this returns the suffix: the JSON of the attributes after the evidence (status,
 * year, rank), `}}` and the line's end — the bytes the general path writes (JSON.stringify keeps the keys' order).
 * Null for any other shape.
 */
function shortEdge(r: SerializedEdge): string | null {
  const { key, source, target, attributes: attrs } = r;
  const type = attrs.type;
  if (typeof source !== 'string' || typeof target !== 'string' || typeof type !== 'string') return null;
  // as in edgePrefix: the reader splits the key at its first ':' and at the first '->' after it
  if (type.includes(':') || source.includes('->') || key !== `${type}:${source}->${target}`) return null;
  const rk = Object.keys(r);
  if (rk.length !== 4 || rk[0] !== 'key' || rk[1] !== 'source' || rk[2] !== 'target' || rk[3] !== 'attributes')
    return null;
  const ak = Object.keys(attrs);
  if (ak[0] !== 'type' || ak[1] !== 'evidence') return null;
  let suffix = '}}\n';
  if (ak.length > 2) {
    const rest = JSON.stringify(
      Object.fromEntries(ak.slice(2).map((k) => [k, (attrs as unknown as Record<string, unknown>)[k]])),
    );
    if (rest !== '{}') suffix = `,${rest.slice(1)}}\n`;
  }
  return suffix;
}

/**
 * An edge's prefix repeats its key: `{"key":"RUNS:place:1->program:x","source":"place:1","target":"program:x",
 * "attributes":{"type":"RUNS","evidence":` is half of an entry. When the key is `<type>:<source>-><target>` (the
 * core's edgeKey) and the source holds no `->`, the prefix is stored as `{"key":<key JSON>` and \x07, and
 * `expandEdgePrefix` cuts the rest out of the key's JSON. Null when the edge is not of that shape.
 */
function edgePrefix(r: SerializedNode | SerializedEdge, prefix: string): string | null {
  if (!('source' in r)) return null;
  const type = r.attributes.type;
  const { key, source, target } = r;
  const plain = !type.includes(':') && key.indexOf('->', type.length + 1) === type.length + 1 + source.length;
  if (!plain || key !== `${type}:${source}->${target}`) return null;
  const k = JSON.stringify(key);
  const full = `{"key":${k},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)},"attributes":{"type":${JSON.stringify(type)},"evidence":`;
  return prefix === full ? `{"key":${k}\x07` : null;
}

const EDGE = 7;
const SOURCE = Buffer.from(',"source":"');
const TARGET = Buffer.from('","target":"');
const TYPE = Buffer.from('","attributes":{"type":"');
const EVIDENCE = Buffer.from('","evidence":');

/** Writes the record prefix buf[s, e) as JSON, expanding an edge's short form (see `edgePrefix`). */
export function putPrefix(
  out: { put(src: Uint8Array, s?: number, e?: number): void },
  buf: Buffer,
  s: number,
  e: number,
): void {
  if (buf[e - 1] !== EDGE) return out.put(buf, s, e);
  // buf[s, e) is `{"key":"<type>:<source>-><target>"` and \x07; none of ':', '-', '>' occurs inside a JSON escape
  const q = s + 7; // the key's opening quote
  const colon = buf.indexOf(58, q);
  let arrow = colon + 1;
  while (!(buf[arrow] === 45 && buf[arrow + 1] === 62)) arrow++;
  out.put(buf, s, e - 1);
  out.put(SOURCE);
  out.put(buf, colon + 1, arrow);
  out.put(TARGET);
  out.put(buf, arrow + 2, e - 2);
  out.put(TYPE);
  out.put(buf, q + 1, colon);
  out.put(EVIDENCE);
}

/** Serialises a document graph as an entry (header line + body), as bytes ready to write. */
export function encodeEntry(graph: DocumentGraph): { bytes: Buffer; header: EntryHeader } {
  const texts = new TextTable();
  const w = writer;
  w.pos = 0;
  for (const n of graph.nodes) putRecord(w, n, graph.doc, texts);
  for (const e of graph.edges) putRecord(w, e, graph.doc, texts);
  const recordBytes = w.pos;
  for (const t of texts.list) w.put(`${JSON.stringify(t)}\n`);
  const body = w.buf.subarray(0, w.pos);
  const header: EntryHeader = {
    format: ENTRY_FORMAT,
    doc: graph.doc,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    texts: texts.list.length,
    textBytes: body.length - recordBytes,
    bodyBytes: body.length,
    crc: crc32(body),
    sample: { nodes: sample(graph.nodes), edges: sample(graph.edges) },
  };
  return { bytes: Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]), header };
}

function validHeader(h: EntryHeader): boolean {
  return (
    h.format === ENTRY_FORMAT &&
    typeof h.doc === 'string' &&
    Number.isInteger(h.nodes) &&
    Number.isInteger(h.edges) &&
    Number.isInteger(h.texts) &&
    Number.isInteger(h.textBytes) &&
    Number.isInteger(h.bodyBytes) &&
    Array.isArray(h.sample?.nodes) &&
    Array.isArray(h.sample?.edges)
  );
}

/** Read for headers: most fit in the first few kilobytes (a build looks up every report's entry). */
const HEAD = Buffer.alloc(64 * 1024);

/** The header of an entry, or null when there is none or it is not a valid header (the body is checked later). */
export function readEntryHeader(path: string): EntryHeader | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    let n = readSync(fd, HEAD, 0, 8192, 0);
    let nl = HEAD.subarray(0, n).indexOf(10);
    if (nl < 0 && n === 8192) {
      n += readSync(fd, HEAD, n, HEAD.length - n, n);
      nl = HEAD.subarray(0, n).indexOf(10);
    }
    if (nl < 0) return null;
    const h = JSON.parse(HEAD.toString('utf8', 0, nl)) as EntryHeader;
    return validHeader(h) ? h : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

export interface EntryRecords {
  header: EntryHeader;
  /** The body, UTF-8: record lines, then text lines (never decoded whole: the merge copies records as bytes). */
  body: Buffer;
  /** Start of each line in `body` (records, then texts), and body.length at the end. */
  starts: number[];
}

/** The lines of an entry, checked against its header: null when the entry is damaged (size, CRC, count, doc). */
export function readEntryRecords(path: string, doc: string): EntryRecords | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  const nl = bytes.indexOf(10);
  if (nl < 0) return null;
  let header: EntryHeader;
  try {
    header = JSON.parse(bytes.subarray(0, nl).toString('utf8')) as EntryHeader;
  } catch {
    return null;
  }
  const body = bytes.subarray(nl + 1);
  if (!validHeader(header) || header.doc !== doc || body.length !== header.bodyBytes) return null;
  if (crc32(body) !== header.crc) return null;
  const starts = [0];
  for (let at = body.indexOf(10); at >= 0; at = body.indexOf(10, at + 1)) starts.push(at + 1);
  const n = header.nodes + header.edges;
  if (starts.at(-1) !== body.length || starts.length - 1 !== header.texts + n) return null;
  if (body.length - starts[n]! !== header.textBytes) return null;
  return { header, body, starts };
}
