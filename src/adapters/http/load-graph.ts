/**
 * What `kg serve` shows: a graph.json written by `kg build`, or reports built on the spot by running `kg build`
 * (the same code path and checks as the command itself, in a child process so a crash in extraction names itself).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SerializedGraph } from '../../core/graph/schema.ts';
import { parseGraphJson } from './graph-view.ts';
import { REPO_ROOT } from './viz-build.ts';

const run = promisify(execFile);

export async function readGraphFile(file: string): Promise<SerializedGraph> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new Error(`kg serve: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); give a graph.json or report files.`, { cause: e });
  }
  return parseGraphJson(text, file);
}

export async function buildReports(paths: string[], log: (m: string) => void): Promise<SerializedGraph> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-serve-'));
  const out = join(dir, 'graph.json');
  log(`kg serve: building ${paths.join(', ')} …`);
  try {
    await run(process.execPath, [join(REPO_ROOT, 'src/cli/kg.js'), 'build', ...paths, '--out', out], { maxBuffer: 64 << 20 }).catch((e: { stderr?: string; message: string }) => {
      // kg build exits non-zero when some file failed but still writes the others' graph: serve it, show why.
      if (e.stderr) log(e.stderr.trim());
    });
    return await readGraphFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function loadServeGraph(inputs: string[], log: (m: string) => void): Promise<SerializedGraph> {
  const json = inputs.filter((p) => p.endsWith('.json'));
  if (json.length > 1 || (json.length === 1 && inputs.length > 1)) {
    throw new Error('kg serve: give one graph.json, or report files/folders to build — not both.');
  }
  if (json.length === 1) return readGraphFile(json[0]!);
  return buildReports(inputs, log);
}
