/** Worker thread: reads and extracts the reports it is sent, one at a time, and posts their graphs back. */
import { parentPort } from 'node:worker_threads';
import { extractFile, type FileResult } from './extract-file.ts';

parentPort!.on('message', async (msg: { id: number; file: string; docId: string }) => {
  const result: FileResult = await extractFile(msg.file, msg.docId);
  parentPort!.postMessage({ id: msg.id, result });
});
parentPort!.postMessage({ ready: true });
