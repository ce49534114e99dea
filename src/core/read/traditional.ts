/**
 * Traditional → simplified folding so that 臺灣 and 台湾 match, with the 1:1 offset map kept: each run of Han
 * characters is converted as a phrase (OpenCC picks 乾隆 vs 干部 by phrase), and where the converted phrase changes
 * length the run falls back to character-by-character conversion. OpenCC's plain `t` source is used: the `tw` variant
 * rewrites simplified text too (显著 → 显着), which would corrupt the mainland reports this tool mostly reads.
 */
import * as OpenCC from 'opencc-js';
import type { Mapped } from './offset-map.ts';

let converter: ((text: string) => string) | undefined;

function convert(text: string): string {
  // Built on first use: the dictionaries take ~40 ms to load and many callers never see traditional text.
  const convertText = (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return convertText(text);
}

let triggers: Uint8Array | undefined;

/**
 * The code units that can make OpenCC change anything: for every dictionary entry that rewrites its key, the key's
 * characters that differ from the value. Text without any of them converts to itself, so most (simplified) reports
 * skip the conversion. Astral characters mark their high surrogate, which may only let more text through.
 */
function triggerTable(): Uint8Array {
  if (triggers) return triggers;
  const table = new Uint8Array(0x10000);
  const mark = (c: string) => (table[c.charCodeAt(0)] = 1);
  for (const dict of OpenCC.Locale.to.cn.flat()) {
    for (const entry of String(dict).split('|')) {
      const [key = '', value = ''] = entry.split(' ');
      if (key === value) continue;
      const k = [...key];
      const v = [...value];
      k.forEach((c, i) => (k.length !== v.length || c !== v[i] ? mark(c) : undefined));
    }
  }
  return (triggers = table);
}

/** A Han run holding a rewritable character, converted as a phrase (OpenCC picks by context). */
function convertRun(run: string): string {
  const phrase = convert(run);
  if (phrase.length === run.length) return phrase;
  let out = '';
  for (const ch of run) {
    const one = convert(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

const HAN_CHAR = /^\p{Script=Han}$/u;

/** Whether the code point at `i` (a code unit index; a low surrogate reads its pair) is a Han character. */
function isHanAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  if (c < 0x2e80) return false;
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return HAN_CHAR.test(String.fromCodePoint(text.codePointAt(i - 1)!));
  return HAN_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Simplified form of `text`, same length, character i of the result folds character i of `text`. */
export function foldTraditional(text: string): string {
  // Only the Han runs that hold a rewritable character are converted: most reports, simplified already, have none.
  const table = triggerTable();
  let out = '';
  let done = 0;
  for (let i = 0; i < text.length; i++) {
    if (!table[text.charCodeAt(i)] || !isHanAt(text, i)) continue;
    let a = i;
    while (a > done && isHanAt(text, a - 1)) a--;
    let b = i + 1;
    while (b < text.length && isHanAt(text, b)) b++;
    out += text.slice(done, a) + convertRun(text.slice(a, b));
    done = b;
    i = b - 1;
  }
  return done === 0 ? text : out + text.slice(done);
}

export function foldTraditionalStage(input: string): Mapped {
  return { text: foldTraditional(input), map: null };
}
