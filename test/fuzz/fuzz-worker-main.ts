/**
 * Runs fuzz cases in a worker thread, so that the test can stop one that does not finish (synchronous extraction
 * cannot be interrupted any other way). Posts the stage it enters before each stage: a case that is stopped says
 * where it was.
 */
import { parentPort } from 'node:worker_threads';
import { loadExtractEnv } from '../../src/adapters/extract-env.ts';
import { extractDocument } from '../../src/core/pipeline.ts';
import { decodeReport, ReportInputError } from '../../src/core/read/decode.ts';
import { repairText } from '../../src/core/read/repair.ts';
import { fuzzCases } from './cases.ts';

export type Stage = 'make' | 'decode' | 'repair' | 'extract';
export type CaseResult =
  | { outcome: 'ok'; ms: Record<string, number>; chars: number; nodes: number; graphChars: number; extracted: boolean }
  | { outcome: 'input-error'; message: string }
  | { outcome: 'crash'; stage: Stage; message: string };

const env = loadExtractEnv();
const cases = new Map(fuzzCases().map((c) => [c.name, c]));

function run(name: string, file: string, extract: boolean): CaseResult {
  const ms: Record<string, number> = {};
  let stage: Stage = 'make';
  let t = performance.now();
  const enter = (next: Stage) => {
    ms[stage] = Math.round(performance.now() - t);
    stage = next;
    t = performance.now();
    parentPort!.postMessage({ stage });
  };
  try {
    const input = cases.get(name)!.make();
    enter('decode');
    const text = 'bytes' in input ? decodeReport(input.bytes, file).text : input.text;
    enter('repair');
    const clean = repairText(text);
    if (clean.offsets.length !== clean.text.length + 1) throw new Error('repairText: offset map of the wrong length');
    let nodes = 0;
    let graphChars = 0;
    if (extract) {
      enter('extract');
      const graph = extractDocument({ docId: 'fuzz', path: file, text, sha256: '', encoding: 'fuzz' }, env);
      nodes = graph.nodes.length;
      graphChars = JSON.stringify(graph).length; // what kg build writes (and holds) for this report
    }
    ms[stage] = Math.round(performance.now() - t);
    return { outcome: 'ok', ms, chars: text.length, nodes, graphChars, extracted: extract };
  } catch (error) {
    if (error instanceof ReportInputError) return { outcome: 'input-error', message: error.message };
    return { outcome: 'crash', stage, message: (error as Error).stack ?? String(error) };
  }
}

parentPort!.on('message', (msg: { name: string; file: string; extract: boolean }) => {
  parentPort!.postMessage({ result: run(msg.name, msg.file, msg.extract) });
});
parentPort!.postMessage({ ready: true });
