import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { buildGraph } from '../../adapters/build.ts';
import { ensureLocalNeo4j, loadGraph, resolveNeo4jConfig, type LoadSummary } from '../../adapters/neo4j/index.ts';
import type { SerializedGraph } from '../../core/graph/schema.ts';
import { withNeo4jErrors } from './neo4j.ts';

/** Exit codes: 0 loaded, 1 Neo4j failed (or some reports could not be built), 2 bad input. */
class InputError extends Error {
  readonly exitCode = 2;
}

/** Reads a `kg build` graph file, refusing anything that is not one with a line that says what to do. */
export function readGraphFile(file: string): SerializedGraph {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(
      `kg load: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? err}); check the path`,
    );
  }
  let graph: Partial<SerializedGraph>;
  try {
    graph = JSON.parse(text) as Partial<SerializedGraph>;
  } catch (err) {
    throw new InputError(
      `kg load: ${file} is not valid JSON (${(err as Error).message}); write it with \`kg build … --out ${file}\``,
    );
  }
  if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
    throw new InputError(
      `kg load: ${file} is not a kg graph (no "nodes"/"edges" arrays); write it with \`kg build … --out ${file}\``,
    );
  }
  const bad = graph.nodes.find((n) => typeof n?.key !== 'string' || typeof n?.attributes?.type !== 'string');
  if (bad)
    throw new InputError(
      `kg load: ${file} has a node without key or type (${JSON.stringify(bad).slice(0, 80)}); rebuild it with \`kg build\``,
    );
  return graph as SerializedGraph;
}

/** A one-line progress bar on a terminal (elements sent / total); silent when stderr is not one. */
function createLoadProgress(): ((done: number, total: number) => void) & { end(): void } {
  const tty = process.stderr.isTTY && !process.env.CI;
  const started = performance.now();
  let last = 0;
  const update = (done: number, total: number) => {
    const now = performance.now();
    if (!tty || (now - last < 100 && done < total)) return;
    last = now;
    const width = 24;
    const filled = Math.round((done / Math.max(1, total)) * width);
    const rate = done / Math.max((now - started) / 1000, 1e-3);
    process.stderr.write(
      `\rload [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${Math.round(rate)} rows/s `,
    );
  };
  return Object.assign(update, { end: () => tty && last > 0 && process.stderr.write('\n') });
}

export function formatSummary(name: string, s: LoadSummary): string {
  const replaced = s.replacedDocuments.length ? `; replaced earlier versions of ${s.replacedDocuments.join(', ')}` : '';
  return (
    `kg load: ${name}: ${s.documents} document(s); nodes ${s.nodesCreated} created, ${s.nodesMerged} merged, ${s.nodesDeleted} deleted; ` +
    `relationships ${s.relationshipsCreated} created, ${s.relationshipsMerged} merged, ${s.relationshipsDeleted} deleted; ` +
    `${s.elements} elements in ${(s.ms / 1000).toFixed(2)} s${replaced}`
  );
}

export function register(program: Command): void {
  program
    .command('load')
    .description('Load graphs (kg build output) or reports into Neo4j, idempotently')
    .argument('<inputs...>', 'graph .json files from kg build, or report files/folders (built on the fly)')
    .option('--batch-size <n>', 'rows per write transaction', (v) => Number.parseInt(v, 10))
    .option('-q, --quiet', 'no progress or summary')
    .addHelpText(
      'after',
      '\nUses NEO4J_URI/USER/PASSWORD/DATABASE (or .env) when set, else the local server (started if needed).\n' +
        'Examples:\n  kg load graph.json\n  kg load seeds/',
    )
    .action(
      withNeo4jErrors(async (inputs: string[], opts: { batchSize?: number; quiet?: boolean }) => {
        const graphs: Array<[string, SerializedGraph]> = inputs
          .filter((i) => i.endsWith('.json'))
          .map((f) => [f, readGraphFile(f)]);
        const reports = inputs.filter((i) => !i.endsWith('.json'));
        let failedReports = false;
        if (reports.length > 0) {
          const built = await buildGraph(reports);
          for (const e of built.errors) console.error(`kg load: ${e}`);
          failedReports = built.errors.length > 0;
          if (built.documents === 0)
            throw new InputError('kg load: no report could be built; fix the errors above and retry');
          graphs.push([reports.join(' '), built.graph]);
        }
        const cfg = (await resolveNeo4jConfig()) ?? (await ensureLocalNeo4j({ quiet: opts.quiet }));
        for (const [name, graph] of graphs) {
          const progress = opts.quiet ? undefined : createLoadProgress();
          const summary = await loadGraph(cfg, graph, { batchSize: opts.batchSize, onProgress: progress });
          progress?.end();
          if (!opts.quiet) console.error(formatSummary(name, summary));
        }
        if (failedReports) process.exitCode = 1;
      }),
    );
}
