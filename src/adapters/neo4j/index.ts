/**
 * The Neo4j adapter: the project's local server, configuration, user queries and the graph loader.
 */
export type {
  Neo4jConfig,
  QueryResult,
  QueryOptions,
  LoadSummary,
  LoadOptions,
  PlainNode,
  PlainRelationship,
} from './types.ts';
export { resolveNeo4jConfig, configFromEnvironment } from './config.ts';
export { installNeo4j, isNeo4jInstalled } from './install.ts';
export {
  ensureLocalNeo4j,
  startLocalNeo4j,
  stopLocalNeo4j,
  localNeo4jStatus,
  type LocalServerOptions,
  type LocalServerStatus,
} from './local-server.ts';
export { runQuery } from './query.ts';
export { parseParamValue, queryParamDefaults } from './params.ts';
export { loadGraph } from './load.ts';
export { closeNeo4j, describeNeo4jError, Neo4jQueryError } from './driver.ts';
