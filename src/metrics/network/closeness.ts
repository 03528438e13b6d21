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
 *
 * [References]: Freeman, "Centrality in networks: I. Conceptual clarification", Social Networks
 * 1:215–239, 1979; Wasserman & Faust, Social Network Analysis, CUP 1994, p. 201.
 */
import type { GraphIndex } from '../../graph/index';
import { forEachInLevel } from './levels';
import { isBoolean, resolveOptions } from './options';

export interface ClosenessOptions {
  /** Scale by the reachable share (r − 1)/(n − 1), so small components do not score high. */
  wfImproved?: boolean;
}

export const CLOSENESS_DEFAULTS: Readonly<Required<ClosenessOptions>> = Object.freeze({
  wfImproved: true,
});

const CHECKS = { wfImproved: isBoolean };

/**
 * Closeness of every node, in [0, 1]. O(n·m) time (one BFS per node), O(n) extra memory.
 *
 * @example
 * ```ts
 * // a → b → c: C(c) = (2/3)·(2/2) = 0.667, C(b) = (1/1)·(1/2) = 0.5, C(a) = 0
 * closeness(index); // Float64Array [0, 0.5, 0.6667]
 * ```
 */
export function closeness(index: GraphIndex, options?: ClosenessOptions): Float64Array {
  const { wfImproved } = resolveOptions('closeness', CLOSENESS_DEFAULTS, CHECKS, options);
  const n = index.order;
  const result = new Float64Array(n);
  if (n < 2) return result;
  const total = new Float64Array(n); // sum of distances from the nodes that reach u
  const reached = new Float64Array(n); // how many nodes reach u
  forEachInLevel(index, (u, d, count) => {
    total[u] += d * count;
    reached[u] += count;
  });
  for (let u = 0; u < n; u++) {
    if (total[u] === 0) continue;
    let c = reached[u] / total[u];
    if (wfImproved) c *= reached[u] / (n - 1);
    result[u] = c;
  }
  return result;
}
