/**
 * Burt's effective size
 * =====================
 *
 * The number of a node's contacts minus their redundancy. With mutual weight
 * m(u,v) = w(u→v) + w(v→u) (weight read as STRENGTH, direction ignored as in networkx),
 * p(u,w) = m(u,w) / Σ_x m(u,x) and m̂(v,w) = m(v,w) / max_x m(v,x):
 *
 *   ES(u) = Σ_{v ∈ N(u)} ( 1 − Σ_{w ∈ N(u)} p(u,w) · m̂(v,w) )
 *
 * Same as networkx.effective_size(G, weight='weight') on a DiGraph (its sparse-matrix path). On
 * an unweighted undirected graph this equals Borgatti's n − 2t/n. NaN for isolated nodes.
 * Time O(Σ_{u–v} min(deg u, deg v) · log) (common neighbours, common.ts), memory O(n).
 *
 * [References]: Ronald S. Burt, Structural Holes, Harvard University Press, 1992; Stephen P.
 * Borgatti, "Structural holes: unpacking Burt's redundancy measures", Connections 20(1):35–38, 1997.
 */
import type { GraphIndex } from '../../graph/index';
import { forEachCommon } from './common';
import { resolveOptions } from './options';

/** effectiveSize takes no options; the parameter exists so that misspelt options are rejected. */
export type EffectiveSizeOptions = Record<string, never>;

export const EFFECTIVE_SIZE_DEFAULTS: Readonly<EffectiveSizeOptions> = Object.freeze({});

/**
 * Effective size of every node (NaN for isolated nodes; `toNodeRecord` writes null).
 *
 * @example
 * ```ts
 * // a star with k leaves: ES(centre) = k (no redundancy), ES(leaf) = 1
 * effectiveSize(index);
 * ```
 */
export function effectiveSize(index: GraphIndex, options?: EffectiveSizeOptions): Float64Array {
  resolveOptions('effectiveSize', EFFECTIVE_SIZE_DEFAULTS, {}, options);
  const n = index.order;
  const { start, neighbor, weight, strength } = index.undirected;
  const maxWeight = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let mx = 0;
    for (let p = start[v]; p < start[v + 1]; p++) if (weight[p] > mx) mx = weight[p];
    maxWeight[v] = mx;
  }
  const result = new Float64Array(n);

  for (let u = 0; u < n; u++) {
    const su = strength[u];
    if (su === 0) {
      result[u] = Number.NaN;
      continue;
    }
    // Σ p(u,w) m(v,w) for w in N(u) ∩ N(v), w ascending.
    let redundancy = 0;
    const term = (_w: number, pu: number, pv: number) => {
      const puw = weight[pu] / su;
      if (puw !== 0) redundancy += puw * weight[pv];
    };
    let es = 0;
    for (let p = start[u]; p < start[u + 1]; p++) {
      if (weight[p] === 0) continue;
      const v = neighbor[p];
      redundancy = 0;
      forEachCommon(neighbor, start[u], start[u + 1], neighbor, start[v], start[v + 1], term);
      es += 1 - redundancy / maxWeight[v];
    }
    result[u] = es;
  }
  return result;
}
