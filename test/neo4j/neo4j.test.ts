/**
 * The Neo4j integration suites, sharing one real Neo4j 5.26 started for this file (a throwaway home and free
 * ports): starting a JVM costs tens of CPU-seconds, so the suites reuse one and each clears the database first.
 * The kill-the-server test has its own server (kill.test.ts).
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { startTestServer, type TestServer } from './server.ts';
import { loaderSuite } from './suites/loader.ts';
import { querySuite } from './suites/query.ts';
import { savedQueriesSuite } from './suites/saved-queries.ts';

const ctx = {} as { server: TestServer };
beforeAll(async () => {
  ctx.server = await startTestServer();
}, 300_000);
afterAll(async () => {
  await ctx.server?.stop();
});

describe('loader', () => loaderSuite(ctx));
describe('queries and the command line', () => querySuite(ctx));
describe('saved queries', () => savedQueriesSuite(ctx));
