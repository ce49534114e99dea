import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeReport, ReportInputError } from '../../../src/core/read/decode.ts';

const TEXT = '2020年，白沙镇荣膺“中国特色小城镇品牌传播百强”。\n新增就业3284人，发放创业担保贷款2588万元。\n';
const CJK_ONLY = '柏林镇紧扣乡村振兴，以农业生产为统揽着力保障农民粮食安全。\n';

function bytes(...parts: (number[] | Uint8Array)[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
}

/** Deterministic pseudo-random bytes in [lo, hi]. */
function noise(length: number, lo = 0, hi = 255, seed = 42): Uint8Array {
  let s = seed;
  return new Uint8Array(length).map(() => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return lo + (s % (hi - lo + 1));
  });
}

describe('decodeReport', () => {
  it.each([
    ['UTF-8', bytes(Buffer.from(TEXT)), 'utf-8'],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], Buffer.from(TEXT)), 'utf-8-bom'],
    ['UTF-16LE with BOM', bytes([0xff, 0xfe], Buffer.from(TEXT, 'utf16le')), 'utf-16le'],
    ['UTF-16BE with BOM', bytes([0xfe, 0xff], iconv.encode(TEXT, 'utf16-be')), 'utf-16be'],
    ['UTF-16LE without BOM', bytes(Buffer.from(TEXT, 'utf16le')), 'utf-16le'],
    ['UTF-16BE without BOM', bytes(iconv.encode(TEXT, 'utf16-be')), 'utf-16be'],
    ['GBK', bytes(iconv.encode(TEXT, 'gbk')), 'gb18030'],
    ['GB18030', bytes(iconv.encode(TEXT, 'gb18030')), 'gb18030'],
  ])('reads %s', (_name, input, encoding) => {
    const out = decodeReport(input, 'r.txt');
    expect(out.encoding).toBe(encoding);
    expect(out.text).toBe(TEXT); // the BOM is not part of the text
  });

  it.each([
    ['UTF-16LE', 'utf16le', 'utf-16le'],
    ['UTF-16BE', 'utf16-be', 'utf-16be'],
  ] as const)('reads %s without BOM when only newlines are ASCII', (_name, iconvName, encoding) => {
    const text = CJK_ONLY.repeat(3);
    expect(decodeReport(bytes(iconv.encode(text, iconvName)), 'r.txt')).toEqual({ text, encoding });
  });

  it('reads UTF-8 in any script (a Russian summary is text, not a decoding error)', () => {
    const text = 'Отчёт о работе посёлка за 2020 год.\n';
    expect(decodeReport(bytes(Buffer.from(text)), 'r.txt')).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads GBK text that contains 一 (U+4E00, a NUL byte in UTF-16) without mistaking it', () => {
    const text = '一一对应，一年一度。\n';
    expect(decodeReport(bytes(iconv.encode(text, 'gbk')), 'r.txt')).toEqual({ text, encoding: 'gb18030' });
  });

  it.each([
    ['an empty file', new Uint8Array(0), /r\.txt: the file is empty/],
    ['a whitespace-only file', bytes(Buffer.from(' \n\t\r\n ')), /r\.txt: contains only whitespace/],
    ['a whitespace-only UTF-16 file', bytes([0xff, 0xfe], Buffer.from(' \n', 'utf16le')), /only whitespace/],
    ['random bytes', noise(4000), /r\.txt: looks like a binary file, not text .*convert it to UTF-8 and retry/],
    [
      'random high bytes',
      noise(4000, 0x81, 0xfe),
      /r\.txt: not UTF-8, UTF-16 or GB18030 text \(byte 0x[0-9a-f]{2} at offset \d+\)/,
    ],
    [
      'random GB2312 characters (valid GBK, but not Chinese anyone wrote)',
      noise(4000, 0xb0, 0xf7).map((b, i) => (i % 2 ? 0xa1 + (b % 94) : b)),
      /not UTF-8, UTF-16 or GB18030/,
    ],
    [
      'Latin-1 text',
      bytes(Buffer.from('café au lait, crème brûlée', 'latin1')),
      /\(byte 0xe9 at offset 3\); convert it to UTF-8/,
    ],
    [
      'Big5 text',
      bytes(iconv.encode('柏林鎮緊扣鄉村振興，以農業生產為統攬著力保障農民糧食安全。'.repeat(4), 'big5')),
      /not UTF-8, UTF-16 or GB18030/,
    ],
    ['text with NULs on both byte halves', bytes(Buffer.from('abc\u0000def\u0000\u0000gh\u0000')), /binary/],
    ['UTF-8 text full of control characters', bytes(Buffer.from('\u0001\u0002\u0003abc\u0004\u0005')), /binary/],
    ['a PNG image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], noise(100)), /PNG image/],
    ['a JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0], noise(100)), /JPEG image/],
    ['a zip/docx file', bytes(Buffer.from('PK\u0003\u0004'), noise(100)), /ZIP\/Office/],
    ['a PDF file', bytes(Buffer.from('%PDF-1.7\n'), noise(100)), /PDF file, not text; name it \.pdf/],
    [
      'a BOM followed by invalid UTF-8',
      bytes([0xef, 0xbb, 0xbf, 0xc3, 0x28]),
      /byte-order mark .* re-save it as UTF-8/,
    ],
    ['UTF-16 with BOM and a lone surrogate', bytes([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), /byte-order mark/],
  ])('refuses %s with a ReportInputError naming the file', (_name, input, message) => {
    let error: unknown;
    try {
      decodeReport(input, 'r.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportInputError);
    expect((error as ReportInputError).file).toBe('r.txt');
    expect((error as Error).message).toMatch(message);
  });
});
