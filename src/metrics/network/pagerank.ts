/**
 * PageRank
 * ========
 *
 * Weighted PageRank with uniform teleportation and dangling mass spread uniformly:
 *
 *   x'(v) = α · ( Σ_{u→v} x(u) · w(u→v) / s_out(u)  +  Σ_{d dangling} x(d) / n )  +  (1 − α) / n
 *
 * where s_out(u) is u's weighted out-degree and a dangling node is one with s_out = 0.
 * Weight is read as STRENGTH (transition probability ∝ interaction count).
 * Same definition, start vector (1/n) and stopping rule (L1 change < n·tolerance) as
 * networkx.pagerank (`_pagerank_scipy`, networkx 3.x), with a stricter default tolerance.
 *
 * [Reference]: Page, Brin, Motwani & Winograd, "The PageRank citation ranking: bringing order to
 * the Web", Stanford InfoLab, 1999.
 */
import type { GraphArrays } from '../../graph/index';
import { isNumberIn, resolveOptions } from './options';
import type { IterationOptions } from './types';

export interface PagerankOptions extends IterationOptions {
  /** Damping factor α in [0, 1]. */
  alpha?: number;
}

export const PAGERANK_DEFAULTS: Readonly<Required<PagerankOptions>> = Object.freeze({
  alpha: 0.85,
  maxIterations: 1000,
  tolerance: 1e-10,
});

const CHECKS = {
  alpha: isNumberIn(0, 1),
  maxIterations: isNumberIn(1, 1e7, { integer: true }),
  tolerance: isNumberIn(0, 1, { minExclusive: true }),
};

/**
 * PageRank of every node (sums to 1).
 *
 * Neutral results: an empty graph gives an empty array; if the iteration has not converged after
 * `maxIterations` (only possible with α close to 1) every value is NaN.
 *
 * @example
 * ```ts
 * const pr = pagerank(buildGraphIndex(graph));           // Float64Array, Σ = 1
 * toNodeRecord(index, pagerank(index, { alpha: 0.9 }));  // { key: value }
 * ```
 */
export function pagerank(index: GraphArrays, options?: PagerankOptions): Float64Array {
  const { alpha, maxIterations, tolerance } = resolveOptions(
    'pagerank',
    PAGERANK_DEFAULTS,
    CHECKS,
    options,
  );
  const n = index.order;
  if (n === 0) return new Float64Array(0);

  const { start, neighbor, weight } = index.in;
  const strength = index.out.strength;

  const invStrength = new Float64Array(n);
  let danglingCount = 0;
  for (let u = 0; u < n; u++) {
    if (strength[u] > 0) invStrength[u] = 1 / strength[u];
    else danglingCount++;
  }
  const dangling = new Int32Array(danglingCount);
  for (let u = 0, k = 0; u < n; u++) if (strength[u] === 0) dangling[k++] = u;

  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const scaled = new Float64Array(n);
  const teleport = (1 - alpha) / n;

  for (let iter = 0; iter < maxIterations; iter++) {
    let danglingSum = 0;
    for (let k = 0; k < danglingCount; k++) danglingSum += x[dangling[k]];
    for (let u = 0; u < n; u++) scaled[u] = x[u] * invStrength[u];
    const base = (alpha * danglingSum) / n + teleport;
    let err = 0;
    for (let v = 0; v < n; v++) {
      let s = 0;
      for (let p = start[v]; p < start[v + 1]; p++) s += scaled[neighbor[p]] * weight[p];
      const value = alpha * s + base;
      next[v] = value;
      err += Math.abs(value - x[v]);
    }
    const tmp = x;
    x = next;
    next = tmp;
    if (err < n * tolerance) return x;
  }
  return x.fill(Number.NaN);
}
