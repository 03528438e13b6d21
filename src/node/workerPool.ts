/**
 * A pool of worker threads for the all-pairs network metrics (the {@link ShortestPathPool} the
 * core accepts). node:worker_threads directly, not a pool library: each run ships the graph and
 * its task list to every worker once, with a shared counter from which the workers take the next
 * task themselves (Atomics.add), keeping per-worker state (the graph, one workspace) across tasks —
 * a job shape task-per-call pools do not model — in ~150 lines. Because the workers never wait for
 * this thread to hand them work, the caller may keep computing while they run (the analysis does);
 * results queue up as messages until it next turns the event loop.
 *
 * The pool also takes the analysis' structure job (`structure()`, metrics/network/structure.ts):
 * it is posted to the first worker ahead of the all-pairs run the analysis asks for next, so that
 * worker computes it first and then takes run tasks from the counter like the others, which
 * started on the run at once. The index's arrays are on shared memory (graph/index.ts), so the job
 * reaches the worker without a copy; its figures come back transferred.
 *
 * Workers start on the first run and stay for the next ones until `close()`; between jobs they
 * do not keep the process alive (unref), so forgetting `close()` never hangs a script.
 */
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DdciError } from '../errors';
import type { GraphArrays } from '../graph/index';
import type { PathGraph, PathTask, PathTaskResult } from '../metrics/network/pathKernel';
import type { ShortestPathPool } from '../metrics/network/pathPool';
import type { StructureFigures } from '../metrics/network/structure';

/**
 * The messages from the pool to a worker: one run — the graph, every task, and the shared index
 * of the next task to take —, or one structure job.
 */
export type PoolMessage =
  | {
    type: 'run';
    graph: PathGraph;
    tasks: readonly PathTask[];
    /** One Int32 on a SharedArrayBuffer: the next task's index (Atomics.add by the workers). */
    next: Int32Array;
  }
  | { type: 'structure'; id: number; graph: GraphArrays };

/** Messages from a worker to the pool: a run's (by task index), a structure job's (by id). */
export type WorkerMessage =
  | { type: 'result'; index: number; result: PathTaskResult }
  | { type: 'error'; index: number; message: string; stack?: string }
  | { type: 'structure'; id: number; figures: StructureFigures }
  | { type: 'structureError'; id: number; message: string; stack?: string };

export interface WorkerPoolOptions {
  /** Worker threads, an integer ≥ 1 (default: the machine's available parallelism). */
  threads?: number;
}

export interface WorkerPool extends ShortestPathPool {
  /**
   * Starts the pool's threads now, without work, so that the next run or job does not wait for
   * them to start (a thread's start and its modules cost ~0.1 s); call it when the work is
   * likely to come. Idle, they do not keep the process alive; one that fails idle is dropped and
   * its failure is reported by the run that would have used it (a new thread is started).
   */
  prestart(): void;
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
  let jobCount = 0;
  const jobs = new Set<Promise<unknown>>(); // structure jobs not yet settled
  // A worker keeps the process alive while a run or a job waits for it (not between them).
  const holds = new Map<Worker, number>();
  const hold = (worker: Worker) => {
    holds.set(worker, (holds.get(worker) ?? 0) + 1);
    worker.ref();
  };
  const release = (worker: Worker) => {
    const left = holds.get(worker)! - 1;
    if (left > 0) holds.set(worker, left);
    else {
      holds.delete(worker);
      worker.unref();
    }
  };
  // A worker that failed may be mid-task: replace them all on the next run.
  const replaceAll = () => {
    for (const w of workers.splice(0)) void w.terminate();
  };
  const startWorker = (): Worker => {
    const worker = new Worker(workerFile());
    // Not held: idle, it does not keep the process alive; failing idle, it is dropped (a held one
    // is dealt with by its run or job).
    worker.unref();
    worker.on('error', () => {
      if (!holds.has(worker) && workers.includes(worker)) workers.splice(workers.indexOf(worker), 1);
    });
    workers.push(worker);
    return worker;
  };

  const run = (graph: PathGraph, tasks: readonly PathTask[], onResult: (i: number, r: PathTaskResult) => void, threads: number) =>
    new Promise<void>((resolve, reject) => {
      const count = Math.max(1, Math.min(threads, size, tasks.length));
      while (workers.length < count) startWorker();
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
          replaceAll();
          reject(error);
        }
      };
      if (tasks.length === 0) return finish();
      for (const worker of active) {
        const onMessage = (message: WorkerMessage) => {
          if (failed || message.type === 'structure' || message.type === 'structureError') return;
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
        hold(worker);
        cleanups.push(() => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
          release(worker);
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
    structure(graph) {
      const job = structureJob(graph);
      jobs.add(job);
      const forget = () => jobs.delete(job);
      job.then(forget, forget);
      return job;
    },
    prestart() {
      while (workers.length < size) startWorker();
    },
    async close() {
      await queue;
      await Promise.all([...jobs].map((job) => job.catch(() => undefined)));
      await Promise.all(workers.splice(0).map((w) => w.terminate()));
    },
  };

  /**
   * Posts a structure job to the first worker now (whatever runs are queued: a worker handles
   * its messages in order, so the job goes ahead of any run posted after it) and settles with its
   * figures, its error, or the worker's death.
   */
  function structureJob(graph: GraphArrays): Promise<StructureFigures> {
    return new Promise<StructureFigures>((resolve, reject) => {
      if (workers.length === 0) startWorker();
      const worker = workers[0]!;
      const id = ++jobCount;
      let settled = false;
      const settle = (error: Error | null, figures?: StructureFigures) => {
        if (settled) return;
        settled = true;
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        release(worker);
        if (error === null) resolve(figures!);
        else reject(error);
      };
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'structure' && message.id === id) settle(null, message.figures);
        else if (message.type === 'structureError' && message.id === id) {
          const error = new Error(`structure worker: ${message.message}`);
          if (message.stack) error.stack = message.stack;
          settle(error);
        }
      };
      const onError = (error: Error) => {
        if (workers.includes(worker)) replaceAll();
        settle(error);
      };
      const onExit = (code: number) => {
        if (workers.includes(worker)) replaceAll();
        settle(new Error(`structure worker stopped (exit code ${code})`));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      hold(worker);
      worker.postMessage({ type: 'structure', id, graph } satisfies PoolMessage);
    });
  }
}

/**
 * The worker's file beside this bundle, in the same format: dist/pathWorker.js from the ESM build,
 * dist/pathWorker.cjs from the CommonJS one (where tsup shims import.meta.url).
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return join(dirname(here), `pathWorker${extname(here)}`);
}
