/**
 * Eigenvector centrality
 * ======================
 *
 * The principal left eigenvector of the weighted adjacency matrix A (a_uv = w(u→v)): a node is
 * central when central nodes point to it (IN-edges), weight read as STRENGTH.
 *
 *   λ x(v) = Σ_{u→v} w(u→v) x(u)
 *
 * Computed exactly as networkx.eigenvector_centrality(G, weight='weight'): power iteration on
 * A + I (the shift avoids oscillation on periodic graphs) from the uniform vector 1/n, Euclidean
 * normalisation each step, stopping when the L1 change is below n·tolerance. On an undirected
 * graph modelled with both directions it is the usual symmetric eigenvector centrality.
 *
 * [Reference]: Phillip Bonacich, "Power and centrality: a family of measures", American Journal
 * of Sociology 92(5):1170–1182, 1987; M. E. J. Newman, Networks: An Introduction, OUP 2010, §7.2.
 */
import type { GraphArrays } from '../../graph/index';
import { isNumberIn, resolveOptions } from './options';
import type { IterationOptions } from './types';

export type EigenvectorOptions = IterationOptions;

export const EIGENVECTOR_DEFAULTS: Readonly<Required<EigenvectorOptions>> = Object.freeze({
  maxIterations: 1000,
  tolerance: 1e-10,
});

const CHECKS = {
  maxIterations: isNumberIn(1, 1e7, { integer: true }),
  tolerance: isNumberIn(0, 1, { minExclusive: true }),
};

/**
 * Eigenvector centrality of every node (Euclidean norm 1, values ≥ 0).
 *
 * Neutral results, instead of networkx's exceptions: an empty graph gives an empty array; when
 * the iteration does not converge within `maxIterations` (e.g. a directed graph with no cycle,
 * where the leading eigenvalue is defective) every value is NaN — `toNodeRecord` writes it as null.
 *
 * @example
 * ```ts
 * const ev = eigenvector(index);
 * if (Number.isNaN(ev[0])) console.warn('eigenvector centrality did not converge');
 * ```
 */
export function eigenvector(index: GraphArrays, options?: EigenvectorOptions): Float64Array {
  const { maxIterations, tolerance } = resolveOptions(
    'eigenvector',
    EIGENVECTOR_DEFAULTS,
    CHECKS,
    options,
  );
  const n = index.order;
  if (n === 0) return new Float64Array(0);
  const { start, neighbor, weight } = index.in;

  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iter = 0; iter < maxIterations; iter++) {
    let sq = 0;
    for (let v = 0; v < n; v++) {
      let s = x[v];
      for (let p = start[v]; p < start[v + 1]; p++) s += x[neighbor[p]] * weight[p];
      next[v] = s;
      sq += s * s;
    }
    const norm = Math.sqrt(sq) || 1;
    let err = 0;
    for (let v = 0; v < n; v++) {
      const value = next[v] / norm;
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
