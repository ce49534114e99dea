import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('build')
    .description('Read reports (.txt files or folders) and write one knowledge graph')
    .argument('<paths...>', 'report files or folders')
    .option('-o, --out <file>', 'output file (default: stdout)')
    .option('--format <format>', 'json | gexf | graphml', 'json')
    .action(async () => {
      throw new Error('kg build: not implemented yet');
    });
}
