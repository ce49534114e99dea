/**
 * The `kg` command line: a thin shell that wires commands to the library. Each command lives in
 * src/cli/commands/<name>.ts and exports `register(program)`.
 */
import { Command } from 'commander';
import { register as registerBuild } from './commands/build.ts';
import { register as registerSetup } from './commands/setup.ts';
import { register as registerStart } from './commands/start.ts';
import { register as registerServe } from './commands/serve.ts';
import { register as registerNeo4j } from './commands/neo4j.ts';
import { register as registerLoad } from './commands/load.ts';
import { register as registerQuery } from './commands/query.ts';

const program = new Command('kg')
  .description('Knowledge graphs of programs, places and outcomes from Chinese local-government reports')
  .version('0.1.0')
  .showHelpAfterError();

registerBuild(program);
registerSetup(program);
registerStart(program);
registerServe(program);
registerNeo4j(program);
registerLoad(program);
registerQuery(program);

// `kg build … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

await program.parseAsync(process.argv);
