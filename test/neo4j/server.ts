/**
 * A throwaway local Neo4j for one test file: its own home folder under the OS temp dir and its own free ports, so
 * test files (and a developer's own `.neo4j/`) never share state. Started for real from neo4j/lib.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeNeo4j, installNeo4j, startLocalNeo4j, stopLocalNeo4j } from '../../src/adapters/neo4j/index.ts';
import type { Neo4jConfig } from '../../src/adapters/neo4j/index.ts';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface TestServer {
  cfg: Neo4jConfig;
  home: string;
  boltPort: number;
  httpPort: number;
  pid: number;
  /** Starts it again on the same home and ports (after a stop or a kill). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Tests use the C1 compiler only (`-XX:TieredStopAtLevel=1`): it halves the CPU a cold start and first queries cost
 * (measured: 12 vs 21 CPU-seconds to ready), which matters on a busy 2-core machine; the benchmark uses full JIT.
 */
export async function startTestServer(
  memory: { heap?: string; pageCache?: string; javaOptions?: string } = {},
): Promise<TestServer> {
  await installNeo4j({ quiet: true });
  const home = mkdtempSync(join(tmpdir(), 'kg-neo4j-test-'));
  const ports = { boltPort: await freePort(), httpPort: await freePort(), routingPort: await freePort() };
  const opts = {
    home,
    ...ports,
    heap: memory.heap ?? '384m',
    pageCache: memory.pageCache ?? '64m',
    javaOptions: memory.javaOptions ?? '-XX:TieredStopAtLevel=1',
    quiet: true,
  };
  const status = await startLocalNeo4j(opts);
  const server: TestServer = {
    cfg: status.config!,
    home,
    boltPort: ports.boltPort,
    httpPort: ports.httpPort,
    pid: status.pid!,
    async restart() {
      await closeNeo4j(); // drop pooled connections to the old process
      const again = await startLocalNeo4j(opts);
      server.pid = again.pid!;
    },
    async stop() {
      await closeNeo4j();
      await stopLocalNeo4j({ home });
      rmSync(home, { recursive: true, force: true });
    },
  };
  return server;
}
