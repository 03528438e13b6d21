/**
 * Betweenness centrality
 * ======================
 *
 * Directed, unweighted shortest paths (hops); weight is IGNORED. For every node v:
 *
 *   b(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st
 *
 * computed with Brandes' accumulation in O(n·m) time and O(n + m) memory, then (by default)
 * normalised by 1 / ((n − 1)(n − 2)) for n > 2, exactly as networkx.betweenness_centrality(G,
 * normalized=True) on a DiGraph (endpoints excluded).
 *
 * [Reference]: Ulrik Brandes, "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2):163–177, 2001.
 */
import type { GraphIndex } from '../../graph/index';
import { isBoolean, resolveOptions } from './options';

export interface BetweennessOptions {
  /** Divide by (n − 1)(n − 2), the number of ordered pairs excluding v (n > 2). */
  normalized?: boolean;
}

export const BETWEENNESS_DEFAULTS: Readonly<Required<BetweennessOptions>> = Object.freeze({
  normalized: true,
});

const CHECKS = { normalized: isBoolean };

/**
 * Betweenness of every node (≥ 0). Graphs with fewer than 3 nodes give all zeros.
 *
 * @example
 * ```ts
 * // a → b → c: only b lies between a pair (a, c): b(b) = 1 / ((3−1)(3−2)) = 0.5
 * betweenness(index); // Float64Array [0, 0.5, 0]
 * ```
 */
export function betweenness(index: GraphIndex, options?: BetweennessOptions): Float64Array {
  return shortestPathCentralities(index, options).betweenness;
}

/**
 * Betweenness and (unnormalised) harmonic centrality from the same n breadth-first searches:
 * the search from s over out-edges gives d(s, v), so H(v) = Σ_s 1/d(s, v) costs one addition per
 * reached node. `analyze()` uses this to walk the graph once for both.
 *
 * @example
 * const { betweenness, harmonic } = shortestPathCentralities(index);
 */
export function shortestPathCentralities(
  index: GraphIndex,
  options?: BetweennessOptions,
): { betweenness: Float64Array; harmonic: Float64Array } {
  const { normalized } = resolveOptions('betweenness', BETWEENNESS_DEFAULTS, CHECKS, options);
  const n = index.order;
  const result = new Float64Array(n);
  const harmonic = new Float64Array(n);
  if (n < 2) return { betweenness: result, harmonic };

  const outStart = index.out.start;
  const outNeighbor = index.out.neighbor;

  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n); // number of shortest s-paths to v
  const coef = new Float64Array(n); // (1 + δ(v)) / σ(v), once v's dependency δ(v) is final
  const order = new Int32Array(n); // BFS order: the queue, then the stack read backwards

  for (let s = 0; s < n; s++) {
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++];
      const dv = dist[v] + 1;
      const sv = sigma[v];
      for (let p = outStart[v], end = outStart[v + 1]; p < end; p++) {
        const w = outNeighbor[p];
        const dw = dist[w];
        if (dw < 0) {
          dist[w] = dv;
          sigma[w] = sv;
          order[tail++] = w;
        } else if (dw === dv) sigma[w] += sv;
      }
    }
    // Dependencies in non-increasing distance, pulled from successors (out-neighbours one hop
    // further from s): δ(v) = σ(v) · Σ_w (1 + δ(w)) / σ(w). No predecessor lists are stored.
    for (let k = tail - 1; k >= 0; k--) {
      const v = order[k];
      const next = dist[v] + 1;
      let acc = 0;
      for (let p = outStart[v], end = outStart[v + 1]; p < end; p++) {
        const w = outNeighbor[p];
        if (dist[w] === next) acc += coef[w];
      }
      const delta = sigma[v] * acc;
      if (k > 0) result[v] += delta;
      coef[v] = (1 + delta) / sigma[v];
    }
    for (let k = 0; k < tail; k++) {
      const v = order[k];
      if (k > 0) harmonic[v] += 1 / dist[v];
      dist[v] = -1;
      sigma[v] = 0;
      coef[v] = 0;
    }
  }

  if (n < 3) result.fill(0); // no node lies between two others
  else if (normalized) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) result[v] *= scale;
  }
  return { betweenness: result, harmonic };
}
