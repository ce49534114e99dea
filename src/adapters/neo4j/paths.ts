/**
 * Where the project's local Neo4j lives: the Maven project and its jars in neo4j/, the server's home (config, data,
 * logs, the generated password) in .neo4j/ — both git-ignored where they hold downloads or data.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const NEO4J_PROJECT_DIR = join(REPO_ROOT, 'neo4j');
export const NEO4J_LIB_DIR = join(NEO4J_PROJECT_DIR, 'lib');
export const CONF_TEMPLATE = join(NEO4J_PROJECT_DIR, 'neo4j.conf.template');
export const CYPHER_DIR = join(REPO_ROOT, 'cypher');

/** The server's home folder: `KG_NEO4J_HOME` (tests use a throwaway one), else `.neo4j/` in the repository. */
export function defaultHome(): string {
  return process.env.KG_NEO4J_HOME || join(REPO_ROOT, '.neo4j');
}

/** The file, inside the home folder, that records the ports, the process id and the generated password. */
export function stateFile(home: string): string {
  return join(home, 'kg-neo4j.json');
}
