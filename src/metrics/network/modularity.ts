/**
 * Modularity (Newman)
 * ===================
 *
 * Of a partition of the UNDIRECTED projection (weights of both directions summed, read as
 * STRENGTH), with W the total projected weight, L_c the weight inside community c and d_c the
 * summed strength of its nodes:
 *
 *   Q = Σ_c [ L_c / W − γ · ( d_c / 2W )² ]
 *
 * Equal to networkx.community.modularity(G.to_undirected(), …) with summed weights, and to
 * graphology-metrics' modularity on the projected graph.
 *
 * [Reference]: M. E. J. Newman, "Analysis of weighted networks", Physical Review E 70:056131, 2004;
 * Newman & Girvan, Physical Review E 69:026113, 2004.
 */
import type { GraphArrays } from '../../graph/index';
import { NetworkMetricError, isNumberIn, resolveOptions } from './options';

export interface ModularityOptions {
  /** Resolution γ (> 0); 1 is Newman's modularity. */
  resolution?: number;
}

export const MODULARITY_DEFAULTS: Readonly<Required<ModularityOptions>> = Object.freeze({
  resolution: 1,
});

const CHECKS = { resolution: isNumberIn(0, 1e6, { minExclusive: true }) };

/**
 * Modularity of `community` (one community id per node position, any integers), in [−1/2, 1].
 * A graph without positive-weight edges has no structure to measure: 0.
 *
 * @example
 * ```ts
 * modularity(index, louvain(index).community); // e.g. 0.4198 on the karate club
 * ```
 */
export function modularity(
  index: GraphArrays,
  community: ArrayLike<number>,
  options?: ModularityOptions,
): number {
  const { resolution } = resolveOptions('modularity', MODULARITY_DEFAULTS, CHECKS, options);
  const n = index.order;
  if (community.length !== n) {
    throw new NetworkMetricError(
      'invalid_option',
      ['community'],
      `modularity: expected one community per node (${n}), got ${community.length}`,
    );
  }
  const { start, neighbor, weight, strength } = index.undirected;
  // Dense community ids 0..k−1 in order of first appearance.
  const dense = new Int32Array(n);
  const ids = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    const c = community[v];
    let d = ids.get(c);
    if (d === undefined) {
      d = ids.size;
      ids.set(c, d);
    }
    dense[v] = d;
  }
  const degreeSum = new Float64Array(ids.size);
  let twoW = 0;
  let inside = 0; // each internal unordered pair counted twice
  for (let v = 0; v < n; v++) {
    const cv = dense[v];
    degreeSum[cv] += strength[v];
    twoW += strength[v];
    for (let p = start[v]; p < start[v + 1]; p++) {
      if (dense[neighbor[p]] === cv) inside += weight[p];
    }
  }
  if (twoW === 0) return 0;
  let expected = 0;
  for (let c = 0; c < degreeSum.length; c++) {
    const f = degreeSum[c] / twoW;
    expected += f * f;
  }
  return inside / twoW - resolution * expected;
}
