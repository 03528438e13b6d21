/**
 * Betweenness, harmonic and closeness from one set of searches
 * ============================================================
 *
 * The three all-pairs metrics (hops; weight IGNORED) share their breadth-first searches: the
 * search from s over out-edges gives d(s, v) and σ_sv for every v, enough for Brandes'
 * accumulation, for Σ 1/d(s, v) and for Σ d(s, v). Exact: one search per node, O(n·m).
 * Sampled (`sampling` given): Riondato–Kornaropoulos paths for betweenness and Eppstein–Wang
 * sources for harmonic and closeness, each within a stated error (see sampling.ts).
 *
 * The work is cut into tasks fixed by the graph and the options — never by the thread count — and
 * per-node sums are added in task order (pathPool.ts), so the result is the same to the last bit
 * on one thread (`shortestPathCentralities`) or on a pool (`shortestPathCentralitiesAsync`).
 * A graph of up to 256 nodes is one task: its sums are exactly the plain sequential ones.
 */
import type { GraphIndex } from '../../graph/index';
import { isBoolean, resolveOptions, type Check } from './options';
import { BATCH } from './multiSource';
import type { PathTask } from './pathKernel';
import {
  OrderedSum, blockSizeFor, pathGraphOf, runPlan, runPlanSync, type PathPlan, type ShortestPathPool,
} from './pathPool';
import {
  isSampling, mixSeed, pairSampleSize, resolveSamplingOptions, sampleSources, sourceSampleSize, vertexDiameterBound,
  type SamplingOptions, type SamplingRecord,
} from './sampling';

export interface ShortestPathOptions {
  /** Compute betweenness (default true). */
  betweenness?: boolean;
  /** Compute harmonic centrality, unnormalised (default true). */
  harmonic?: boolean;
  /** Compute closeness (default false). */
  closeness?: boolean;
  /** Betweenness divided by (n − 1)(n − 2) (default true). */
  normalized?: boolean;
  /** Closeness scaled by the reachable share (r − 1)/(n − 1) (default true). */
  wfImproved?: boolean;
  /** Sample with these error bounds instead of searching from every node; null (default) = exact. */
  sampling?: SamplingOptions | null;
}

/** Where the work runs: a pool from `createWorkerPool()` (ddci-sna/node) and how many of its threads. */
export interface ParallelOptions {
  /** Runs the tasks on other threads; without it everything runs on the calling thread. */
  pool?: ShortestPathPool;
  /** Threads to use, ≥ 1 (default: all of the pool's). */
  threads?: number;
}

export const SHORTEST_PATH_DEFAULTS: Readonly<Required<ShortestPathOptions>> = Object.freeze({
  betweenness: true,
  harmonic: true,
  closeness: false,
  normalized: true,
  wfImproved: true,
  sampling: null,
});

const CHECKS = {
  betweenness: isBoolean,
  harmonic: isBoolean,
  closeness: isBoolean,
  normalized: isBoolean,
  wfImproved: isBoolean,
  sampling: isSampling,
};

export interface ShortestPathResult {
  /** Per node; null when not asked for. */
  betweenness: Float64Array | null;
  harmonic: Float64Array | null;
  closeness: Float64Array | null;
  /** What was sampled, with its bounds; null when every figure is exact. */
  sampling: SamplingRecord | null;
  /** Searches run: one per source searched plus one per sampled path. */
  searches: number;
}

/** Smallest block of sources per task: graphs up to this size are one task (plain sequential sums). */
const MIN_SOURCE_BLOCK = 256;
/** Smallest block of sampled paths per task. */
const MIN_PAIR_BLOCK = 1024;

/**
 * Betweenness, harmonic and/or closeness on the calling thread.
 *
 * @example
 * ```ts
 * const { betweenness, harmonic } = shortestPathCentralities(index);
 * const sampled = shortestPathCentralities(index, { sampling: { epsilon: 0.01, delta: 0.1 } });
 * sampled.sampling; // { seed: 1, delta: 0.1, betweenness: { samples: …, … }, harmonic: { … } }
 * ```
 */
export function shortestPathCentralities(index: GraphIndex, options?: ShortestPathOptions): ShortestPathResult {
  return runPlanSync(planShortestPaths(index, options));
}

/**
 * {@link shortestPathCentralities} on a pool of threads; the same numbers to the last bit.
 *
 * @example
 * ```ts
 * import { createWorkerPool } from 'ddci-sna/node';
 * const pool = createWorkerPool();
 * const { betweenness } = await shortestPathCentralitiesAsync(index, { pool });
 * await pool.close();
 * ```
 */
export async function shortestPathCentralitiesAsync(
  index: GraphIndex,
  options: ShortestPathOptions & ParallelOptions = {},
): Promise<ShortestPathResult> {
  const { pool, threads, ...rest } = options;
  return runPlan(planShortestPaths(index, rest), pool, resolveThreads(threads, pool));
}

/** The threads option: an integer ≥ 1; default all of the pool's threads (1 without a pool). */
export function resolveThreads(threads: unknown, pool: ShortestPathPool | undefined): number {
  if (threads === undefined) return pool?.size ?? 1;
  return resolveOptions<{ threads: number }>('parallel', { threads: 1 }, { threads: isThreadCount }, { threads: threads as number }).threads;
}

const isThreadCount: Check = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1024 ? null : 'an integer ≥ 1 and ≤ 1024';

/**
 * The tasks of a run and how their sums become the metrics (exposed for the pool and the tests).
 * @example runPlanSync(planShortestPaths(index)).betweenness
 */
export function planShortestPaths(index: GraphIndex, options?: ShortestPathOptions): PathPlan<ShortestPathResult> {
  const o = resolveOptions('shortestPathCentralities', SHORTEST_PATH_DEFAULTS, CHECKS, options);
  const sampling = o.sampling === null ? null : resolveSamplingOptions(o.sampling);
  const n = index.order;
  const graph = pathGraphOf(index);
  const size = n + index.size;
  const tasks: PathTask[] = [];
  const distances = o.harmonic || o.closeness;

  // Sources: every node (exact), or a sample for harmonic and closeness.
  let sources: Int32Array | null = null;
  let pairs = 0;
  let vd = 0;
  if (sampling === null) {
    if (o.betweenness || distances) sources = sampleSources(n, n, 0);
  } else {
    if (distances) sources = sampleSources(n, sourceSampleSize(n, sampling.harmonicEpsilon, sampling.delta), sampling.seed);
    if (o.betweenness) {
      vd = vertexDiameterBound(index);
      pairs = pairSampleSize(n, vd, sampling.epsilon, sampling.delta);
    }
  }
  const brandes = sampling === null && o.betweenness;
  let work = 0;
  if (sources !== null) {
    // Harmonic/closeness over every node without betweenness: one search per target (exact,
    // no scatter); with betweenness, or from sampled sources: one search per source.
    const perTarget = !brandes && sources.length === n;
    // Sampled sources without betweenness run BATCH at a time (multiSource.ts): whole batches per task.
    const multiSource = !brandes && !perTarget;
    const block = multiSource
      ? Math.ceil(blockSizeFor(sources.length, BATCH) / BATCH) * BATCH
      : blockSizeFor(sources.length, MIN_SOURCE_BLOCK);
    for (let from = 0; from < sources.length; from += block) {
      const nodes = sources.slice(from, Math.min(from + block, sources.length)); // a copy: a view would ship the whole buffer to a worker
      tasks.push(
        perTarget
          ? { kind: 'targets', targets: nodes, harmonic: o.harmonic, closeness: o.closeness }
          : { kind: 'sources', sources: nodes, betweenness: brandes, harmonic: o.harmonic, closeness: o.closeness },
      );
    }
    work += sources.length * size * (brandes ? 2 : 1);
  }
  const firstPairTask = tasks.length;
  if (pairs > 0) {
    const block = blockSizeFor(pairs, MIN_PAIR_BLOCK);
    for (let from = 0, b = 0; from < pairs; from += block, b++) {
      tasks.push({ kind: 'pairs', seed: mixSeed(sampling!.seed, b), count: Math.min(block, pairs - from) });
    }
    // A bidirectional search touches a small part of the graph; count it as a tenth of one.
    work += (pairs * size) / 10;
  }

  const sourceSums = new OrderedSum(n, [
    ...(brandes ? (['betweenness'] as const) : []),
    ...(o.harmonic ? (['harmonic'] as const) : []),
    ...(o.closeness ? (['distanceSum', 'reached'] as const) : []),
  ]);
  const pairSums = new OrderedSum(n, ['inside']);

  return {
    graph,
    tasks,
    work,
    accept(i, result) {
      if (i < firstPairTask) sourceSums.add(i, result);
      else pairSums.add(i - firstPairTask, result);
    },
    finish() {
      const k = sources?.length ?? 0;
      const scale = k > 0 && k < n ? n / k : 1; // Eppstein–Wang extrapolation
      let bc: Float64Array | null = null;
      if (o.betweenness) {
        if (brandes) {
          bc = sourceSums.sums.betweenness!;
          const norm = n < 3 ? 0 : o.normalized ? 1 / ((n - 1) * (n - 2)) : 1;
          if (norm !== 1) for (let v = 0; v < n; v++) bc[v] *= norm;
        } else {
          // Share of sampled paths with v inside estimates Σ σ_st(v)/σ_st / (n(n−1)).
          bc = pairSums.sums.inside!;
          const norm = pairs === 0 ? 0 : (o.normalized ? n / (n - 2) : n * (n - 1)) / pairs;
          for (let v = 0; v < n; v++) bc[v] *= norm;
        }
      }
      let hc: Float64Array | null = null;
      if (o.harmonic) {
        hc = sourceSums.sums.harmonic!;
        if (scale !== 1) for (let v = 0; v < n; v++) hc[v] *= scale;
      }
      let cc: Float64Array | null = null;
      if (o.closeness) {
        cc = new Float64Array(n);
        const total = sourceSums.sums.distanceSum!;
        const reached = sourceSums.sums.reached!;
        for (let u = 0; u < n; u++) {
          if (total[u] === 0) continue;
          const r = Math.min(reached[u] * scale, n - 1);
          let c = r / (total[u] * scale);
          if (o.wfImproved) c *= r / (n - 1);
          cc[u] = c;
        }
      }
      const record: SamplingRecord | null =
        sampling === null
          ? null
          : {
            seed: sampling.seed,
            delta: sampling.delta,
            betweenness: o.betweenness
              ? { method: 'riondato-kornaropoulos', epsilon: sampling.epsilon, samples: pairs, vertexDiameterBound: vd }
              : null,
            harmonic: distances ? { method: 'eppstein-wang', epsilon: sampling.harmonicEpsilon, samples: k } : null,
          };
      return {
        betweenness: bc,
        harmonic: hc,
        closeness: cc,
        sampling: record,
        searches: sourceSums.searches + pairSums.searches,
      };
    },
  };
}
