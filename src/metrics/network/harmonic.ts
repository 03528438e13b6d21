/**
 * Harmonic centrality
 * ===================
 *
 * Sum of inverse unweighted (hop) distances TO each node (weight IGNORED):
 *
 *   H(u) = Σ_{v ≠ u, v reaches u} 1 / d(v, u)
 *
 * as networkx.harmonic_centrality(G) on a DiGraph (it sums 1/d(v, u) over sources v). The
 * `normalized` variant divides by n − 1, giving values in [0, 1].
 *
 * [Reference]: Boldi & Vigna, "Axioms for centrality", Internet Mathematics 10(3–4):222–262,
 * 2014; Marchiori & Latora, "Harmony in the small-world", Physica A 285:539–546, 2000.
 */
import type { GraphIndex } from '../../graph/index';
import { forEachInLevel } from './levels';
import { isBoolean, resolveOptions } from './options';

export interface HarmonicOptions {
  /** Divide by n − 1 (0 for n < 2). */
  normalized?: boolean;
}

export const HARMONIC_DEFAULTS: Readonly<Required<HarmonicOptions>> = Object.freeze({
  normalized: false,
});

const CHECKS = { normalized: isBoolean };

/**
 * Harmonic centrality of every node. O(n·m) time, O(n) extra memory.
 *
 * @example
 * ```ts
 * // a → b → c: H(c) = 1/1 + 1/2 = 1.5, H(b) = 1, H(a) = 0
 * harmonic(index);                       // Float64Array [0, 1, 1.5]
 * harmonic(index, { normalized: true }); // Float64Array [0, 0.5, 0.75]
 * ```
 */
export function harmonic(index: GraphIndex, options?: HarmonicOptions): Float64Array {
  const { normalized } = resolveOptions('harmonic', HARMONIC_DEFAULTS, CHECKS, options);
  const n = index.order;
  const result = new Float64Array(n);
  if (n < 2) return result;
  forEachInLevel(index, (u, d, count) => {
    result[u] += count / d;
  });
  if (normalized) for (let u = 0; u < n; u++) result[u] /= n - 1;
  return result;
}
