/**
 * A pool of worker threads for the all-pairs network metrics (the {@link ShortestPathPool} the
 * core accepts). node:worker_threads directly, not a pool library: each run ships the graph and
 * its task list to every worker once, with a shared counter from which the workers take the next
 * task themselves (Atomics.add), keeping per-worker state (the graph, one workspace) across tasks —
 * a job shape task-per-call pools do not model — in ~150 lines. Because the workers never wait for
 * this thread to hand them work, the caller may keep computing while they run (the analysis does);
 * results queue up as messages until it next turns the event loop.
 *
 * Workers start on the first run and stay for the next ones until `close()`; between runs they
 * do not keep the process alive (unref), so forgetting `close()` never hangs a script.
 */
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DdciError } from '../errors';
import type { PathGraph, PathTask, PathTaskResult } from '../metrics/network/pathKernel';
import type { ShortestPathPool } from '../metrics/network/pathPool';

/** The message from the pool to a worker: one run — the graph, every task, and the shared index of the next task to take. */
export interface PoolMessage {
  type: 'run';
  graph: PathGraph;
  tasks: readonly PathTask[];
  /** One Int32 on a SharedArrayBuffer: the next task's index (Atomics.add by the workers). */
  next: Int32Array;
}

/** Messages from a worker to the pool. */
type WorkerMessage =
  | { type: 'result'; index: number; result: PathTaskResult }
  | { type: 'error'; index: number; message: string; stack?: string };

export interface WorkerPoolOptions {
  /** Worker threads, an integer ≥ 1 (default: the machine's available parallelism). */
  threads?: number;
}

export interface WorkerPool extends ShortestPathPool {
  /** Stops every worker; the pool starts new ones if it is used again. */
  close(): Promise<void>;
}

/**
 * A pool of `threads` worker threads for {@link analyzeAsync} and the `…Async` metrics.
 *
 * @example
 * ```ts
 * import { analyzeAsync } from 'ddci-sna';
 * import { createWorkerPool } from 'ddci-sna/node';
 * const pool = createWorkerPool();          // one thread per core
 * try {
 *   const analysis = await analyzeAsync(input, config, { pool });
 * } finally {
 *   await pool.close();
 * }
 * ```
 * @throws DdciError `invalid_option` when `threads` is not an integer ≥ 1.
 */
export function createWorkerPool(options: WorkerPoolOptions = {}): WorkerPool {
  for (const key of Object.keys(options)) {
    if (key !== 'threads') throw new DdciError({ code: 'unknown_option', path: [key], message: `createWorkerPool: unknown option "${key}"` });
  }
  const size = options.threads ?? availableParallelism();
  if (!Number.isInteger(size) || size < 1 || size > 1024) {
    throw new DdciError({ code: 'invalid_option', path: ['threads'], message: `createWorkerPool: threads must be an integer ≥ 1 and ≤ 1024, got ${String(size)}` });
  }
  const workers: Worker[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0; // runs started or queued, not yet settled

  const run = (graph: PathGraph, tasks: readonly PathTask[], onResult: (i: number, r: PathTaskResult) => void, threads: number) =>
    new Promise<void>((resolve, reject) => {
      const count = Math.max(1, Math.min(threads, size, tasks.length));
      while (workers.length < count) workers.push(new Worker(workerFile()));
      const active = workers.slice(0, count);
      const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
      let done = 0;
      let failed = false;
      const cleanups: (() => void)[] = [];
      const finish = (error?: Error) => {
        if (failed) return;
        if (error !== undefined) failed = true;
        for (const cleanup of cleanups) cleanup();
        if (error === undefined) resolve();
        else {
          // A worker that failed may be mid-task: replace them all on the next run.
          for (const w of workers.splice(0)) void w.terminate();
          reject(error);
        }
      };
      if (tasks.length === 0) return finish();
      for (const worker of active) {
        const onMessage = (message: WorkerMessage) => {
          if (failed) return;
          if (message.type === 'error') {
            const error = new Error(`shortest-path worker, task ${message.index}: ${message.message}`);
            if (message.stack) error.stack = message.stack;
            return finish(error);
          }
          try {
            onResult(message.index, message.result);
          } catch (error) {
            return finish(error instanceof Error ? error : new Error(String(error)));
          }
          if (++done === tasks.length) return finish();
        };
        const onError = (error: Error) => finish(error);
        const onExit = (code: number) => finish(new Error(`shortest-path worker stopped (exit code ${code})`));
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.ref();
        cleanups.push(() => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
          worker.unref();
        });
        worker.postMessage({ type: 'run', graph, tasks, next } satisfies PoolMessage);
      }
    });

  return {
    size,
    run(graph, tasks, onResult, threads) {
      // One run at a time: a run owns the workers until its last result. With none in flight it
      // starts now, not in a then(): its threads boot while the caller keeps computing (a
      // continuation would wait for the caller's next await — after the analysis' next step).
      const start = () => run(graph, tasks, onResult, threads).finally(() => { pending -= 1; });
      const result = pending === 0 ? start() : queue.then(start);
      pending += 1;
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      await Promise.all(workers.splice(0).map((w) => w.terminate()));
    },
  };
}

/**
 * The worker's file beside this bundle, in the same format: dist/pathWorker.js from the ESM build,
 * dist/pathWorker.cjs from the CommonJS one (where tsup shims import.meta.url).
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return join(dirname(here), `pathWorker${extname(here)}`);
}
