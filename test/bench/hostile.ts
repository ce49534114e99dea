/**
 * Scaling of the reader and the extractor on hostile inputs (npm run bench:hostile [kind…]): for each kind of input,
 * time repairText and extractDocument at doubling sizes, and print the growth factor per doubling (about 2 is linear,
 * about 4 quadratic). The inputs are the fuzz test's (test/fuzz/cases.ts); a kind's sizes stop once one run passes
 * STOP_MS, so a quadratic culprit shows without running for hours.
 */
import { readFileSync } from 'node:fs';
import { loadExtractEnv } from '../../src/adapters/extract-env.ts';
import { extractDocument } from '../../src/core/pipeline.ts';
import { repairText } from '../../src/core/read/repair.ts';
import { SEED_FILES } from '../fuzz/cases.ts';

const STOP_MS = 15_000;
const SIZES = [16_384, 32_768, 65_536, 131_072, 262_144, 524_288, 1_048_576];

const seed = (i: number) => readFileSync(SEED_FILES[i]!, 'utf8');
const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const KINDS: Record<string, (n: number) => string> = {
  'report, repeated (lines kept)': (n) => repeat(seed(1), n),
  'report as one line': (n) => repeat(seed(0).replace(/\s+/g, ''), n),
  'report without punctuation': (n) => repeat(seed(0).replace(/[\s\p{P}]+/gu, ''), n),
  '天天天…': (n) => repeat('天', n),
  '、、、…': (n) => repeat('、', n),
  '20202020…': (n) => repeat('2020', n),
  '深化改革深化改革…': (n) => repeat('深化改革', n),
};

const env = loadExtractEnv();
const only = process.argv.slice(2);
for (const [kind, make] of Object.entries(KINDS)) {
  if (only.length && !only.some((o) => kind.includes(o))) continue;
  let previous = 0;
  for (const n of SIZES) {
    const text = make(n);
    let t = performance.now();
    repairText(text);
    const repairMs = performance.now() - t;
    t = performance.now();
    const graph = extractDocument({ docId: 'bench', path: 'bench', text, sha256: '', encoding: 'utf-8' }, env);
    const extractMs = performance.now() - t;
    const growth = previous ? `×${(extractMs / previous).toFixed(1)}` : '';
    const json = (JSON.stringify(graph).length / 1e6).toFixed(1);
    console.log(
      `${kind.padEnd(30)} ${String(n).padStart(8)} chars  repair ${repairMs.toFixed(0).padStart(6)} ms  extract ${extractMs.toFixed(0).padStart(6)} ms ${growth.padStart(6)}  graph ${json} MB`,
    );
    previous = extractMs;
    if (extractMs + repairMs > STOP_MS) break;
  }
}
