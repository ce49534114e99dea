/**
 * Which Neo4j to talk to: NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE from the environment or a `.env`
 * file (the environment wins), else the project's local server when it runs, else none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localNeo4jStatus } from './local-server.ts';
import { REPO_ROOT } from './paths.ts';
import type { Neo4jConfig } from './types.ts';

/** `KEY=value` lines; `#` comments, optional `export `, optional single or double quotes around the value. */
export function parseDotEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trimStart().startsWith('#')) continue;
    let value = m[2];
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    out[m[1]] = value;
  }
  return out;
}

function readDotEnv(): Record<string, string> {
  for (const dir of [process.cwd(), REPO_ROOT]) {
    const file = join(dir, '.env');
    if (existsSync(file)) return parseDotEnv(readFileSync(file, 'utf8'));
  }
  return {};
}

/** The configured server from environment variables (or .env), without looking at the local server. */
export function configFromEnvironment(
  env: Record<string, string | undefined> = { ...readDotEnv(), ...process.env },
): Neo4jConfig | null {
  const merged = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const uri = merged.NEO4J_URI;
  if (!uri) return null;
  return {
    uri,
    user: merged.NEO4J_USER || merged.NEO4J_USERNAME || 'neo4j',
    password: merged.NEO4J_PASSWORD ?? '',
    database: merged.NEO4J_DATABASE || undefined,
  };
}

export async function resolveNeo4jConfig(): Promise<Neo4jConfig | null> {
  const configured = configFromEnvironment();
  if (configured) return configured;
  const local = await localNeo4jStatus();
  return local.running ? local.config! : null;
}
