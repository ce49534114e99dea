/**
 * The explorer's link to Neo4j, through the Neo4j adapter (src/adapters/neo4j). Neo4j is optional: when it is not
 * configured or not running, the page works from the graph JSON and the console says how to start it. The server
 * is looked for on first use (and again a few seconds after a miss), so starting Neo4j after `kg serve` works.
 */
import { resolveNeo4jConfig, runQuery, type Neo4jConfig, type QueryOptions, type QueryResult } from '../neo4j/index.ts';
import type { CypherPayload } from './api-types.ts';

export const NEO4J_HINT = 'Start it with `npx kg neo4j start`, then load the graph with `npx kg load <graph.json>`.';

interface Neo4jModule {
  resolveNeo4jConfig(): Promise<Neo4jConfig | null>;
  runQuery(
    cfg: Neo4jConfig,
    cypher: string,
    params?: Record<string, unknown>,
    opts?: QueryOptions,
  ): Promise<QueryResult>;
}

export interface Neo4jBridge {
  status(): Promise<{ available: boolean; message: string }>;
  /** Runs read-only; throws Neo4jUnavailable when there is no server to ask. */
  run(query: string, params: Record<string, unknown>): Promise<CypherPayload>;
}

export class Neo4jUnavailable extends Error {}

export interface BridgeOptions {
  rowLimit?: number;
  timeoutMs?: number;
  /** Where to find Neo4j: the adapter by default; `--no-neo4j` passes null, tests pass their own server. */
  loadModule?: () => Promise<Neo4jModule | null>;
}

async function loadAdapter(): Promise<Neo4jModule> {
  return { resolveNeo4jConfig, runQuery };
}

export function createNeo4jBridge(opts: BridgeOptions = {}): Neo4jBridge {
  const rowLimit = opts.rowLimit ?? 1000;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  let cached: { mod: Neo4jModule; cfg: Neo4jConfig } | null = null;
  let lastMiss = 0;
  let lastMessage = `Neo4j is not running. ${NEO4J_HINT}`;

  const resolve = async () => {
    if (cached) return cached;
    if (Date.now() - lastMiss < 3000) return null;
    const mod = await (opts.loadModule ?? loadAdapter)();
    if (!mod) {
      lastMessage = `Neo4j is not connected to this explorer. ${NEO4J_HINT}`;
    } else {
      const cfg = await mod.resolveNeo4jConfig().catch(() => null);
      if (cfg) return (cached = { mod, cfg });
      lastMessage = `Neo4j is not running. ${NEO4J_HINT}`;
    }
    lastMiss = Date.now();
    return null;
  };

  return {
    async status() {
      const r = await resolve();
      return r ? { available: true, message: `Neo4j at ${r.cfg.uri}` } : { available: false, message: lastMessage };
    },
    async run(query, params) {
      const r = await resolve();
      if (!r) throw new Neo4jUnavailable(lastMessage);
      try {
        const res = await r.mod.runQuery(r.cfg, query, params, { write: false, limit: rowLimit + 1, timeoutMs });
        const truncated = res.rows.length > rowLimit;
        return { columns: res.columns, rows: res.rows.slice(0, rowLimit), graph: res.graph, truncated };
      } catch (e) {
        const msg = (e as Error).message ?? String(e);
        if (/ECONNREFUSED|ServiceUnavailable|Could not perform discovery|Failed to connect/i.test(msg)) {
          cached = null;
          throw new Neo4jUnavailable(`Neo4j stopped answering (${msg.split('\n')[0]}). ${NEO4J_HINT}`);
        }
        throw e;
      }
    },
  };
}
