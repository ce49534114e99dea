import { InvalidArgumentError, type Command } from 'commander';
import { readFileSync } from 'node:fs';
import { parseParamValue, resolveNeo4jConfig, runQuery, type QueryResult } from '../../adapters/neo4j/index.ts';
import { withNeo4jErrors } from './neo4j.ts';

/** Exit codes: 0 done, 1 Neo4j refused the query or could not be reached, 2 bad usage. */
class UsageError extends Error {
  readonly exitCode = 2;
}

/** `--param k=v`, repeatable; values as in saved queries' `// @param` defaults (integers, JSON literals, text). */
export function parseParam(spec: string, into: Record<string, unknown> = {}): Record<string, unknown> {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new InvalidArgumentError(`"${spec}" is not key=value (e.g. --param village=复建村).`);
  return { ...into, [spec.slice(0, eq)]: parseParamValue(spec.slice(eq + 1)) };
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      cp >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return out + '…';
}

function isGraphNode(v: unknown): v is { labels: string[]; properties: Record<string, unknown> } {
  return typeof v === 'object' && v !== null && Array.isArray((v as { labels?: unknown }).labels);
}
function isGraphRel(v: unknown): v is { type: string; start: string; end: string } {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { type?: unknown }).type === 'string' &&
    'start' in v &&
    'end' in v
  );
}

function isGraphPath(
  v: unknown,
): v is {
  nodes: Array<{ key?: string; properties: Record<string, unknown> }>;
  relationships: Array<{ type: string; start: string }>;
} {
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray((v as { nodes?: unknown }).nodes) &&
    Array.isArray((v as { relationships?: unknown }).relationships)
  );
}

/** A path as people read it: 复建村 -[:PART_OF]-> 白沙镇 <-[:RUNS]- … */
function formatPath(path: {
  nodes: Array<{ key?: string; properties: Record<string, unknown> }>;
  relationships: Array<{ type: string; start: string }>;
}): string {
  const name = (n: { key?: string; properties: Record<string, unknown> }) => String(n.properties.name ?? n.key ?? '?');
  let out = name(path.nodes[0]);
  path.relationships.forEach((r, i) => {
    const forward = r.start === path.nodes[i].key;
    out += forward ? ` -[:${r.type}]-> ` : ` <-[:${r.type}]- `;
    out += name(path.nodes[i + 1]);
  });
  return `(${out})`;
}

/** A cell as people read it: nodes as (:Label name), relationships as [:TYPE], paths as a chain, the rest as JSON. */
export function formatCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isGraphNode(v)) {
    const p = v.properties;
    return `(:${v.labels.filter((l) => l !== 'Entity').join(':')} ${String(p.name ?? p.key ?? '')})`.replace(' )', ')');
  }
  if (isGraphRel(v)) return `[:${v.type}]`;
  if (isGraphPath(v)) return formatPath(v);
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null))
    return v.map((x) => String(x)).join(', ');
  return JSON.stringify(v);
}

export function formatTable(result: QueryResult, maxCell = 60): string {
  const cells = result.rows.map((row) => row.map((v) => truncate(formatCell(v).replace(/\s+/g, ' '), maxCell)));
  const widths = result.columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (text: string, i: number) => text + ' '.repeat(widths[i] - displayWidth(text));
  const line = (parts: string[]) => `│ ${parts.map(pad).join(' │ ')} │`;
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  return [rule('┌', '┬', '┐'), line(result.columns), rule('├', '┼', '┤'), ...cells.map(line), rule('└', '┴', '┘')].join(
    '\n',
  );
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(result: QueryResult): string {
  const rows = [
    result.columns,
    ...result.rows.map((r) => r.map((v) => (typeof v === 'string' ? v : v === null ? '' : formatCellForCsv(v)))),
  ];
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function formatCellForCsv(v: unknown): string {
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
}

export function formatJson(result: QueryResult): string {
  const records = result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, r[i]])));
  return JSON.stringify(records, null, 2) + '\n';
}

interface QueryOptions {
  file?: string;
  param: Record<string, unknown>;
  json?: boolean;
  csv?: boolean;
  write?: boolean;
  limit?: number;
  timeout?: number;
}

export function register(program: Command): void {
  program
    .command('query')
    .description('Run Cypher against Neo4j and print the result (read-only unless --write)')
    .argument('[cypher]', 'the Cypher statement (or use -f)')
    .option('-f, --file <file>', 'read the statement from a file, e.g. cypher/queries/projects-per-village.cypher')
    .option(
      '-p, --param <key=value>',
      'a query parameter, repeatable (numbers and JSON literals are parsed)',
      parseParam,
      {},
    )
    .option('--json', 'print records as a JSON array')
    .option('--csv', 'print CSV (RFC 4180)')
    .option('--write', 'allow writes (default: READ access mode, enforced by Neo4j)')
    .option('--limit <n>', 'stop after n rows', (v) => Number.parseInt(v, 10))
    .option('--timeout <ms>', 'transaction timeout in ms', (v) => Number.parseInt(v, 10))
    .addHelpText(
      'after',
      '\nExamples:\n  kg query "MATCH (v:Village)-[:HAS_PROJECT]->(p) RETURN v.name, p.name"\n' +
        '  kg query -f cypher/queries/honors-of-town-by-year.cypher --param town=白沙镇 --param year=2020 --csv',
    )
    .action(
      withNeo4jErrors(async (cypherArg: string | undefined, opts: QueryOptions) => {
        if (!cypherArg === !opts.file)
          throw new UsageError('kg query: give either a Cypher statement or -f <file>, not both or neither');
        if (opts.json && opts.csv) throw new UsageError('kg query: choose one of --json and --csv');
        let cypher = cypherArg ?? '';
        if (opts.file) {
          try {
            cypher = readFileSync(opts.file, 'utf8');
          } catch (err) {
            throw new UsageError(
              `kg query: cannot read ${opts.file} (${(err as NodeJS.ErrnoException).code ?? err}); check the path`,
            );
          }
        }
        const cfg = await resolveNeo4jConfig();
        if (!cfg)
          throw new Error(
            'kg query: Neo4j is not running and NEO4J_URI is not set; start it with `npx kg neo4j start`.',
          );
        const result = await runQuery(cfg, cypher, opts.param, {
          write: opts.write,
          limit: opts.limit,
          timeoutMs: opts.timeout,
        });
        if (opts.json) process.stdout.write(formatJson(result));
        else if (opts.csv) process.stdout.write(formatCsv(result));
        else {
          if (result.columns.length > 0) console.log(formatTable(result, process.stdout.isTTY ? 60 : 400));
          console.error(`${result.rows.length} row${result.rows.length === 1 ? '' : 's'}`);
        }
      }),
    );
}
