/**
 * Running shortest-path tasks: on the calling thread, or on a pool of threads
 * ==========================================================================
 *
 * The all-pairs metrics split their work into tasks (blocks of sources, blocks of sampled paths;
 * see pathKernel.ts). A {@link ShortestPathPool} runs tasks somewhere else — `createWorkerPool()`
 * in `ddci-sna/node` runs them on worker threads — and hands each result back; without a pool they
 * run here, one after the other. The core never imports a thread API: the pool is injected.
 *
 * Results do not depend on where tasks ran: the task list is fixed by the graph and the options
 * alone (never by the number of threads), and {@link OrderedSum} adds the tasks' per-node arrays
 * in task order whatever order they arrive in, so the floating-point sums are the same bits on one
 * thread or many.
 */
import type { GraphArrays, GraphIndex } from '../../graph/index';
import { createPathWorkspace, runPathTask, type PathGraph, type PathTask, type PathTaskResult } from './pathKernel';
import type { StructureFigures, structureFigures } from './structure';

/**
 * Runs shortest-path tasks on other threads. Implementations: `createWorkerPool()` (ddci-sna/node).
 *
 * @example
 * ```ts
 * import { createWorkerPool } from 'ddci-sna/node';
 * const pool = createWorkerPool({ threads: 4 });
 * const { betweenness } = await shortestPathCentralitiesAsync(index, { pool });
 * await pool.close();
 * ```
 */
export interface ShortestPathPool {
  /** Threads the pool can run at once. */
  readonly size: number;
  /**
   * Runs every task on `graph` using at most `threads` threads, calling `onResult(i, result)`
   * once per task (any order); resolves when all are done, rejects on the first failure.
   */
  run(
    graph: PathGraph,
    tasks: readonly PathTask[],
    onResult: (index: number, result: PathTaskResult) => void,
    threads: number,
  ): Promise<void>;
  /**
   * Optional: computes {@link structureFigures} of `graph` on one of the pool's threads, alongside
   * runs (the analysis asks for it just before its all-pairs run: that thread takes the job
   * first, then joins the run). Rejects with the thread's error. Without it, the analysis computes
   * the figures on its own thread.
   */
  structure?(graph: GraphArrays): Promise<StructureFigures>;
}

/** Work below this many edge visits (searches × (n + m)) runs on the calling thread: starting threads (~50 ms) would cost more. */
export const PARALLEL_MIN_WORK = 1e8;

/** The kernels' view of the shared index (its out- and in-CSR; no copy). */
export function pathGraphOf(index: GraphIndex): PathGraph {
  return {
    order: index.order,
    outStart: index.out.start,
    outNeighbor: index.out.neighbor,
    inStart: index.in.start,
    inNeighbor: index.in.neighbor,
  };
}

/** A job: its tasks, where each result goes, and what the sums become. */
export interface PathPlan<T> {
  readonly graph: PathGraph;
  readonly tasks: readonly PathTask[];
  /** Estimated edge visits, to decide whether threads are worth starting. */
  readonly work: number;
  accept(index: number, result: PathTaskResult): void;
  finish(): T;
}

/** Runs a plan on the calling thread, one workspace for every task. */
export function runPlanSync<T>(plan: PathPlan<T>): T {
  if (plan.tasks.length > 0) {
    const workspace = createPathWorkspace(plan.graph);
    plan.tasks.forEach((task, i) => plan.accept(i, runPathTask(plan.graph, task, workspace)));
  }
  return plan.finish();
}

/** Runs a plan on `pool` when it has more than one thread to give and the work is worth it. */
export async function runPlan<T>(plan: PathPlan<T>, pool: ShortestPathPool | undefined, threads: number): Promise<T> {
  const useful = Math.min(threads, pool?.size ?? 1, plan.tasks.length);
  if (pool === undefined || useful < 2 || plan.work < PARALLEL_MIN_WORK) return runPlanSync(plan);
  await pool.run(plan.graph, plan.tasks, (i, result) => plan.accept(i, result), useful);
  return plan.finish();
}

type SumField = Exclude<keyof PathTaskResult, 'searches' | 'traversals' | 'edgeScans'>;

/**
 * Per-node sums of task results, added in task order whatever order results arrive in (results
 * that come early wait; a pool hands tasks out in order, so few ever wait).
 */
export class OrderedSum {
  readonly sums: Partial<Record<SumField, Float64Array>> = {};
  searches = 0;
  private next = 0;
  private readonly waiting = new Map<number, PathTaskResult>();
  constructor(
    private readonly order: number,
    private readonly fields: readonly SumField[],
  ) {
    for (const f of fields) this.sums[f] = new Float64Array(order);
  }

  add(index: number, result: PathTaskResult): void {
    this.waiting.set(index, result);
    for (let r = this.waiting.get(this.next); r !== undefined; r = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.searches += r.searches;
      for (const f of this.fields) {
        const total = this.sums[f]!;
        const part = r[f]!;
        for (let v = 0; v < this.order; v++) total[v] += part[v];
      }
    }
  }

  /** Tasks summed so far. */
  get done(): number {
    return this.next;
  }
}

/** Splits `count` items into blocks of `max(minBlock, ⌈count / maxBlocks⌉)`: a function of `count` only. */
export function blockSizeFor(count: number, minBlock: number, maxBlocks = 64): number {
  return Math.max(minBlock, Math.ceil(count / maxBlocks));
}
