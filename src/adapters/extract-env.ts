/** Loads what the pure extraction core needs from outside: the gazetteer index and the word segmenter. */
import { loadGazetteerSync, openGazetteer } from './gazetteer/load.ts';
import { loadTokenizer } from './tokenizer.ts';
import type { ExtractEnv } from '../core/pipeline.ts';

let env: ExtractEnv | null = null;

/**
 * The environment of this thread. A worker thread passes the gazetteer blob it was sent (a view on shared memory):
 * it is opened in place, so N workers hold one copy of the index, not N.
 */
export function loadExtractEnv(gazetteerBytes?: Uint8Array): ExtractEnv {
  env ??= {
    gazetteer: gazetteerBytes ? openGazetteer(gazetteerBytes) : loadGazetteerSync(),
    tokenizer: loadTokenizer(),
  };
  return env;
}
