/**
 * Every tolerance the network-metric tests use, in one place, with why.
 */
import { expect } from 'vitest';

export const TOLERANCE = Object.freeze({
  /** Against a networkx value computed to convergence (or exactly): PageRank, eigenvector, HITS. */
  iterative: 1e-6,
  /** Exact algorithms (BFS, Brandes, closed formulas): betweenness, closeness, harmonic, k-core,
   *  constraint, effective size, density, reciprocity, modularity — only float rounding differs. */
  exact: 1e-9,
  /** The brief's tolerance for pagerank / betweenness / closeness against networkx. */
  pagerank: 1e-6,
  betweenness: 1e-6,
  closeness: 1e-6,
  /**
   * Against networkx's *default-tolerance* power iterations (pagerank tol=1e-6, eigenvector
   * tol=1e-6): those stop when the L1 change is below n·1e-6, so they sit up to ~1e-5 from the
   * fixed point (4.5e-6 for pagerank, 8e-6 for eigenvector on the karate club). Ours iterate to
   * n·1e-10, so the comparison with those calls can only be this loose.
   */
  networkxDefaultIteration: 2e-5,
  /** Sums of per-node values that should be 1 (PageRank, HITS). */
  sum: 1e-9,
});

/** Compares two { key: value } records key by key: same keys, |a − b| ≤ tol, null ≡ NaN. */
export function expectRecordClose(
  actual: Record<string, number | null>,
  expected: Record<string, number | null>,
  tol: number,
  label = '',
): void {
  expect(Object.keys(actual).sort(), `${label}: keys`).toEqual(Object.keys(expected).sort());
  for (const key of Object.keys(expected)) {
    const a = actual[key];
    const e = expected[key];
    if (e === null || a === null) {
      expect(a, `${label}[${key}]`).toBe(e);
      continue;
    }
    const diff = Math.abs(a - e);
    if (!(diff <= tol)) {
      expect.fail(`${label}[${key}]: got ${a}, expected ${e} (|Δ| = ${diff} > ${tol})`);
    }
  }
}

export function expectNumberClose(actual: number, expected: number, tol: number, label = ''): void {
  const diff = Math.abs(actual - expected);
  if (!(diff <= tol)) expect.fail(`${label}: got ${actual}, expected ${expected} (|Δ| = ${diff} > ${tol})`);
}
