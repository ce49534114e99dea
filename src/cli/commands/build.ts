import type { Command } from 'commander';
import { closeSync, createReadStream, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { buildGraph, writeGraph, writeGraphFile, type BuildOptions, type BuildSummary } from '../../adapters/build.ts';
import { FORMATS, formatGraph, type Format } from '../../adapters/export.ts';
import { createProgress } from '../progress.ts';

interface Opts {
  out?: string;
  format: string;
  workers?: number;
  cache?: string | false;
  quiet?: boolean;
}

/** Exit codes: 0 all built, 1 some reports failed (the rest were written), 2 nothing could be built or bad usage. */
export function register(program: Command): void {
  program
    .command('build')
    .description('Read reports (.txt files or folders) and write one knowledge graph')
    .argument('<paths...>', 'report files or folders')
    .option('-o, --out <file>', 'output file (default: stdout)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(' | ')}`, 'json')
    .option('-w, --workers <n>', 'worker threads (default: one per core for large inputs)', (v) =>
      Number.parseInt(v, 10),
    )
    .option('--cache <dir>', 'build cache folder: unchanged reports are not extracted again (default: .cache/kg-build)')
    .option('--no-cache', 'extract every report and keep no cache')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .addHelpText(
      'after',
      '\nExamples:\n  kg build seeds --out graph.json\n  kg build reports/ --format gexf --out graph.gexf',
    )
    .action(async (paths: string[], opts: Opts) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) {
        console.error(`kg build: unknown --format "${opts.format}"; use one of ${FORMATS.join(', ')}`);
        process.exitCode = 2;
        return;
      }
      if (opts.workers !== undefined && !(opts.workers >= 1)) {
        console.error('kg build: --workers must be a whole number ≥ 1');
        process.exitCode = 2;
        return;
      }
      const started = performance.now();
      const progress = opts.quiet ? null : createProgress('build');
      const buildOpts: BuildOptions = {
        workers: opts.workers,
        cache: opts.cache,
        onProgress: (p) => progress?.update(p.done, p.total, p.bytes, p.totalBytes),
      };
      const result = await output(paths, opts, buildOpts);
      progress?.done();
      for (const e of result.errors) console.error(`kg build: ${e}`);
      if (result.documents === 0) {
        console.error('kg build: no report could be built; fix the errors above and retry');
        process.exitCode = 2;
        return;
      }
      if (!opts.quiet) {
        const s = (performance.now() - started) / 1000;
        console.error(
          `kg build: ${result.documents} report(s) (${result.extracted} extracted, ${result.cached} from cache), ` +
            `${result.nodes} nodes, ${result.edges} edges, ${(result.bytes / 1e6).toFixed(2)} MB in ${s.toFixed(2)} s` +
            `${opts.out ? ` → ${opts.out}` : ''}${result.spliced ? ' (only what changed re-made; the rest copied)' : ''}`,
        );
      }
      if (result.errors.length) process.exitCode = 1;
    });
}

/**
 * JSON streams to a temp file renamed into place (never a half-written graph; stdout gets the file's bytes), so a
 * graph larger than memory can be written; a JSON file keeps its record index, so the next build only re-makes what
 * changed (writeGraphFile). GEXF and GraphML are made from the graph in memory.
 */
async function output(paths: string[], opts: Opts, buildOpts: BuildOptions): Promise<BuildSummary> {
  if (opts.out && opts.format === 'json') return writeGraphFile(paths, opts.out, buildOpts);
  const dir = opts.out ? dirname(opts.out) : await mkdtemp(join(tmpdir(), 'kg-out-'));
  mkdirSync(dir, { recursive: true });
  const tmp = opts.out ? `${opts.out}.tmp-${process.pid}` : join(dir, 'graph');
  let summary: BuildSummary;
  try {
    const fd = openSync(tmp, 'w');
    try {
      if (opts.format === 'json') summary = await writeGraph(paths, (chunk) => writeSync(fd, chunk), buildOpts);
      else {
        const built = await buildGraph(paths, buildOpts);
        if (built.documents > 0) writeSync(fd, formatGraph(built.graph, opts.format as Format));
        summary = built;
      }
    } finally {
      closeSync(fd);
    }
    if (summary.documents === 0) rmSync(tmp, { force: true });
    else if (opts.out) renameSync(tmp, opts.out);
    else await pipeline(createReadStream(tmp), process.stdout, { end: false });
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    if (!opts.out) rmSync(dir, { recursive: true, force: true });
  }
  return summary;
}
