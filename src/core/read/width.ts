/**
 * Full-width digits and letters to ASCII, 1:1 per character (NFKC would also rewrite Chinese punctuation, which we
 * keep: ，。、“”（）：；！？ stay as they are because sentence splitting relies on them).
 */
import { MappedBuilder, type Mapped } from './offset-map.ts';

/** Full-width symbols that belong to numbers and codes (１．５％, Ａ＋, ２／３) and are folded with the digits. */
const NUMERIC_SYMBOLS = new Set(['％', '．', '＋', '－', '／', '＝', '＠', '＃', '＆', '＜', '＞']);

/** The half-width form of one character, or the character itself. */
export function foldWidthChar(c: string): string {
  const code = c.charCodeAt(0);
  if (c.length !== 1) return c;
  const digit = code >= 0xff10 && code <= 0xff19;
  const letter = (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
  if (digit || letter || NUMERIC_SYMBOLS.has(c)) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  return c;
}

export function foldWidth(input: string): Mapped {
  const out = new MappedBuilder();
  for (let i = 0; i < input.length; i++) out.push(foldWidthChar(input[i]), i);
  return out.build(input.length);
}
