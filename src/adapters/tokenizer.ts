/** The word segmenter for the extraction core: jieba (via @node-rs/jieba, native, fast) with its default dictionary. */
import { createRequire } from 'node:module';
import type { TaggedWord, Tokenizer } from '../core/recognize/programs.ts';

const SEPARATOR = '，';

const require = createRequire(import.meta.url);

let shared: Tokenizer | null = null;

export function loadTokenizer(): Tokenizer {
  if (shared) return shared;
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const jieba = Jieba.withDict(dict);
  shared = {
    // clauses hold no full-width comma (they are cut at it), and jieba cuts blocks at punctuation and gives it a token
    // of its own: joined by one, each clause is segmented exactly as alone
    tagAll(texts: string[]) {
      if (texts.some((t) => t.includes(SEPARATOR))) return texts.map((t) => jieba.tag(t, true));
      const out: TaggedWord[][] = [[]];
      for (const w of jieba.tag(texts.join(SEPARATOR), true))
        if (w.word === SEPARATOR) out.push([]);
        else out[out.length - 1]!.push(w);
      return texts.length ? out : [];
    },
  };
  return shared;
}
