/** Worker thread: extracts the reports it is sent, one at a time, into the build cache, and posts back summaries. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadExtractEnv } from './extract-env.ts';
import { extractToCache, type ExtractJob } from './extract-file.ts';

// The gazetteer blob arrives in shared memory: open it in place instead of loading the index again.
loadExtractEnv((workerData as { gazetteer: Uint8Array }).gazetteer);

parentPort!.on('message', async (msg: { id: number; job: ExtractJob }) => {
  parentPort!.postMessage({ id: msg.id, result: await extractToCache(msg.job) });
});
parentPort!.postMessage({ ready: true });
