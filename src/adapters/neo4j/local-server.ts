/**
 * The project's own Neo4j server: Neo4j Community 5.26 run straight from the Maven jars in neo4j/lib
 * (`java -cp "lib/*" org.neo4j.server.CommunityEntryPoint`), with its home (config, data, logs, password) in
 * `.neo4j/` or `KG_NEO4J_HOME`. Start returns once Bolt answers; stop shuts it down cleanly.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { installNeo4j } from './install.ts';
import { CONF_TEMPLATE, NEO4J_LIB_DIR, defaultHome, stateFile } from './paths.ts';
import { checkConnection } from './driver.ts';
import type { Neo4jConfig } from './types.ts';

export interface LocalServerOptions {
  /** Home folder (config, data, logs); default `.neo4j/` or `KG_NEO4J_HOME`. */
  home?: string;
  boltPort?: number;
  httpPort?: number;
  routingPort?: number;
  /** JVM heap (-Xms/-Xmx), e.g. '512m'. */
  heap?: string;
  /** Neo4j page cache, e.g. '128m'. */
  pageCache?: string;
  /** Extra JVM options (also `KG_NEO4J_JAVA_OPTS`), e.g. '-XX:TieredStopAtLevel=1' for a quicker start. */
  javaOptions?: string;
  quiet?: boolean;
  /** How long to wait for Bolt to answer after launching the JVM. */
  timeoutMs?: number;
}

/** What `.neo4j/kg-neo4j.json` records; other kg commands read it to find the server without configuration. */
export interface LocalServerState {
  user: string;
  password: string;
  boltPort: number;
  httpPort: number;
  routingPort: number;
  pid?: number;
}

export interface LocalServerStatus {
  running: boolean;
  home: string;
  pid?: number;
  uri?: string;
  browserUrl?: string;
  config?: Neo4jConfig;
}

function envPort(name: string, fallback: number): number {
  const value = process.env[name];
  return value ? Number(value) : fallback;
}

export function readState(home = defaultHome()): LocalServerState | null {
  const file = stateFile(home);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as LocalServerState;
}

function writeState(home: string, state: LocalServerState): void {
  writeFileSync(stateFile(home), JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
}

export function configOf(state: LocalServerState): Neo4jConfig {
  return { uri: `bolt://127.0.0.1:${state.boltPort}`, user: state.user, password: state.password, database: 'neo4j' };
}

/** Is `pid` alive and our Neo4j (not a recycled pid)? */
export function isServerProcess(pid: number | undefined, home: string): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(home);
  } catch {
    return true; // no /proc: trust the pid
  }
}

export async function localNeo4jStatus(opts: { home?: string } = {}): Promise<LocalServerStatus> {
  const home = resolve(opts.home ?? defaultHome());
  const state = readState(home);
  if (!state || !isServerProcess(state.pid, home)) return { running: false, home };
  const config = configOf(state);
  return {
    running: true,
    home,
    pid: state.pid,
    uri: config.uri,
    browserUrl: `http://127.0.0.1:${state.httpPort}/browser/`,
    config,
  };
}

async function assertPortFree(port: number, flag: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(new Error(`kg neo4j: port ${port} on 127.0.0.1 is in use; stop what uses it or pass ${flag} <port>.`)),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

function javaBinary(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function writeConfig(home: string, state: LocalServerState, pageCache: string): void {
  const values: Record<string, string> = {
    home,
    boltPort: String(state.boltPort),
    httpPort: String(state.httpPort),
    routingPort: String(state.routingPort),
    pageCache,
  };
  const text = readFileSync(CONF_TEMPLATE, 'utf8').replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
  mkdirSync(join(home, 'conf'), { recursive: true });
  writeFileSync(join(home, 'conf', 'neo4j.conf'), text);
}

/** Sets the generated password offline, before the first start, with Neo4j's own admin tool from the jars. */
async function setInitialPassword(home: string, password: string): Promise<void> {
  const args = ['-cp', `${NEO4J_LIB_DIR}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password];
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') };
  const output: Buffer[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(javaBinary(), args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => output.push(d));
    child.stderr.on('data', (d: Buffer) => output.push(d));
    child.on('error', (err) => reject(new Error(`kg neo4j: could not run java (${err.message}); install Java 17.`)));
    child.on('exit', (c) => resolve(c ?? 1));
  });
  if (code !== 0)
    throw new Error(`kg neo4j: setting the initial password failed: ${Buffer.concat(output).toString().trim()}`);
}

async function httpAnswers(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

function tail(file: string, lines = 15): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** Starts the server in the background (installing it first if needed); resolves once Bolt answers. */
export async function startLocalNeo4j(opts: LocalServerOptions = {}): Promise<LocalServerStatus> {
  const home = resolve(opts.home ?? defaultHome());
  const current = await localNeo4jStatus({ home });
  if (current.running) return current;
  await installNeo4j({ quiet: opts.quiet });
  mkdirSync(home, { recursive: true });

  const previous = readState(home);
  const hasDatabase = existsSync(join(home, 'data', 'dbms', 'auth.ini'));
  if (hasDatabase && !previous) {
    throw new Error(
      `kg neo4j: ${home} holds a database but not its password file (kg-neo4j.json); delete ${home} to start afresh.`,
    );
  }
  const state: LocalServerState = {
    user: 'neo4j',
    // Hex: a password starting with '-' would be read as an option by the admin tool.
    password: previous?.password ?? randomBytes(16).toString('hex'),
    boltPort: opts.boltPort ?? envPort('KG_NEO4J_BOLT_PORT', previous?.boltPort ?? 7687),
    httpPort: opts.httpPort ?? envPort('KG_NEO4J_HTTP_PORT', previous?.httpPort ?? 7474),
    routingPort: opts.routingPort ?? envPort('KG_NEO4J_ROUTING_PORT', previous?.routingPort ?? 7688),
  };
  await assertPortFree(state.boltPort, '--bolt-port');
  await assertPortFree(state.httpPort, '--http-port');
  await assertPortFree(state.routingPort, '--routing-port');
  writeConfig(home, state, opts.pageCache ?? process.env.KG_NEO4J_PAGECACHE ?? '128m');
  if (!hasDatabase) await setInitialPassword(home, state.password);

  const heap = opts.heap ?? process.env.KG_NEO4J_HEAP ?? '512m';
  mkdirSync(join(home, 'logs'), { recursive: true });
  const consoleLog = join(home, 'logs', 'console.log');
  const out = openSync(consoleLog, 'a');
  const child = spawn(
    javaBinary(),
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      ...(opts.javaOptions ?? process.env.KG_NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean),
      '-cp',
      `${NEO4J_LIB_DIR}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      `--config-dir=${join(home, 'conf')}`,
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  child.unref();
  writeState(home, { ...state, pid: child.pid });

  const config = configOf(state);
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (exited !== undefined) {
      throw new Error(
        `kg neo4j: the server exited during start (code ${exited}); see ${join(home, 'logs')}:\n${tail(join(home, 'logs', 'neo4j.log')) || tail(consoleLog)}`,
      );
    }
    // Bolt comes up a few seconds before HTTP (Neo4j Browser); Neo4j logs "Started." once both are.
    if ((await checkConnection(config)) && (await httpAnswers(state.httpPort))) return localNeo4jStatus({ home });
    await new Promise((r) => setTimeout(r, 400));
  }
  throw new Error(
    `kg neo4j: Bolt did not answer on ${config.uri} within ${opts.timeoutMs ?? 120_000} ms; see ${join(home, 'logs', 'neo4j.log')}.`,
  );
}

/** Stops the server cleanly (SIGTERM, Neo4j checkpoints and exits); SIGKILL only if it hangs past the timeout. */
export async function stopLocalNeo4j(opts: { home?: string; timeoutMs?: number } = {}): Promise<boolean> {
  const home = resolve(opts.home ?? defaultHome());
  const state = readState(home);
  if (!state || !isServerProcess(state.pid, home)) return false;
  const pid = state.pid!;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  while (isServerProcess(pid, home)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  writeState(home, { ...state, pid: undefined });
  return true;
}

/** The local server's config, starting it first when it is not running. */
export async function ensureLocalNeo4j(opts: LocalServerOptions = {}): Promise<Neo4jConfig> {
  const status = await startLocalNeo4j({ quiet: true, ...opts });
  if (!opts.quiet && status.uri) process.stderr.write(`kg neo4j: local server at ${status.uri}\n`);
  return status.config!;
}
