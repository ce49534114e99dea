import type { Command } from 'commander';
import { relative } from 'node:path';
import {
  closeNeo4j,
  installNeo4j,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalServerStatus,
} from '../../adapters/neo4j/index.ts';
import { stateFile } from '../../adapters/neo4j/paths.ts';

/**
 * Wraps a command's action: errors become one line on stderr (the adapter's messages already say what failed and
 * what to do) with exit code `code`, and driver connections are closed so the process can exit.
 */
export function withNeo4jErrors<A extends unknown[]>(
  fn: (...args: A) => Promise<void>,
  code = 1,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      console.error((err as Error).message ?? String(err));
      process.exitCode = (err as { exitCode?: number }).exitCode ?? code;
    } finally {
      await closeNeo4j();
    }
  };
}

interface StartOptions {
  boltPort?: number;
  httpPort?: number;
  routingPort?: number;
  heap?: string;
  pageCache?: string;
  home?: string;
  showPassword?: boolean;
}

const port = (v: string): number => {
  const n = Number.parseInt(v, 10);
  if (!(n > 0 && n < 65536)) throw new Error(`kg neo4j: "${v}" is not a port number (1–65535)`);
  return n;
};

/** Neo4j Browser is served only when its jar is on the class path; say where it is only when it answers. */
async function browserAnswers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    return res.ok;
  } catch {
    return false;
  }
}

async function describe(status: LocalServerStatus, showPassword = false): Promise<string> {
  if (!status.running) return `Neo4j is not running (home ${status.home}); start it with \`npx kg neo4j start\`.`;
  const cfg = status.config!;
  const lines = [
    `Neo4j 5.26 running at ${cfg.uri} (pid ${status.pid}, home ${relative(process.cwd(), status.home) || '.'})`,
    showPassword
      ? `user ${cfg.user}, password ${cfg.password}`
      : `user ${cfg.user}, password in ${relative(process.cwd(), stateFile(status.home))} (or --show-password)`,
  ];
  if (status.browserUrl && (await browserAnswers(status.browserUrl))) lines.push(`Neo4j Browser: ${status.browserUrl}`);
  return lines.join('\n');
}

export function register(program: Command): void {
  const neo4j = program
    .command('neo4j')
    .description("Run the project's local Neo4j 5.26 (from Maven Central, data in .neo4j/)")
    .addHelpText(
      'after',
      '\nOther kg commands find the local server by themselves; NEO4J_URI/USER/PASSWORD/DATABASE select another one.',
    );

  neo4j
    .command('start')
    .description('Start the local Neo4j in the background (installing it first if needed); returns once Bolt answers')
    .option('--bolt-port <port>', 'Bolt port (default 7687 or KG_NEO4J_BOLT_PORT)', port)
    .option('--http-port <port>', 'HTTP port, Neo4j Browser (default 7474 or KG_NEO4J_HTTP_PORT)', port)
    .option('--routing-port <port>', 'routing port (default 7688 or KG_NEO4J_ROUTING_PORT)', port)
    .option('--heap <size>', 'JVM heap, e.g. 512m (default 512m or KG_NEO4J_HEAP)')
    .option('--page-cache <size>', 'page cache, e.g. 128m (default 128m or KG_NEO4J_PAGECACHE)')
    .option('--home <dir>', 'server home: config, data, logs (default .neo4j/ or KG_NEO4J_HOME)')
    .option('--show-password', 'print the generated password')
    .action(
      withNeo4jErrors(async (opts: StartOptions) => {
        const status = await startLocalNeo4j({ ...opts, quiet: false });
        console.log(await describe(status, opts.showPassword));
      }),
    );

  neo4j
    .command('stop')
    .description('Stop the local Neo4j cleanly')
    .option('--home <dir>', 'server home (default .neo4j/ or KG_NEO4J_HOME)')
    .action(
      withNeo4jErrors(async (opts: { home?: string }) => {
        const stopped = await stopLocalNeo4j({ home: opts.home });
        console.log(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
      }),
    );

  neo4j
    .command('status')
    .description('Say whether the local Neo4j runs and where (exit code 0 running, 3 not running)')
    .option('--home <dir>', 'server home (default .neo4j/ or KG_NEO4J_HOME)')
    .option('--json', 'machine-readable output')
    .option('--show-password', 'print the generated password')
    .action(
      withNeo4jErrors(async (opts: { home?: string; json?: boolean; showPassword?: boolean }) => {
        const status = await localNeo4jStatus({ home: opts.home });
        if (opts.json) {
          const { config, ...rest } = status;
          const shown = config && !opts.showPassword ? { ...config, password: undefined } : config;
          console.log(JSON.stringify({ ...rest, config: shown }, null, 2));
        } else console.log(await describe(status, opts.showPassword));
        if (!status.running) process.exitCode = 3;
      }),
    );

  neo4j
    .command('install')
    .description('Download Neo4j 5.26 and Neo4j Browser from Maven Central into neo4j/lib (done by start when needed)')
    .action(
      withNeo4jErrors(async () => {
        await installNeo4j();
        console.log('Neo4j is installed in neo4j/lib.');
      }),
    );
}
