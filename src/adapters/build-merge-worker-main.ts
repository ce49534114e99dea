/** Merge worker thread: spills documents' entries, and writes partitions, as the main thread asks (build-merge-pool.ts). */
import { parentPort, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { spillDocs, writePartition } from './build-merge-part.ts';
import { CHUNK_BYTES, docTexts, Output, type DocTexts } from './build-output.ts';
import type { PoolRequest, PoolReply } from './build-merge-pool.ts';

const port = parentPort!;
const post = (msg: PoolReply, transfer: ArrayBuffer[] = []) => port.postMessage(msg, transfer);
let docs: DocTexts[] = [];
/** Chunk buffers the main thread has written and handed back: fresh memory costs more than the copy into it. */
let returns: MessagePort | null = null;
const free: ArrayBuffer[] = [];

/**
 * Chunks handed over and not yet back. A partition written ahead of its turn waits in the main thread until the
 * partitions before it are out; a thread may run that far ahead by this many chunks only, then waits for buffers to
 * come back (a hub record's partition is hundreds of megabytes of output: unbounded, the waiting chunks pushed a
 * 100 MB build's peak RSS from 936 to 1032 MB from one run to the next).
 */
const MAX_OUT = 8;
let out = 0;
const pause = new Int32Array(new SharedArrayBuffer(4));

function takeReturned(): void {
  for (let m = returns && receiveMessageOnPort(returns); m; m = receiveMessageOnPort(returns!)) {
    free.push(m.message as ArrayBuffer);
    out--;
  }
}

/** A buffer for a chunk of n bytes: a returned one when it fits, else a new one while few are out. */
function chunkBuffer(n: number): Uint8Array {
  if (n > CHUNK_BYTES) return new Uint8Array(n);
  if (!free.length) takeReturned();
  // the main thread hands buffers back as it writes them: wait for one (it writes earlier partitions meanwhile)
  while (!free.length && returns && out >= MAX_OUT) {
    Atomics.wait(pause, 0, 0, 2);
    takeReturned();
  }
  out++;
  return new Uint8Array(free.pop() ?? new ArrayBuffer(CHUNK_BYTES), 0, n);
}

port.on('message', (msg: PoolRequest) => {
  if (msg.type === 'spill')
    post({ type: 'spilled', damaged: spillDocs(msg.jobs, msg.bounds, msg.dir, msg.tag, msg.store) });
  else if (msg.type === 'docs') docs = msg.docs.map((d) => docTexts(d.doc, msg.stores[d.store]!, d.base));
  else if (msg.type === 'returns') returns = msg.port;
  else {
    // the output buffer is reused: each chunk is copied into a buffer of its own, handed over without another copy
    const out = new Output((chunk) => {
      const own = chunkBuffer(chunk.length);
      own.set(chunk);
      post({ type: 'chunk', task: msg.task, chunk: own }, [own.buffer as ArrayBuffer]);
    });
    if (!msg.index) return post({ type: 'done', task: msg.task, count: writePartition(msg.paths, docs, out) });
    // the records' places, relative to this partition's output, for the index (build-index.ts)
    const nums: number[] = [];
    const quiet: number[] = [];
    const count = writePartition(msg.paths, docs, out, (hash, start, end, n, first, q, bounds) => {
      nums.push(hash, start, end, n, first, q.length, bounds);
      for (let i = 0; i < q.length; i++) quiet.push(q[i]!);
    });
    const records = { nums: Float64Array.from(nums), quiet: Float64Array.from(quiet) };
    post({ type: 'done', task: msg.task, count, records }, [records.nums.buffer, records.quiet.buffer]);
  }
});
