/**
 * `kg setup`: everything a fresh machine needs, installed from the registries this project may use — the Neo4j jars
 * from Maven Central, Debian's chromium for the browser tests, the gazetteer index, the explorer page. Each step is
 * idempotent and fast when already done, so the README's commands can always run it.
 */
import type { Command } from 'commander';
import { loadGazetteerSync } from '../../adapters/gazetteer/load.ts';
import { installNeo4j } from '../../adapters/neo4j/index.ts';
import { ensureChromium } from '../../adapters/browser/chromium.ts';
import { ensureVizBuilt } from '../../adapters/http/viz-build.ts';

interface SetupOptions {
  neo4j: boolean;
  browser: boolean;
  viz: boolean;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('setup')
    .description('Install what the project needs on this machine: Neo4j jars, chromium, gazetteer index, explorer page')
    .option('--no-neo4j', 'skip the Neo4j server jars (Maven Central)')
    .option('--no-browser', "skip Debian's chromium (needed by the browser tests only)")
    .option('--no-viz', 'skip building the explorer page')
    .option('-q, --quiet', 'print only problems')
    .action(async (opts: SetupOptions) => {
      const log = (m: string) => {
        if (!opts.quiet) console.error(m);
      };
      type Step = [string, () => unknown];
      const steps: Step[] = [['gazetteer index', () => loadGazetteerSync()]];
      if (opts.neo4j) steps.push(['Neo4j 5.26 jars', () => installNeo4j({ quiet: opts.quiet })]);
      if (opts.browser) steps.push(['chromium', () => ensureChromium(log)]);
      if (opts.viz) steps.push(['explorer page', () => ensureVizBuilt(log)]);
      let failed = 0;
      for (const [name, run] of steps) {
        const t0 = performance.now();
        try {
          await run();
          log(`kg setup: ${name} ready (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
        } catch (e) {
          failed++;
          console.error(`kg setup: ${name} failed: ${(e as Error).message}`);
        }
      }
      if (failed) process.exitCode = 1;
    });
}
