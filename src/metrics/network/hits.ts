/**
 * HITS hubs and authorities
 * =========================
 *
 * Kleinberg's mutually reinforcing scores on the weighted adjacency matrix A (a_uv = w(u→v),
 * weight read as STRENGTH):
 *
 *   authority a = Aᵀ h,   hub h = A a
 *
 * i.e. a and h are the leading right and left singular vectors of A. Power iteration from the
 * uniform hub vector, stopping when the L1 change of h is below n·tolerance; both vectors are
 * normalised to sum 1, as networkx.hits(G, normalized=True) (which takes the top singular vectors
 * of the weighted adjacency matrix from ARPACK).
 *
 * [Reference]: Jon Kleinberg, "Authoritative sources in a hyperlinked environment", Journal of the
 * ACM 46(5):604–632, 1999.
 */
import type { GraphArrays } from '../../graph/index';
import { isNumberIn, resolveOptions } from './options';
import type { IterationOptions } from './types';

export type HitsOptions = IterationOptions;

export const HITS_DEFAULTS: Readonly<Required<HitsOptions>> = Object.freeze({
  maxIterations: 1000,
  tolerance: 1e-10,
});

const CHECKS = {
  maxIterations: isNumberIn(1, 1e7, { integer: true }),
  tolerance: isNumberIn(0, 1, { minExclusive: true }),
};

export interface HitsResult {
  hubs: Float64Array;
  authorities: Float64Array;
}

/**
 * Hub and authority scores of every node, each summing to 1.
 *
 * Neutral results: an empty graph gives empty arrays; a graph without positive-weight edges gives
 * 1/n everywhere (no node is a better hub or authority than another); no convergence within
 * `maxIterations` gives NaN everywhere.
 *
 * @example
 * ```ts
 * const { hubs, authorities } = hits(index);
 * ```
 */
export function hits(index: GraphArrays, options?: HitsOptions): HitsResult {
  const { maxIterations, tolerance } = resolveOptions('hits', HITS_DEFAULTS, CHECKS, options);
  const n = index.order;
  if (n === 0) return { hubs: new Float64Array(0), authorities: new Float64Array(0) };
  let h = new Float64Array(n).fill(1 / n);
  const a = new Float64Array(n);
  if (index.totalWeight === 0) return { hubs: h, authorities: a.fill(1 / n) };

  let next = new Float64Array(n);
  for (let iter = 0; iter < maxIterations; iter++) {
    authorityStep(index, h, a);
    hubStep(index, a, next);
    let err = 0;
    for (let v = 0; v < n; v++) err += Math.abs(next[v] - h[v]);
    const tmp = h;
    h = next;
    next = tmp;
    if (err < n * tolerance) {
      // Final pair consistent with networkx: a from h, then h = A a.
      authorityStep(index, h, a);
      hubStep(index, a, h);
      return { hubs: h, authorities: a };
    }
  }
  return { hubs: h.fill(Number.NaN), authorities: a.fill(Number.NaN) };
}

/** a = Aᵀ h, normalised to sum 1. */
function authorityStep(index: GraphArrays, h: Float64Array, a: Float64Array): void {
  const { start, neighbor, weight } = index.in;
  const n = index.order;
  let sum = 0;
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let p = start[v]; p < start[v + 1]; p++) s += h[neighbor[p]] * weight[p];
    a[v] = s;
    sum += s;
  }
  scale(a, sum);
}

/** h = A a, normalised to sum 1. */
function hubStep(index: GraphArrays, a: Float64Array, h: Float64Array): void {
  const { start, neighbor, weight } = index.out;
  const n = index.order;
  let sum = 0;
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let p = start[u]; p < start[u + 1]; p++) s += a[neighbor[p]] * weight[p];
    h[u] = s;
    sum += s;
  }
  scale(h, sum);
}

function scale(x: Float64Array, sum: number): void {
  if (sum === 0) return;
  const inv = 1 / sum;
  for (let i = 0; i < x.length; i++) x[i] *= inv;
}
