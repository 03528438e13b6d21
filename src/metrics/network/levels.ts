/**
 * The distance profile of chosen nodes: for each target u, a level-synchronous breadth-first
 * search over in-edges (who reaches u, in hops; weight ignored) that reports how many nodes lie at
 * each distance. O(m) time per target, O(n) extra memory.
 */
import type { GraphIndex } from '../../graph/index';

/**
 * Call `level(i, d, count)` for the i-th target and each distance d ≥ 1 at which `count` > 0 nodes
 * reach it in exactly d hops.
 */
export function forEachInLevel(
  index: GraphIndex,
  targets: readonly number[],
  level: (i: number, d: number, count: number) => void,
): void {
  const n = index.order;
  const { start, neighbor } = index.in;
  const seen = new Int32Array(n).fill(-1); // seen[w] === i ⇔ w reached in target i's BFS
  const queue = new Int32Array(n);
  for (let i = 0; i < targets.length; i++) {
    const u = targets[i];
    // queue[levelStart .. levelEnd) holds the nodes at distance d − 1.
    seen[u] = i;
    queue[0] = u;
    let tail = 1;
    let levelStart = 0;
    let levelEnd = 1;
    for (let d = 1; levelStart < levelEnd; d++) {
      for (let k = levelStart; k < levelEnd; k++) {
        const v = queue[k];
        for (let p = start[v], end = start[v + 1]; p < end; p++) {
          const w = neighbor[p];
          if (seen[w] !== i) {
            seen[w] = i;
            queue[tail++] = w;
          }
        }
      }
      if (tail > levelEnd) level(i, d, tail - levelEnd);
      levelStart = levelEnd;
      levelEnd = tail;
    }
  }
}
