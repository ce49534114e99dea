/**
 * Running one Cypher statement for a user (`kg query`, the explorer's console): READ access mode unless writes are
 * asked for — Neo4j itself then refuses any write —, parameters passed as parameters (defaults from the statement's
 * `// @param name value` comments), results as plain JSON.
 */
import neo4j from 'neo4j-driver';
import { describeNeo4jError, getDriver } from './driver.ts';
import { queryParamDefaults } from './params.ts';
import { GraphCollector } from './plain.ts';
import type { Neo4jConfig, QueryOptions, QueryResult } from './types.ts';

export async function runQuery(
  cfg: Neo4jConfig,
  cypher: string,
  params: Record<string, unknown> = {},
  opts: QueryOptions = {},
): Promise<QueryResult> {
  const session = getDriver(cfg).session({
    database: cfg.database,
    defaultAccessMode: opts.write ? neo4j.session.WRITE : neo4j.session.READ,
  });
  const collector = new GraphCollector();
  const records: unknown[][] = [];
  let columns: string[];
  try {
    // An auto-commit transaction, not executeRead: a user's statement must run exactly once (no silent retries),
    // and `CALL { … } IN TRANSACTIONS` only works this way.
    const allParams = { ...queryParamDefaults(cypher), ...params };
    const result = session.run(cypher, allParams, opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined);
    columns = [...(await result.keys())];
    for await (const record of result) {
      if (opts.limit !== undefined && records.length >= opts.limit) break;
      const values = columns.map((c) => record.get(c) as unknown);
      values.forEach((v) => collector.collect(v));
      records.push(values);
    }
  } catch (err) {
    throw describeNeo4jError(err, cfg);
  } finally {
    await session.close();
  }
  return { columns, rows: records.map((r) => r.map((v) => collector.toPlain(v))), graph: collector.graph() };
}
