import type { Command } from 'commander';
import { writeFile, rename, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { buildGraph } from '../../adapters/build.ts';
import { FORMATS, formatGraph, type Format } from '../../adapters/export.ts';
import { createProgress } from '../progress.ts';

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
    .option('-q, --quiet', 'no progress or summary on stderr')
    .addHelpText(
      'after',
      '\nExamples:\n  kg build seeds --out graph.json\n  kg build reports/ --format gexf --out graph.gexf',
    )
    .action(async (paths: string[], opts: { out?: string; format: string; workers?: number; quiet?: boolean }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) {
        console.error(`kg build: unknown --format "${opts.format}"; use one of ${FORMATS.join(', ')}`);
        process.exitCode = 2;
        return;
      }
      const started = performance.now();
      const progress = opts.quiet ? null : createProgress('build');
      const result = await buildGraph(paths, {
        workers: opts.workers,
        onProgress: (p) => progress?.update(p.done, p.total, p.bytes),
      });
      progress?.done();
      for (const e of result.errors) console.error(`kg build: ${e}`);
      if (result.documents === 0) {
        console.error('kg build: no report could be built; fix the errors above and retry');
        process.exitCode = 2;
        return;
      }
      const text = formatGraph(result.graph, opts.format as Format);
      if (opts.out) {
        await mkdir(dirname(opts.out), { recursive: true });
        const tmp = `${opts.out}.tmp-${process.pid}`;
        await writeFile(tmp, text);
        await rename(tmp, opts.out); // never leave a half-written graph behind
      } else process.stdout.write(text);
      if (!opts.quiet) {
        const s = (performance.now() - started) / 1000;
        console.error(
          `kg build: ${result.documents} report(s), ${result.graph.nodes.length} nodes, ${result.graph.edges.length} edges, ` +
            `${(result.bytes / 1e6).toFixed(2)} MB in ${s.toFixed(2)} s${opts.out ? ` → ${opts.out}` : ''}`,
        );
      }
      if (result.errors.length) process.exitCode = 1;
    });
}
