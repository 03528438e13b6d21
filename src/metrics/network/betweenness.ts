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
 * normalized=True) on a DiGraph (endpoints excluded). With `sampling`, estimated from sampled
 * shortest paths (Riondato–Kornaropoulos) within ±epsilon for every node with probability
 * ≥ 1 − delta. The searches are shared with harmonic and closeness: see shortestPaths.ts.
 *
 * [Reference]: Ulrik Brandes, "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2):163–177, 2001.
 */
import type { GraphIndex } from '../../graph/index';
import { isBoolean, resolveOptions } from './options';
import { isSampling, type SamplingOptions } from './sampling';
import { shortestPathCentralities } from './shortestPaths';

export interface BetweennessOptions {
  /** Divide by (n − 1)(n − 2), the number of ordered pairs excluding v (n > 2). */
  normalized?: boolean;
  /** Estimate from sampled paths within these bounds; null (default) = exact. */
  sampling?: SamplingOptions | null;
}

export const BETWEENNESS_DEFAULTS: Readonly<Required<BetweennessOptions>> = Object.freeze({
  normalized: true,
  sampling: null,
});

const CHECKS = { normalized: isBoolean, sampling: isSampling };

/**
 * Betweenness of every node (≥ 0). Graphs with fewer than 3 nodes give all zeros.
 *
 * @example
 * ```ts
 * // a → b → c: only b lies between a pair (a, c): b(b) = 1 / ((3−1)(3−2)) = 0.5
 * betweenness(index); // Float64Array [0, 0.5, 0]
 * betweenness(index, { sampling: { epsilon: 0.01, delta: 0.1 } }); // each within ±0.01, w.p. ≥ 0.9
 * ```
 */
export function betweenness(index: GraphIndex, options?: BetweennessOptions): Float64Array {
  const o = resolveOptions('betweenness', BETWEENNESS_DEFAULTS, CHECKS, options);
  return shortestPathCentralities(index, { ...o, harmonic: false }).betweenness!;
}
