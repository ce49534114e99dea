/**
 * `kg start [reports…]` — the main job: build the reports (default: seeds/) into out/graph.json, load it into Neo4j
 * (the server NEO4J_URI names, else the project's own, started on demand) when that works, then serve the explorer.
 * Without Neo4j the explorer still runs from the graph file and says how to start Neo4j.
 */
import type { Command } from 'commander';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildGraph } from '../../adapters/build.ts';
import { ensureLocalNeo4j, loadGraph, resolveNeo4jConfig } from '../../adapters/neo4j/index.ts';

export function register(program: Command): void {
  program
    .command('start')
    .description('Main job: build reports (default: seeds/), load them into Neo4j when it can, and serve the explorer')
    .argument('[inputs...]', 'report files or folders', ['seeds'])
    .option('-o, --out <file>', 'where to write the graph', join('out', 'graph.json'))
    .option('-p, --port <n>', 'explorer port', '8080')
    .option('--no-neo4j', 'do not load into Neo4j')
    .action(async (inputs: string[], opts: { out: string; port: string; neo4j: boolean }) => {
      const result = await buildGraph(inputs);
      for (const e of result.errors) console.error(`kg start: ${e}`);
      if (!result.documents) {
        console.error('kg start: no report could be built; fix the errors above and retry');
        process.exitCode = 2;
        return;
      }
      await mkdir(join(opts.out, '..'), { recursive: true });
      await writeFile(opts.out, `${JSON.stringify(result.graph)}\n`);
      console.error(`kg start: ${result.documents} report(s) → ${opts.out} (${result.graph.nodes.length} nodes, ${result.graph.edges.length} edges)`);
      if (opts.neo4j) {
        try {
          const cfg = (await resolveNeo4jConfig()) ?? (await ensureLocalNeo4j());
          const summary = await loadGraph(cfg, result.graph);
          const figures = Object.entries(summary)
            .filter(([, v]) => typeof v === 'number')
            .map(([k, v]) => `${k} ${v}`)
            .join(', ');
          console.error(`kg start: loaded into Neo4j at ${cfg.uri} (${figures})`);
        } catch (e) {
          console.error(`kg start: Neo4j not loaded (${(e as Error).message}); the explorer runs from ${opts.out}`);
        }
      }
      await program.parseAsync(['serve', opts.out, '--port', opts.port, ...(opts.neo4j ? [] : ['--no-neo4j'])], { from: 'user' });
    });
}
