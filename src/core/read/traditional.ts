/**
 * Traditional → simplified folding so that 臺灣 and 台湾 match, with the 1:1 offset map kept: each run of Han
 * characters is converted as a phrase (OpenCC picks 乾隆 vs 干部 by phrase), and where the converted phrase changes
 * length the run falls back to character-by-character conversion. OpenCC's plain `t` source is used: the `tw` variant
 * rewrites simplified text too (显著 → 显着), which would corrupt the mainland reports this tool mostly reads.
 */
import * as OpenCC from 'opencc-js';
import { identityMap, type Mapped } from './offset-map.ts';

let converter: ((text: string) => string) | undefined;

function convert(text: string): string {
  // Built on first use: the dictionaries take ~40 ms to load and many callers never see traditional text.
  const convertText = (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return convertText(text);
}

const HAN_RUN = /\p{Script=Han}+/gu;

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

/** Simplified form of `text`, same length, character i of the result folds character i of `text`. */
export function foldTraditional(text: string): string {
  // Most reports are simplified already: one pass over the whole text finds nothing to change.
  if (convert(text) === text) return text;
  return text.replace(HAN_RUN, convertRun);
}

export function foldTraditionalStage(input: string): Mapped {
  return { text: foldTraditional(input), map: identityMap(input.length) };
}
