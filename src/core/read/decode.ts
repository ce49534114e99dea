/**
 * decodeReport: bytes → text, refusing to guess. Reports arrive as UTF-8 (with or without BOM), UTF-16 (Word's
 * "Unicode text", with or without BOM) or GB18030/GBK (Windows Chinese). Each candidate must decode strictly AND give
 * plausible text, because GB18030 and UTF-16 "succeed" on most random bytes; anything else is a ReportInputError that
 * names the file and says what to do.
 */

export type ReportEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export class ReportInputError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ReportInputError';
    this.file = file;
  }
}

/** File signatures of formats that are not text, with what to do about them. */
const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF file, not text; name it .pdf (or extract its text) and retry' },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP/Office file, not text; name a Word file .docx, or save it as UTF-8 text, and retry',
  },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office (doc, xls) file; save it as UTF-8 text and retry' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image, not a report; remove it from the input' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image, not a report; remove it from the input' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image, not a report; remove it from the input' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive; unpack it and retry' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable, not a report; remove it from the input' },
];

/** Control characters other than tab, line breaks and form feed: a text file has (almost) none. */
function isControl(code: number): boolean {
  return (code < 0x20 && !(code >= 0x09 && code <= 0x0d)) || code === 0x7f;
}
const MAX_CONTROL_SHARE = 0.01;
/** Characters a Chinese report is made of: ASCII, Latin-1, general punctuation, CJK symbols, kana, the basic Han block,
 * full-width forms. Text decoded with the wrong encoding lands mostly elsewhere (Hangul, extension blocks, PUA). */
const COMMON = /[\t\n\f\r\u0020-\u007e\u00a0-\u00ff\u2000-\u206f\u2100-\u25ff\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/g;
const MIN_COMMON_SHARE = 0.9;
/** Thresholds of plausibleGb (below). */
const MIN_GB2312_SHARE = 0.85;
const MIN_LEVEL1_SHARE = 0.8;
const MIN_HAN_FOR_LEVEL_TEST = 20;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function hex(b: number): string {
  return `0x${b.toString(16).padStart(2, '0')}`;
}

function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function share(text: string, pattern: RegExp): number {
  return text.length === 0 ? 0 : (text.match(pattern)?.length ?? 0) / text.length;
}

function controlShare(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) n++;
  return text.length === 0 ? 0 : n / text.length;
}

/** Not binary; and, for decodings that succeed on arbitrary bytes (GB18030, UTF-16), made of common characters. */
function looksLikeText(text: string, { guessed }: { guessed: boolean }): boolean {
  if (controlShare(text) > MAX_CONTROL_SHARE) return false;
  return !guessed || share(text, COMMON) >= MIN_COMMON_SHARE;
}

/** Offset of the first byte that is not valid UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

/**
 * GB18030 accepts most byte soup, so its output must look like real Chinese at the byte level: nearly all two-byte
 * characters inside GB2312 (lead and trail bytes 0xA1–0xFE; ~0.35 of random pairs), and nearly all of its Han
 * characters in level 1, the 3,755 everyday ones (lead 0xB0–0xD7; 99.6% in the seeds, ~0.55 for random GB2312).
 */
function plausibleGb(bytes: Uint8Array): boolean {
  let pairs = 0;
  let gb2312 = 0;
  let han = 0;
  let level1 = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    const trail = bytes[i + 1];
    if (lead < 0x80) i += 1;
    else if (trail >= 0x30 && trail <= 0x39) i += 4;
    else {
      pairs++;
      if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) {
        gb2312++;
        if (lead >= 0xb0) han++;
        if (lead >= 0xb0 && lead <= 0xd7) level1++;
      }
      i += 2;
    }
  }
  if (pairs > 0 && gb2312 / pairs < MIN_GB2312_SHARE) return false;
  return han < MIN_HAN_FOR_LEVEL_TEST || level1 / han >= MIN_LEVEL1_SHARE;
}

const NUL_PARITY_RATIO = 4;

/**
 * UTF-16 without BOM: every ASCII character (a newline, a digit) puts a NUL in the same half of its code unit, so the
 * NULs of a UTF-16 text all sit at odd offsets (little-endian) or all at even ones (big-endian). Binary files have
 * NULs on both sides. Some Han characters have a NUL byte too (一 is U+4E00), about 1 in 256, hence a ratio rather
 * than "all". Returns the byte order, or null; the decoded text must still look like text.
 */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > 0 && even * NUL_PARITY_RATIO <= odd) return 'utf-16le';
  if (even > 0 && odd * NUL_PARITY_RATIO <= even) return 'utf-16be';
  return null;
}

type Decoded = { text: string; encoding: ReportEncoding };

function decodeWithBom(bytes: Uint8Array): Decoded | 'invalid' | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strict('utf-8', bytes.subarray(3));
    return text === null ? 'invalid' : { text, encoding: 'utf-8-bom' };
  }
  for (const [bom, encoding] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (!startsWith(bytes, bom)) continue;
    const text = strict(encoding, bytes.subarray(2));
    return text === null ? 'invalid' : { text, encoding };
  }
  return null;
}

function decodeWithoutBom(bytes: Uint8Array): Decoded | null {
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) {
    const text = strict(utf16, bytes);
    return text !== null && looksLikeText(text, { guessed: true }) ? { text, encoding: utf16 } : null;
  }
  if (bytes.includes(0)) return null; // NUL bytes outside UTF-16: binary
  const utf8 = strict('utf-8', bytes);
  // Strict UTF-8 almost never accepts bytes that are not UTF-8: valid UTF-8 in any script is text, unless binary.
  if (utf8 !== null) return looksLikeText(utf8, { guessed: false }) ? { text: utf8, encoding: 'utf-8' } : null;
  const gb = strict('gb18030', bytes);
  if (gb !== null && looksLikeText(gb, { guessed: true }) && plausibleGb(bytes))
    return { text: gb, encoding: 'gb18030' };
  // UTF-16 without a BOM and without NUL bytes would be one line of Chinese with no ASCII at all: too rare to be
  // worth the risk of reading arbitrary bytes as Chinese, so it is not tried.
  return null;
}

function undecodable(file: string, bytes: Uint8Array): ReportInputError {
  // GB18030 text whose last character is cut off: the file was truncated (a copy or download that stopped)
  const whole = bytes.length > 1 ? strict('gb18030', bytes.subarray(0, bytes.length - 1)) : null;
  if (whole !== null && looksLikeText(whole, { guessed: true }) && plausibleGb(bytes.subarray(0, bytes.length - 1)))
    return new ReportInputError(
      file,
      'GB18030/GBK text that ends inside a character: the file looks truncated; copy it again',
    );
  const at = firstInvalidUtf8(bytes);
  const where = at >= 0 ? ` (byte ${hex(bytes[at])} at offset ${at})` : '';
  const binary = bytes.includes(0) || controlShare(new TextDecoder('latin1').decode(bytes)) > MAX_CONTROL_SHARE;
  const what = binary ? 'looks like a binary file, not text' : 'not UTF-8, UTF-16 or GB18030 text';
  return new ReportInputError(file, `${what}${where}; convert it to UTF-8 and retry`);
}

/** Decode a report's bytes; `file` only names the file in errors. The BOM is not part of `text`. */
export function decodeReport(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new ReportInputError(file, 'the file is empty; remove it or add the report text');
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) throw new ReportInputError(file, `this is ${magic.what}`);
  const decoded = decodeWithBom(bytes) ?? decodeWithoutBom(bytes);
  if (decoded === 'invalid') {
    throw new ReportInputError(
      file,
      'has a byte-order mark but its text does not decode; re-save it as UTF-8 and retry',
    );
  }
  if (decoded === null) throw undecodable(file, bytes);
  if (decoded.text.trim() === '') {
    throw new ReportInputError(file, 'contains only whitespace; remove it or add the report text');
  }
  return decoded;
}
