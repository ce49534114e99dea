/**
 * `kg serve [graph.json | reports…]`: the explorer. Loads a graph (or builds one from reports), makes sure the page
 * is built, and serves page + API on 127.0.0.1 until interrupted.
 */
import type { Command } from 'commander';
import { join } from 'node:path';
import { closeNeo4j } from '../../adapters/neo4j/index.ts';
import { loadServeGraph } from '../../adapters/http/load-graph.ts';
import { createGraphView } from '../../adapters/http/graph-view.ts';
import { LAYOUT_CACHE_DIR } from '../../adapters/http/initial-layout.ts';
import { createNeo4jBridge } from '../../adapters/http/neo4j-bridge.ts';
import { startExplorer } from '../../adapters/http/server.ts';
import { ensureVizBuilt, REPO_ROOT, VIZ_DIST } from '../../adapters/http/viz-build.ts';

interface ServeOptions {
  port: string;
  host: string;
  neo4j: boolean;
  rowLimit: string;
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`kg serve: --port ${raw} is not a port number (0–65535).`);
  return port;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('Explore a graph in the browser: the Sigma.js page plus /api/graph, /api/node/:key, /api/cypher')
    .argument('[inputs...]', 'a graph.json written by `kg build`, or report files/folders to build (default: seeds/)')
    .option('-p, --port <n>', 'port (0 picks a free one)', '8080')
    .option('--host <host>', 'interface to bind; anything but loopback exposes the graph to the network', '127.0.0.1')
    .option('--no-neo4j', 'do not look for Neo4j (the Cypher console then says how to start it)')
    .option('--row-limit <n>', 'most rows a console query returns', '1000')
    .action(async (inputs: string[], opts: ServeOptions) => {
      try {
        await serve(inputs, opts);
      } catch (e) {
        // Our errors are one line that says what to do; anything else gets its first line and the same exit code.
        console.error((e as Error).message.split('\n')[0]);
        process.exitCode = 2;
      }
    });
}

async function serve(inputs: string[], opts: ServeOptions): Promise<void> {
  const port = parsePort(opts.port);
  const graph = await loadServeGraph(inputs.length ? inputs : [join(REPO_ROOT, 'seeds')], (m) => console.error(m));
  await ensureVizBuilt((m) => console.error(m));
  const neo4j = createNeo4jBridge({
    rowLimit: Number(opts.rowLimit) || 1000,
    ...(opts.neo4j ? {} : { loadModule: async () => null }),
  });
  const explorer = await startExplorer({
    view: createGraphView(graph, { layoutCacheDir: LAYOUT_CACHE_DIR }),
    vizDist: VIZ_DIST,
    queriesDir: join(REPO_ROOT, 'cypher/queries'),
    neo4j,
    host: opts.host,
    port,
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE')
      throw new Error(
        `kg serve: port ${port} on ${opts.host} is in use; pick another with --port N (0 picks a free one).`,
        { cause: e },
      );
    if (e.code === 'EADDRNOTAVAIL')
      throw new Error(`kg serve: ${opts.host} is not an address of this machine; check --host.`, { cause: e });
    throw e;
  });
  const status = await neo4j.status();
  console.error(`kg serve: ${graph.nodes.length} nodes, ${graph.edges.length} edges; ${status.message}`);
  console.log(`kg serve: explorer at ${explorer.url}`);
  const stop = () => void Promise.all([explorer.close(), closeNeo4j()]).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
