/** Runs fuzz cases in a worker thread with a deadline: a case that does not finish is stopped and reported. */
import { Worker } from 'node:worker_threads';
import type { CaseResult, Stage } from './fuzz-worker-main.ts';

export type RunResult = CaseResult | { outcome: 'timeout'; stage: Stage; ms: number };

export class CaseRunner {
  private worker: Worker | null = null;
  private stage: Stage = 'make';

  /** Starts the worker and waits until it has loaded the extraction environment. */
  start(): Promise<void> {
    const worker = new Worker(new URL('./fuzz-worker.js', import.meta.url));
    this.worker = worker;
    return new Promise((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', (msg: { ready?: boolean }) => (msg.ready ? resolve() : reject(new Error('no ready'))));
    });
  }

  async run(name: string, file: string, extract: boolean, deadlineMs: number): Promise<RunResult> {
    if (!this.worker) await this.start();
    const worker = this.worker!;
    const started = performance.now();
    this.stage = 'make';
    return new Promise<RunResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        // synchronous extraction cannot be interrupted: the worker is stopped and the next case gets a new one
        void worker.terminate();
        this.worker = null;
        resolve({ outcome: 'timeout', stage: this.stage, ms: Math.round(performance.now() - started) });
      }, deadlineMs);
      const onMessage = (msg: { stage?: Stage; result?: CaseResult }) => {
        if (msg.stage) this.stage = msg.stage;
        if (msg.result) {
          cleanup();
          resolve(msg.result);
        }
      };
      const onError = (error: Error) => {
        cleanup();
        this.worker = null;
        reject(error);
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ name, file, extract });
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
