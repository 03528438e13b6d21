/**
 * Harmonic centrality
 * ===================
 *
 * Sum of inverse unweighted (hop) distances TO each node (weight IGNORED):
 *
 *   H(u) = Σ_{v ≠ u, v reaches u} 1 / d(v, u)
 *
 * as networkx.harmonic_centrality(G) on a DiGraph (it sums 1/d(v, u) over sources v). The
 * `normalized` variant divides by n − 1, giving values in [0, 1]. Gathered from a search out of
 * every source (shared with betweenness and closeness, shortestPaths.ts); with `sampling`, from
 * sampled sources (Eppstein–Wang): H(u)/n within ±harmonicEpsilon for every u, w.p. ≥ 1 − delta.
 * {@link harmonicOf} gives the exact value of a few nodes (one search each, over in-edges).
 *
 * [Reference]: Boldi & Vigna, "Axioms for centrality", Internet Mathematics 10(3–4):222–262,
 * 2014; Marchiori & Latora, "Harmony in the small-world", Physica A 285:539–546, 2000.
 */
import type { GraphIndex } from '../../graph/index';
import { runPathTask } from './pathKernel';
import { pathGraphOf } from './pathPool';
import { isBoolean, resolveOptions } from './options';
import { isSampling, type SamplingOptions } from './sampling';
import { shortestPathCentralities } from './shortestPaths';

export interface HarmonicOptions {
  /** Divide by n − 1 (0 for n < 2). */
  normalized?: boolean;
  /** Estimate from sampled sources within these bounds; null (default) = exact. */
  sampling?: SamplingOptions | null;
}

export const HARMONIC_DEFAULTS: Readonly<Required<HarmonicOptions>> = Object.freeze({
  normalized: false,
  sampling: null,
});

const CHECKS = { normalized: isBoolean, sampling: isSampling };

/**
 * Harmonic centrality of every node. O(n·m) time, O(n + m) extra memory.
 *
 * @example
 * ```ts
 * // a → b → c: H(c) = 1/1 + 1/2 = 1.5, H(b) = 1, H(a) = 0
 * harmonic(index);                       // Float64Array [0, 1, 1.5]
 * harmonic(index, { normalized: true }); // Float64Array [0, 0.5, 0.75]
 * ```
 */
export function harmonic(index: GraphIndex, options?: HarmonicOptions): Float64Array {
  const { normalized, sampling } = resolveOptions('harmonic', HARMONIC_DEFAULTS, CHECKS, options);
  const n = index.order;
  const result = shortestPathCentralities(index, { betweenness: false, sampling }).harmonic!;
  if (normalized) for (let u = 0; u < n; u++) result[u] = n < 2 ? 0 : result[u] / (n - 1);
  return result;
}

/**
 * Exact (unnormalised) harmonic centrality of the listed nodes only: one search over in-edges per
 * node, so a handful of nodes cost a handful of searches whatever the graph's size.
 *
 * @example
 * ```ts
 * harmonicOf(index, [index.position.get('unit:so-khdt')!]); // Float64Array [H(unit:so-khdt)]
 * ```
 */
export function harmonicOf(index: GraphIndex, nodes: readonly number[]): Float64Array {
  const task = { kind: 'targets', targets: Int32Array.from(nodes), harmonic: true, closeness: false } as const;
  const all = runPathTask(pathGraphOf(index), task).harmonic!;
  return Float64Array.from(nodes, (u) => all[u]);
}
