/**
 * Core number (k-core decomposition)
 * ==================================
 *
 * The core number of v is the largest k such that v belongs to a subgraph in which every node has
 * degree ≥ k. Computed on the UNDIRECTED projection (a tie in either direction is one neighbour),
 * weight IGNORED, with the O(n + m) bucket algorithm of Batagelj & Zaversnik — the same algorithm
 * as networkx.core_number on an undirected Graph.
 *
 * [Reference]: V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of
 * networks", arXiv cs/0310049, 2003.
 */
import type { GraphArrays } from '../../graph/index';
import { resolveOptions } from './options';

/** kcore takes no options; the parameter exists so that misspelt options are rejected. */
export type KcoreOptions = Record<string, never>;

export const KCORE_DEFAULTS: Readonly<KcoreOptions> = Object.freeze({});

/**
 * Core number of every node (integers stored as float64; isolated nodes 0).
 *
 * @example
 * ```ts
 * // triangle a–b–c plus a pendant d attached to a: cores [2, 2, 2, 1]
 * kcore(index);
 * ```
 */
export function kcore(index: GraphArrays, options?: KcoreOptions): Float64Array {
  resolveOptions('kcore', KCORE_DEFAULTS, {}, options);
  const n = index.order;
  const { start, neighbor, degree: deg0 } = index.undirected;
  const degree = Int32Array.from(deg0);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) if (degree[v] > maxDeg) maxDeg = degree[v];

  // Bucket sort nodes by degree: vert (sorted nodes), pos (node → place), bin (bucket starts).
  const bin = new Int32Array(maxDeg + 1);
  for (let v = 0; v < n; v++) bin[degree[v]]++;
  for (let d = 0, s = 0; d <= maxDeg; d++) {
    const c = bin[d];
    bin[d] = s;
    s += c;
  }
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    pos[v] = bin[degree[v]]++;
    vert[pos[v]] = v;
  }
  for (let d = maxDeg; d > 0; d--) bin[d] = bin[d - 1];
  bin[0] = 0;

  for (let i = 0; i < n; i++) {
    const v = vert[i];
    for (let p = start[v]; p < start[v + 1]; p++) {
      const u = neighbor[p];
      if (degree[u] > degree[v]) {
        const du = degree[u];
        const pu = pos[u];
        const pw = bin[du];
        const w = vert[pw];
        if (u !== w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        bin[du]++;
        degree[u]--;
      }
    }
  }
  return Float64Array.from(degree);
}
