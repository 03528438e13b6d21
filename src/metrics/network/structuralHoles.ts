/**
 * Burt's constraint and effective size in one walk
 * ================================================
 *
 * Both sum, for every tie u–v, a term over the common neighbours w of u and v, in the same order
 * (w ascending, common.ts): one walk serves both (the analysis asks for both; constraint.ts and
 * effectiveSize.ts ask for one). Each figure is summed exactly as its own module documents, so
 * asking for both changes no bit of either. Time O(Σ_{u–v} min(deg u, deg v) · log), memory O(n).
 */
import type { GraphArrays } from '../../graph/index';
import { forEachCommon } from './common';

/** The figures asked for; the others are null. */
export interface StructuralHoles {
  constraint: Float64Array | null;
  effectiveSize: Float64Array | null;
}

/**
 * Burt's constraint and/or effective size of every node (NaN for isolated nodes).
 * @example
 * const { constraint, effectiveSize } = structuralHoles(index, { constraint: true, effectiveSize: true });
 */
export function structuralHoles(index: GraphArrays, want: { constraint: boolean; effectiveSize: boolean }): StructuralHoles {
  const n = index.order;
  const { start, neighbor, weight, strength } = index.undirected;
  const cs = want.constraint ? new Float64Array(n) : null;
  const es = want.effectiveSize ? new Float64Array(n) : null;
  // m̂(v,w) = m(v,w) / max_x m(v,x): each node's largest mutual weight.
  const maxWeight = new Float64Array(n);
  if (es) {
    for (let v = 0; v < n; v++) {
      let mx = 0;
      for (let p = start[v]; p < start[v + 1]; p++) if (weight[p] > mx) mx = weight[p];
      maxWeight[v] = mx;
    }
  }

  for (let u = 0; u < n; u++) {
    const su = strength[u];
    if (su === 0) {
      if (cs) cs[u] = Number.NaN;
      if (es) es[u] = Number.NaN;
      continue;
    }
    // Over w in N(u) ∩ N(v), w ascending: constraint Σ p(u,w) p(w,v) with p(w,v) = m(w,v) / s(w);
    // effective size Σ p(u,w) m(v,w).
    let indirect = 0;
    let redundancy = 0;
    const term = (w: number, pu: number, pv: number) => {
      const puw = weight[pu] / su;
      if (puw === 0) return;
      if (cs) indirect += (puw * weight[pv]) / strength[w];
      if (es) redundancy += puw * weight[pv];
    };
    let c = 0;
    let size = 0;
    for (let p = start[u]; p < start[u + 1]; p++) {
      if (weight[p] === 0) continue;
      const v = neighbor[p];
      indirect = 0;
      redundancy = 0;
      forEachCommon(neighbor, start[u], start[u + 1], neighbor, start[v], start[v + 1], term);
      const local = weight[p] / su + indirect;
      c += local * local;
      size += 1 - redundancy / maxWeight[v];
    }
    if (cs) cs[u] = c;
    if (es) es[u] = size;
  }
  return { constraint: cs, effectiveSize: es };
}
