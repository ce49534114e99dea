/**
 * `npm run bench:load`: the loader's speed on this machine, against a throwaway local Neo4j 5.26.
 *   1. a synthetic graph of ≥ 200,000 elements (nodes + relationships, lexical layer included), batched loader,
 *      with the time and server CPU of each statement;
 *   2. the same graph loaded again (idempotent: nothing changes), and one report of it replaced by a changed version;
 *   3. a 5,000-element sample loaded one transaction per row (batch size 1), so the ratio comes from one run;
 *   4. with --sweep, batch sizes and 1 or 2 write sessions on a 55,000-element graph, what DEFAULT_BATCH_SIZE and
 *      DEFAULT_CONCURRENCY rest on (on a busy machine the differences were within the noise: rerun it on a quiet one).
 * The server's first loads after it starts run while the JVM compiles the loader's code paths (measured on a busy
 * machine: the first load took 3-5 times the server CPU of a load on a long-running server, the second about 2-3
 * times); --warmups N (default 2) such loads are printed, then the figures are taken.
 * Wall-clock figures depend on what else the machine runs, so each comes with the CPU seconds the Neo4j server and
 * this process spent and the load average. Options: --docs N --sentences N (graph size), --batch N,
 * --concurrency N, --heap 1g --page-cache 512m (server memory: `KG_NEO4J_HEAP` / `KG_NEO4J_PAGECACHE` give users
 * the same), --java-opts '-XX:TieredStopAtLevel=1' (JVM options: `KG_NEO4J_JAVA_OPTS`; default full JIT).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadGraph, runQuery, type Neo4jConfig } from '../../src/adapters/neo4j/index.ts';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from '../../src/adapters/neo4j/load.ts';
import { resetDatabase } from '../neo4j/helpers.ts';
import { startTestServer } from '../neo4j/server.ts';
import { syntheticGraph } from '../neo4j/synthetic.ts';
import type { SerializedGraph } from '../../src/core/graph/schema.ts';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '20' },
    sentences: { type: 'string', default: '1000' },
    batch: { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
    heap: { type: 'string', default: '1g' },
    'page-cache': { type: 'string', default: '512m' },
    'java-opts': { type: 'string', default: '' },
    sweep: { type: 'boolean', default: false },
    warmups: { type: 'string', default: '2' },
  },
});
const batchSize = Number(args.batch);
const concurrency = Number(args.concurrency);

async function elementsInDatabase(cfg: Neo4jConfig): Promise<number> {
  const n = await runQuery(cfg, 'MATCH (n) RETURN count(n)');
  const r = await runQuery(cfg, 'MATCH ()-[r]->() RETURN count(r)');
  return (n.rows[0][0] as number) + (r.rows[0][0] as number);
}

/** CPU seconds (user + system) a process has used so far, from /proc; NaN where there is none. */
function processCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const load = () => loadavg()[0].toFixed(1);

const server = await startTestServer({
  heap: args.heap,
  pageCache: args['page-cache'],
  javaOptions: args['java-opts'],
});
const serverCpu = () => processCpuSeconds(server.pid);
const clientCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

interface Timed {
  elements: number;
  seconds: number;
  serverCpu: number;
  clientCpu: number;
}

/** Runs `fn` and measures wall time and both processes' CPU; `elements` is what the figure is per. */
async function timed(elements: number, fn: () => Promise<unknown>): Promise<Timed> {
  const [s0, c0, t0] = [serverCpu(), clientCpu(), performance.now()];
  await fn();
  return {
    elements,
    seconds: (performance.now() - t0) / 1000,
    serverCpu: serverCpu() - s0,
    clientCpu: clientCpu() - c0,
  };
}

const describe = (r: Timed) =>
  `${fmt(r.elements)} elements in ${r.seconds.toFixed(2)} s = ${fmt(r.elements / r.seconds)} elements/s ` +
  `(CPU: server ${r.serverCpu.toFixed(1)} s, client ${r.clientCpu.toFixed(1)} s; load average ${load()})`;

async function freshLoad(
  graph: SerializedGraph,
  options: { batchSize: number; concurrency?: number; onStep?: (statement: string, rows: number, ms: number) => void },
  afterReset?: () => void,
): Promise<Timed> {
  await resetDatabase(server.cfg);
  afterReset?.();
  const r = await timed(0, () => loadGraph(server.cfg, graph, { concurrency, ...options }));
  return { ...r, elements: await elementsInDatabase(server.cfg) };
}

try {
  console.log(
    `Neo4j 5.26 at ${server.cfg.uri} (heap ${args.heap}, page cache ${args['page-cache']}, JVM options ` +
      `'${args['java-opts']}'); load average ${load()}`,
  );
  const big = syntheticGraph(Number(args.docs), Number(args.sentences));
  for (let i = 1; i <= Number(args.warmups); i++) {
    const r = await freshLoad(big, { batchSize });
    console.log(`warm-up load ${i}${i === 1 ? ' (cold server: the JVM compiles as it goes)' : ''}: ${describe(r)}`);
  }

  if (args.sweep) {
    const medium = syntheticGraph(5, 1000);
    for (const size of [1000, 2000, 5000, 10000, 20000]) {
      for (const sessions of [1, 2]) {
        const r = await freshLoad(medium, { batchSize: size, concurrency: sessions });
        console.log(`sweep: batch ${String(size).padStart(5)}, ${sessions} session(s): ${describe(r)}`);
      }
    }
  }

  const steps = new Map<string, { rows: number; ms: number; cpu: number }>();
  let stepCpu = serverCpu();
  const batched = await freshLoad(
    big,
    {
      batchSize,
      onStep: (name, rows, ms) => {
        const statement = name.split(':')[0];
        const s = steps.get(statement) ?? { rows: 0, ms: 0, cpu: 0 };
        const now = serverCpu();
        steps.set(statement, { rows: s.rows + rows, ms: s.ms + ms, cpu: s.cpu + now - stepCpu });
        stepCpu = now;
      },
    },
    () => (stepCpu = serverCpu()),
  );
  console.log(`batched (batch ${batchSize}, ${concurrency} session(s)): ${describe(batched)}`);
  for (const [name, s] of steps) {
    console.log(
      `  ${name}: ${fmt(s.rows)} rows, ${(s.ms / 1000).toFixed(2)} s in its batches` +
        (concurrency === 1 ? `, server CPU ${s.cpu.toFixed(2)} s` : ''),
    );
  }

  const again = await timed(batched.elements, () => loadGraph(server.cfg, big, { batchSize, concurrency }));
  console.log(`idempotent re-load: ${describe(again)}; ${fmt(await elementsInDatabase(server.cfg))} elements after`);

  // One report of the big graph in a changed file version: retract what it brought, load it again.
  const one = syntheticGraph(1, Number(args.sentences));
  const doc = one.nodes.find((n) => n.attributes.type === 'Document')!;
  if (doc.attributes.type === 'Document') doc.attributes.sha256 = 'changed';
  const replaced = await timed(batched.elements / Number(args.docs), () =>
    loadGraph(server.cfg, one, { batchSize, concurrency }),
  );
  console.log(`replace 1 of ${args.docs} reports (changed sha256): ${describe(replaced)}`);

  const perRow = await freshLoad(syntheticGraph(1, 450), { batchSize: 1, concurrency: 1 });
  console.log(`one transaction per row: ${describe(perRow)}`);
  console.log(
    `batched / per-row: ${(batched.elements / batched.seconds / (perRow.elements / perRow.seconds)).toFixed(1)}x`,
  );
  const rate = batched.elements / batched.seconds;
  console.log(
    `target ≥ 20,000 elements/s batched: ${rate >= 20_000 ? 'met' : 'not met'} (${fmt(rate)}; load average ${load()}; ` +
      `CPU per 1,000 elements: server ${((batched.serverCpu / batched.elements) * 1000).toFixed(3)} s, ` +
      `client ${((batched.clientCpu / batched.elements) * 1000).toFixed(3)} s)`,
  );
} finally {
  await server.stop();
}
