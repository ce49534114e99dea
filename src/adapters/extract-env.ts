/** Loads what the pure extraction core needs from outside: the gazetteer index and the word segmenter. */
import { loadGazetteerSync } from './gazetteer/load.ts';
import { loadTokenizer } from './tokenizer.ts';
import type { ExtractEnv } from '../core/pipeline.ts';

let env: ExtractEnv | null = null;

export function loadExtractEnv(): ExtractEnv {
  env ??= { gazetteer: loadGazetteerSync(), tokenizer: loadTokenizer() };
  return env;
}
