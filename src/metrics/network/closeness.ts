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
  const { start, neighbor } = index.in;
  const seen = new Int32Array(n).fill(-1); // seen[w] === u ⇔ w reached in u's BFS
  const queue = new Int32Array(n);

  for (let u = 0; u < n; u++) {
    // Level-synchronous BFS over in-edges: queue[levelStart .. levelEnd) is at distance d − 1.
    seen[u] = u;
    queue[0] = u;
    let tail = 1;
    let levelStart = 0;
    let levelEnd = 1;
    let d = 0;
    let total = 0;
    while (levelStart < levelEnd) {
      d++;
      for (let k = levelStart; k < levelEnd; k++) {
        const v = queue[k];
        for (let p = start[v], end = start[v + 1]; p < end; p++) {
          const w = neighbor[p];
          if (seen[w] !== u) {
            seen[w] = u;
            queue[tail++] = w;
          }
        }
      }
      total += d * (tail - levelEnd);
      levelStart = levelEnd;
      levelEnd = tail;
    }
    if (total > 0) {
      const reached = tail - 1;
      let c = reached / total;
      if (wfImproved) c *= reached / (n - 1);
      result[u] = c;
    }
  }
  return result;
}
