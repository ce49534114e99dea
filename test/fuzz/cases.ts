/**
 * Hostile inputs for the reader and the extractor, built from a seed so that every run feeds the same bytes. A case
 * is either bytes (a file: decodeReport first) or a string (already decoded: straight to repairText and
 * extractDocument, for what no decoder lets through, such as lone surrogates).
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { mulberry32, randInt, randomBytes, type Random } from './prng.ts';

export const SEED_FILES = ['000_4bc167e2c67f128a.txt', '004_feff5e1e4c6e468a.txt'].map(
  (f) => new URL(`../../seeds/${f}`, import.meta.url),
);

export interface FuzzCase {
  name: string;
  /** What must happen: 'rejected' = a ReportInputError naming the file; 'any' = text or such an error, never a crash. */
  expect: 'rejected' | 'any' | 'accepted';
  /** Known super-linear in extraction: the extract stage runs only with KG_FUZZ_SLOW=1 (the reason names the culprit). */
  slowExtract?: string;
  /** Known to fail the checks (the reason names the culprit): the test is expected to fail until that is fixed. */
  knownBug?: string;
  make: () => { bytes: Uint8Array } | { text: string };
}

const seedText = (i: number) => readFileSync(SEED_FILES[i]!, 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);

/** `n` characters of `unit` repeated. */
const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

function sprinkle(rand: Random, text: string, what: string[], count: number): string {
  const parts = [...text];
  for (let k = 0; k < count; k++) parts.splice(randInt(rand, 0, parts.length), 0, what[randInt(rand, 0, what.length)]!);
  return parts.join('');
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const MB = 1 << 20;
/** KG_FUZZ_SLOW=1: every extraction runs, long runs are 1 MB (minutes; to check a fix of a known culprit). */
export const FULL = process.env.KG_FUZZ_SLOW === '1';
const RUN = FULL ? MB : 128 * 1024;
const LINE_MB = FULL ? 10 : 1;
export function fuzzCases(): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (let i = 0; i < 12; i++) {
    cases.push({
      name: `random bytes #${i}`,
      expect: 'any',
      make: () => {
        const rand = mulberry32(1000 + i);
        return { bytes: randomBytes(rand, randInt(rand, 1, 64 * 1024)) };
      },
    });
  }
  for (let i = 0; i < 8; i++) {
    cases.push({
      name: `truncated GBK #${i}`,
      expect: 'any',
      make: () => {
        const gbk = iconv.encode(seedText(i % 2), 'gbk');
        const rand = mulberry32(2000 + i);
        return { bytes: gbk.subarray(0, randInt(rand, 1, gbk.length)) };
      },
    });
  }
  cases.push(
    {
      name: 'GBK cut inside its last character',
      expect: 'rejected',
      make: () => {
        const gbk = iconv.encode('白沙镇受理审批事项209件', 'gbk');
        return { bytes: gbk.subarray(0, gbk.length - 1) }; // …事项209 then the lead byte of 件 alone
      },
    },
    { name: 'zero-byte file', expect: 'rejected', make: () => ({ bytes: new Uint8Array(0) }) },
    { name: 'only whitespace', expect: 'rejected', make: () => ({ bytes: utf8(' \n\t\r\n　\n') }) },
    {
      name: 'NUL bytes in a report',
      expect: 'rejected',
      make: () => ({ bytes: utf8(sprinkle(mulberry32(3), seedText(0), ['\0'], 200)) }),
    },
    {
      name: 'all NUL bytes',
      expect: 'rejected',
      make: () => ({ bytes: new Uint8Array(100_000) }),
    },
    {
      name: 'UTF-16 with a lone surrogate',
      expect: 'rejected',
      make: () => {
        const body = Buffer.from('白沙镇\uD800受理审批事项', 'utf16le');
        return { bytes: concat(new Uint8Array([0xff, 0xfe]), body) };
      },
    },
    {
      name: 'UTF-8 encoded surrogate (CESU)',
      expect: 'any',
      make: () => ({ bytes: concat(utf8('白沙镇'), new Uint8Array([0xed, 0xa0, 0x80]), utf8('受理审批事项\n')) }),
    },
    {
      name: 'lone surrogates in decoded text',
      expect: 'accepted',
      make: () => ({ text: sprinkle(mulberry32(4), seedText(1), ['\uD800', '\uDFFF', '\uDC00\uD800', '\uDBFF'], 300) }),
    },
    {
      name: 'NUL characters in decoded text',
      expect: 'accepted',
      make: () => ({ text: sprinkle(mulberry32(5), seedText(0), ['\0', '\0\0\0'], 300) }),
    },
    {
      name: 'random UTF-16 code units',
      expect: 'accepted',
      make: () => {
        const rand = mulberry32(6);
        return { text: String.fromCharCode(...Array.from({ length: 60_000 }, () => randInt(rand, 0, 0x10000))) };
      },
    },
    {
      // linear but slow: repair ~2 µs and extraction ~20 µs a character on this 2-core machine, so 10 MB (3.5M characters)
      // takes minutes and runs only with KG_FUZZ_SLOW=1 (and its longer guard)
      name: `${LINE_MB} MB single line`,
      expect: 'accepted',
      make: () => ({ bytes: utf8(repeat(seedText(0).replace(/\s+/g, ''), (LINE_MB * MB) / 3)) }),
    },
  );
  cases.push({
    name: 'a report without punctuation (10,000 characters)',
    expect: 'accepted',
    make: () => ({ text: repeat(seedText(0).replace(/[\s\p{P}]+/gu, ''), 10_000) }),
  });
  const repeated: Array<[string, string, string?]> = [
    ['天', '天天天…'],
    ['、', '、、、…'],
    ['2020', '20202020…'],
    ['深化改革', '深化改革深化改革…'],
    ['村', '村村村…'],
    ['。', '。。。…'],
    ['\n', 'blank lines'],
    ['“', 'open quotes'],
    ['第一', '第一第一…'],
  ];
  const n = RUN;
  for (const [unit, label, slow] of repeated)
    cases.push({
      name: `repeated ${label} (${n / 1024} KB)`,
      expect: 'accepted',
      slowExtract: slow,
      make: () => ({ text: repeat(unit, n) }),
    });
  return cases;
}
