/**
 * Network summary
 * ===============
 *
 *   nodes        n
 *   edges        m, directed edges between distinct nodes (self-loops excluded, parallel edges
 *                merged)
 *   density      m / (n (n − 1)), 0 when n < 2
 *   reciprocity  share of edges u → v whose reverse v → u exists, null when m = 0
 *                (networkx.overall_reciprocity)
 *
 * Weight is IGNORED. SPEC 4.2.
 *
 * [Reference]: Wasserman & Faust, Social Network Analysis, CUP 1994, §4.2 (density) and §13.2
 * (mutuality); Garlaschelli & Loffredo, Physical Review Letters 93:268701, 2004 (reciprocity).
 */
import type { GraphArrays } from '../../graph/index';
import { resolveOptions } from './options';

export interface NetworkSummary {
  nodes: number;
  edges: number;
  density: number;
  reciprocity: number | null;
}

/** networkSummary takes no options; the parameter exists so that misspelt options are rejected. */
export type NetworkSummaryOptions = Record<string, never>;

export const NETWORK_SUMMARY_DEFAULTS: Readonly<NetworkSummaryOptions> = Object.freeze({});

/**
 * @example
 * ```ts
 * networkSummary(index); // { nodes: 3, edges: 3, density: 0.5, reciprocity: 0.6667 }
 * ```
 */
export function networkSummary(index: GraphArrays, options?: NetworkSummaryOptions): NetworkSummary {
  resolveOptions('networkSummary', NETWORK_SUMMARY_DEFAULTS, {}, options);
  const n = index.order;
  const m = index.size;
  let reciprocated = 0;
  const { out, in: inn } = index;
  for (let i = 0; i < n; i++) {
    // |out(i) ∩ in(i)| by merging the two sorted rows.
    let a = out.start[i];
    let b = inn.start[i];
    const aEnd = out.start[i + 1];
    const bEnd = inn.start[i + 1];
    while (a < aEnd && b < bEnd) {
      const ja = out.neighbor[a];
      const jb = inn.neighbor[b];
      if (ja === jb) {
        reciprocated++;
        a++;
        b++;
      } else if (ja < jb) a++;
      else b++;
    }
  }
  return {
    nodes: n,
    edges: m,
    density: n < 2 ? 0 : m / (n * (n - 1)),
    reciprocity: m === 0 ? null : reciprocated / m,
  };
}
