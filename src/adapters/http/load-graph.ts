/**
 * What `kg serve` shows: a graph.json written by `kg build`, or reports built on the spot with the same library
 * call `kg build` makes (buildGraph: cache, workers, per-file errors).
 */
import { readFile } from 'node:fs/promises';
import type { SerializedGraph } from '../../core/graph/schema.ts';
import { buildGraph } from '../build.ts';
import { parseGraphJson } from './graph-view.ts';

export async function readGraphFile(file: string): Promise<SerializedGraph> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new Error(
      `kg serve: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); give a graph.json or report files.`,
      { cause: e },
    );
  }
  return parseGraphJson(text, file);
}

/** Bad files are reported one line each and left out, as `kg build` does; no report at all is an error. */
export async function buildReports(paths: string[], log: (m: string) => void): Promise<SerializedGraph> {
  log(`kg serve: building ${paths.join(', ')} …`);
  const result = await buildGraph(paths);
  for (const e of result.errors) log(e);
  if (!result.documents)
    throw new Error(`kg serve: no report could be built from ${paths.join(', ')}; give .txt reports or a graph.json.`);
  return result.graph;
}

export async function loadServeGraph(inputs: string[], log: (m: string) => void): Promise<SerializedGraph> {
  const json = inputs.filter((p) => p.endsWith('.json'));
  if (json.length > 1 || (json.length === 1 && inputs.length > 1)) {
    throw new Error('kg serve: give one graph.json, or report files/folders to build — not both.');
  }
  if (json.length === 1) return readGraphFile(json[0]!);
  return buildReports(inputs, log);
}
