/**
 * One neo4j-driver instance per server and user, reused by every query and load (a driver owns a connection pool;
 * making one per query would pay the Bolt handshake each time). `closeNeo4j()` ends them so a CLI process can exit.
 */
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import type { Neo4jConfig } from './types.ts';

const drivers = new Map<string, Driver>();

export function getDriver(cfg: Neo4jConfig): Driver {
  const id = `${cfg.uri}\u0000${cfg.user}\u0000${cfg.password}`;
  let driver = drivers.get(id);
  if (!driver) {
    driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
      disableLosslessIntegers: false,
      connectionAcquisitionTimeout: 20_000,
      maxTransactionRetryTime: 15_000,
      // The driver logs nothing by default; keep it that way so CLI output stays clean.
    });
    drivers.set(id, driver);
  }
  return driver;
}

export async function closeNeo4j(): Promise<void> {
  const all = [...drivers.values()];
  drivers.clear();
  await Promise.all(all.map((d) => d.close()));
}

/** True when Bolt answers and accepts the credentials; used while waiting for a server to come up. */
export async function checkConnection(cfg: Neo4jConfig): Promise<boolean> {
  const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), { connectionTimeout: 2_000 });
  try {
    await driver.verifyConnectivity({ database: cfg.database });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** An error from Neo4j, kept with its code and (for syntax errors) the position Neo4j reports. */
export class Neo4jQueryError extends Error {
  readonly code: string;
  readonly position?: { line: number; column: number; offset: number };
  constructor(message: string, code: string, position?: { line: number; column: number; offset: number }) {
    super(message);
    this.name = 'Neo4jQueryError';
    this.code = code;
    this.position = position;
  }
}

const NOT_RUNNING = ['ServiceUnavailable', 'SessionExpired'];

/**
 * Turns a driver error into one that says what failed and how to fix it: the server not reachable, wrong password,
 * unknown database. Anything else (syntax errors, constraint violations) keeps Neo4j's own message and position.
 */
export function describeNeo4jError(err: unknown, cfg: Neo4jConfig): Error {
  if (!(err instanceof Neo4jError)) return err instanceof Error ? err : new Error(String(err));
  const code = err.code;
  if (NOT_RUNNING.includes(code) || /ECONNREFUSED|connect ECONN|Could not perform discovery/.test(err.message)) {
    return new Neo4jQueryError(
      `Neo4j: cannot reach ${cfg.uri} (${err.message.split('\n')[0]}); start the local server with \`npx kg neo4j start\` or set NEO4J_URI to a running server.`,
      code,
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Neo4jQueryError(
      `Neo4j: authentication failed for user '${cfg.user}' at ${cfg.uri}; check NEO4J_USER / NEO4J_PASSWORD (the local server's password is in .neo4j/kg-neo4j.json).`,
      code,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jQueryError(
      `Neo4j: database '${cfg.database}' does not exist at ${cfg.uri}; check NEO4J_DATABASE (Neo4j Community has only 'neo4j' and 'system').`,
      code,
    );
  }
  const raw = err.diagnosticRecord?._position;
  const position =
    raw && raw.line != null
      ? { line: Number(raw.line), column: Number(raw.column), offset: Number(raw.offset) }
      : parsePosition(err.message);
  return new Neo4jQueryError(`Neo4j ${code}: ${err.message}`, code, position);
}

/** Neo4j writes positions into the message as `(line 1, column 10 (offset: 9))`. */
function parsePosition(message: string): { line: number; column: number; offset: number } | undefined {
  const m = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined;
}
