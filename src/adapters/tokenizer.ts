/** The word segmenter for the extraction core: jieba (via @node-rs/jieba, native, fast) with its default dictionary. */
import { createRequire } from 'node:module';
import type { Tokenizer } from '../core/recognize/programs.ts';

const require = createRequire(import.meta.url);

let shared: Tokenizer | null = null;

export function loadTokenizer(): Tokenizer {
  if (shared) return shared;
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const jieba = Jieba.withDict(dict);
  shared = { tag: (text: string) => jieba.tag(text, true) };
  return shared;
}
