/**
 * Closeness centrality (Wasserman–Faust improved)
 * ===============================================
 *
 * Unweighted (hop) distances TO each node, i.e. over incoming paths, as networkx does for a
 * DiGraph (it reverses the graph). Weight is IGNORED. With r(u) the number of nodes that reach u
 * (u included) and D(u) the sum of their distances to u:
 *
 *   C(u) = (r(u) − 1) / D(u) · (r(u) − 1) / (n − 1)          (wfImproved, default)
 *   C(u) = (r(u) − 1) / D(u)                                 (wfImproved: false)
 *
 * and 0 when nothing reaches u. Same as networkx.closeness_centrality(G, wf_improved=True).
 * Both sums are gathered from a search out of every source s (d(s, u) for all u at once), so the
 * work is shared with betweenness and harmonic (shortestPaths.ts). With `sampling`, from sampled
 * sources (Eppstein–Wang): r(u)/n within ±harmonicEpsilon, D(u)/n within ±harmonicEpsilon·Δ.
 *
 * [References]: Freeman, "Centrality in networks: I. Conceptual clarification", Social Networks
 * 1:215–239, 1979; Wasserman & Faust, Social Network Analysis, CUP 1994, p. 201.
 */
import type { GraphIndex } from '../../graph/index';
import { isBoolean, resolveOptions } from './options';
import { isSampling, type SamplingOptions } from './sampling';
import { shortestPathCentralities } from './shortestPaths';

export interface ClosenessOptions {
  /** Scale by the reachable share (r − 1)/(n − 1), so small components do not score high. */
  wfImproved?: boolean;
  /** Estimate from sampled sources within these bounds; null (default) = exact. */
  sampling?: SamplingOptions | null;
}

export const CLOSENESS_DEFAULTS: Readonly<Required<ClosenessOptions>> = Object.freeze({
  wfImproved: true,
  sampling: null,
});

const CHECKS = { wfImproved: isBoolean, sampling: isSampling };

/**
 * Closeness of every node, in [0, 1]. O(n·m) time (one BFS per node), O(n + m) extra memory.
 *
 * @example
 * ```ts
 * // a → b → c: C(c) = (2/3)·(2/2) = 0.667, C(b) = (1/1)·(1/2) = 0.5, C(a) = 0
 * closeness(index); // Float64Array [0, 0.5, 0.6667]
 * ```
 */
export function closeness(index: GraphIndex, options?: ClosenessOptions): Float64Array {
  const o = resolveOptions('closeness', CLOSENESS_DEFAULTS, CHECKS, options);
  return shortestPathCentralities(index, { ...o, betweenness: false, harmonic: false, closeness: true }).closeness!;
}
