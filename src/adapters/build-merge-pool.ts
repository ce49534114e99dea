/**
 * Merge worker threads (build-merge-worker-main.ts): each spills a share of the documents, then partitions are
 * written in parallel, one at a time per thread, and their output is passed on in partition order.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { OnRecord } from './build-index.ts';
import type { Bounds, SpillDoc } from './build-merge-part.ts';
import { CHUNK_BYTES, type Output, type TextStore } from './build-output.ts';

export interface DocRef {
  doc: string;
  store: number;
  base: number;
}

export type PoolRequest =
  | { type: 'spill'; jobs: SpillDoc[]; bounds: Bounds; dir: string; tag: string; store: TextStore }
  | { type: 'docs'; docs: DocRef[]; stores: TextStore[] }
  | { type: 'returns'; port: MessagePort }
  | { type: 'write'; task: number; paths: string[]; index: boolean };

/**
 * A partition's records as written: per record its key's hash, start and end (relative to the partition's output),
 * count, first rank, number of quiet contributors and evidence bounds; the quiet contributors' ranks, record after
 * record.
 */
export interface PartRecords {
  nums: Float64Array;
  quiet: Float64Array;
}

export type PoolReply =
  | { type: 'spilled'; damaged: number[] }
  | { type: 'chunk'; task: number; chunk: Uint8Array }
  | { type: 'done'; task: number; count: number; records?: PartRecords };

const NONE = new Float64Array(0);

export class MergePool {
  private readonly workers: Worker[];
  readonly tags: string[];
  private failed: Error | null = null;
  /** Rejects the requests in flight when a worker fails. */
  private readonly inFlight = new Set<(e: Error) => void>();

  get size(): number {
    return this.workers.length;
  }

  /** Per worker, the port its written chunks go back through, to be filled again. */
  private readonly returns = new Map<Worker, MessagePort>();

  constructor(n: number) {
    this.workers = Array.from({ length: n }, () => new Worker(new URL('./build-merge-worker.js', import.meta.url)));
    this.tags = this.workers.map((_, i) => `w${i}`);
    for (const w of this.workers) {
      const { port1, port2 } = new MessageChannel();
      w.postMessage({ type: 'returns', port: port2 } satisfies PoolRequest, [port2]);
      this.returns.set(w, port1);
    }
    for (const w of this.workers)
      w.on('error', (e) => {
        this.failed = e as Error;
        for (const reject of this.inFlight) reject(e as Error);
      });
  }

  /** One request to one worker, resolved with its first reply of the given type (others go to `each`). */
  private ask(
    w: Worker,
    req: PoolRequest,
    until: PoolReply['type'],
    each?: (r: PoolReply) => void,
  ): Promise<PoolReply> {
    return new Promise((resolve, reject) => {
      if (this.failed) return reject(this.failed);
      this.inFlight.add(reject);
      const listen = (r: PoolReply) => {
        if (r.type !== until) return each?.(r);
        w.off('message', listen);
        this.inFlight.delete(reject);
        resolve(r);
      };
      w.on('message', listen);
      w.postMessage(req);
    });
  }

  /** Documents dealt round-robin (neighbours in id order differ in size less than a random split); damaged ranks. */
  async spill(jobs: SpillDoc[], bounds: Bounds, dir: string, store: TextStore): Promise<number[]> {
    const replies = await Promise.all(
      this.workers.map((w, i) =>
        this.ask(
          w,
          {
            type: 'spill',
            jobs: jobs.filter((_, k) => k % this.workers.length === i),
            bounds,
            dir,
            tag: this.tags[i]!,
            store,
          },
          'spilled',
        ),
      ),
    );
    return replies.flatMap((r) => (r.type === 'spilled' ? r.damaged : []));
  }

  /**
   * Writes the sections (nodes, then edges: each a list of partitions, each a list of spill files) to `out` as the
   * JSON arrays' items, `],"edges":[` between the sections; pushes each section's item count to `counts`.
   * `onRecord` hears of every record, in output order, with its place in `out`.
   */
  async write(
    sections: string[][][],
    docs: DocRef[],
    stores: TextStore[],
    out: Output,
    counts: number[],
    onRecord?: OnRecord,
  ): Promise<void> {
    for (const w of this.workers) w.postMessage({ type: 'docs', docs, stores } satisfies PoolRequest);
    const tasks = sections.flatMap((parts, s) => parts.map((paths) => ({ s, paths })));
    const pending = new Map<number, [Uint8Array, MessagePort][]>();
    const done = new Map<number, number>();
    const records = new Map<number, PartRecords>();
    const bases = new Map<number, number>(); // where each task's output starts in `out`
    let next = 0; // the task whose output goes out now; later ones wait in `pending`
    let section = 0;
    let items = 0; // items of the current section written by finished tasks
    const enter = (task: number) => {
      if (tasks[task]!.s === section) return;
      counts.push(items);
      out.string('],"edges":[');
      section = tasks[task]!.s;
      items = 0;
    };
    const emit = (task: number, chunk: Uint8Array, back: MessagePort) => {
      enter(task);
      if (!bases.has(task)) {
        if (items > 0) out.byte(44); // a comma between the last item of the partitions before and this one's first
        bases.set(task, out.offset);
      }
      out.pass(chunk);
      // written (the sink is done with it): back to the worker, to be filled again
      if (chunk.buffer.byteLength === CHUNK_BYTES) back.postMessage(chunk.buffer, [chunk.buffer as ArrayBuffer]);
    };
    const advance = () => {
      for (;;) {
        for (const [c, back] of pending.get(next) ?? []) emit(next, c, back);
        pending.delete(next);
        if (!done.has(next)) return;
        enter(next);
        items += done.get(next)!;
        const recs = records.get(next);
        if (recs && onRecord) {
          const base = bases.get(next)!;
          const { nums, quiet } = recs;
          for (let n = 0, q = 0; n < nums.length; n += 7) {
            const quietN = nums[n + 5]!;
            onRecord(
              nums[n]!,
              base + nums[n + 1]!,
              base + nums[n + 2]!,
              nums[n + 3]!,
              nums[n + 4]!,
              quietN ? quiet.subarray(q, q + quietN) : NONE,
              nums[n + 6]!,
            );
            q += quietN;
          }
        }
        records.delete(next);
        bases.delete(next);
        done.delete(next);
        next++;
      }
    };
    let fed = 0;
    const run = async (w: Worker): Promise<void> => {
      while (fed < tasks.length) {
        const task = fed++;
        const req: PoolRequest = { type: 'write', task, paths: tasks[task]!.paths, index: onRecord !== undefined };
        const reply = await this.ask(w, req, 'done', (r) => {
          if (r.type !== 'chunk') return;
          const back = this.returns.get(w)!;
          if (r.task === next) emit(next, r.chunk, back);
          else {
            const waiting = pending.get(r.task) ?? [];
            waiting.push([r.chunk, back]);
            pending.set(r.task, waiting);
          }
        });
        if (reply.type === 'done') {
          done.set(task, reply.count);
          if (reply.records) records.set(task, reply.records);
        }
        advance();
      }
    };
    await Promise.all(this.workers.map(run));
    counts.push(items);
  }

  async close(): Promise<void> {
    for (const p of this.returns.values()) p.close();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
