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
import type { GraphArrays } from '../../graph/index';
import { structuralHoles } from './structuralHoles';
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
export function effectiveSize(index: GraphArrays, options?: EffectiveSizeOptions): Float64Array {
  resolveOptions('effectiveSize', EFFECTIVE_SIZE_DEFAULTS, {}, options);
  return structuralHoles(index, { constraint: false, effectiveSize: true }).effectiveSize!;
}
