/**
 * The distance profile shared by closeness and harmonic centrality: for every node u, a
 * level-synchronous breadth-first search over in-edges (who reaches u, in hops; weight ignored)
 * that reports how many nodes lie at each distance. O(n·m) time, O(n) extra memory.
 */
import type { GraphIndex } from '../../graph/index';

/**
 * Call `level(u, d, count)` for each node u and each distance d ≥ 1 at which `count` > 0 nodes
 * reach u in exactly d hops.
 */
export function forEachInLevel(index: GraphIndex, level: (u: number, d: number, count: number) => void): void {
  const n = index.order;
  const { start, neighbor } = index.in;
  const seen = new Int32Array(n).fill(-1); // seen[w] === u ⇔ w reached in u's BFS
  const queue = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    // queue[levelStart .. levelEnd) holds the nodes at distance d − 1.
    seen[u] = u;
    queue[0] = u;
    let tail = 1;
    let levelStart = 0;
    let levelEnd = 1;
    for (let d = 1; levelStart < levelEnd; d++) {
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
      if (tail > levelEnd) level(u, d, tail - levelEnd);
      levelStart = levelEnd;
      levelEnd = tail;
    }
  }
}
