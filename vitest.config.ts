import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Neo4j and browser suites share one local server and machine: keep files from fighting over 2 cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
