/**
 * Full-width digits and letters to ASCII, 1:1 per character (NFKC would also rewrite Chinese punctuation, which we
 * keep: ，。、“”（）：；！？ stay as they are because sentence splitting relies on them). Corner quotes 「」『』 of
 * Hong Kong and Taiwan texts become the mainland's “”‘’, the quotes every rule reads.
 */
import type { Mapped } from './offset-map.ts';

/** Full-width symbols that belong to numbers and codes (１．５％, Ａ＋, ２／３) and are folded with the digits. */
const NUMERIC_SYMBOLS = new Set(['％', '．', '＋', '－', '／', '＝', '＠', '＃', '＆', '＜', '＞']);

const NUMERIC_CODES = new Set([...NUMERIC_SYMBOLS].map((c) => c.charCodeAt(0)));

/** 「 」 『 』 → “ ” ‘ ’ */
const CORNER_QUOTES = new Map([
  [0x300c, 0x201c],
  [0x300d, 0x201d],
  [0x300e, 0x2018],
  [0x300f, 0x2019],
]);

function foldCode(code: number): number {
  if (code < 0x3000) return code;
  const quote = CORNER_QUOTES.get(code);
  if (quote !== undefined) return quote;
  const digit = code >= 0xff10 && code <= 0xff19;
  const letter = (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
  if (digit || letter || NUMERIC_CODES.has(code)) return code - 0xfee0;
  return code === 0x3000 ? 0x20 : code;
}

/** The half-width form of one character, or the character itself. */
export function foldWidthChar(c: string): string {
  return c.length === 1 ? String.fromCharCode(foldCode(c.charCodeAt(0))) : c;
}

/** Characters foldCode may change: the ideographic space, corner quotes and the full-width ASCII block. */
const FOLDABLE = /[\u3000\u300c-\u300f\uff01-\uff5e]/g;

/** 1:1 per character, so the map is the identity. */
export function foldWidth(input: string): Mapped {
  return { text: input.replace(FOLDABLE, foldWidthChar), map: null };
}
