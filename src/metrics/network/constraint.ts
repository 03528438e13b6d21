/**
 * Burt's constraint
 * =================
 *
 * How much a node's ties are concentrated on contacts that are themselves tied together (high
 * constraint = few structural holes). With mutual weight m(u,v) = w(u→v) + w(v→u) (weight read as
 * STRENGTH, direction ignored as in networkx) and p(u,v) = m(u,v) / Σ_x m(u,x):
 *
 *   c(u) = Σ_{v ∈ N(u)} ( p(u,v) + Σ_{w ∈ N(u)} p(u,w) · p(w,v) )²
 *
 * Same as networkx.constraint(G, weight='weight') on a DiGraph (its sparse-matrix path: neighbours
 * are the nodes with a positive mutual weight). NaN for isolated nodes (undefined, as networkx).
 * Everything runs on the index's undirected projection, whose weights are the mutual weights.
 * Time O(Σ_{u–v} min(deg u, deg v) · log) (common neighbours, common.ts), memory O(n).
 *
 * [Reference]: Ronald S. Burt, Structural Holes: The Social Structure of Competition, Harvard
 * University Press, 1992; "Structural holes and good ideas", American Journal of Sociology
 * 110(2):349–399, 2004.
 */
import type { GraphArrays } from '../../graph/index';
import { structuralHoles } from './structuralHoles';
import { resolveOptions } from './options';

/** constraint takes no options; the parameter exists so that misspelt options are rejected. */
export type ConstraintOptions = Record<string, never>;

export const CONSTRAINT_DEFAULTS: Readonly<ConstraintOptions> = Object.freeze({});

/**
 * Burt's constraint of every node (NaN for isolated nodes; `toNodeRecord` writes null).
 *
 * @example
 * ```ts
 * // a star: the centre's contacts are unconnected, so c(centre) = k · (1/k)² = 1/k
 * constraint(index);
 * ```
 */
export function constraint(index: GraphArrays, options?: ConstraintOptions): Float64Array {
  resolveOptions('constraint', CONSTRAINT_DEFAULTS, {}, options);
  return structuralHoles(index, { constraint: true, effectiveSize: false }).constraint!;
}
