/**
 * The bit-parallel multi-source search (multiSource.ts, behind `sources` tasks without
 * betweenness: harmonic and closeness from sampled sources) against a plain one-source BFS written
 * here (the textbook: one queue per source, Σ 1/d summed source after source). Oracle for the
 * numbers: that BFS. Reach counts and distance sums are integers and must be equal; harmonic sums
 * are summed in another order (per level, c/d) and must agree within 1e-12 relative.
 * Graphs: random edge lists built straight into CSR, so that self-loops, repeated edges, nodes
 * without edges and disconnected parts all occur; source lists of any length (repeats allowed),
 * so batches are cut anywhere, not only at multiples of 32.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPathWorkspace, runPathTask, type PathGraph } from '../../../src/metrics/network/pathKernel';
import {
  BATCH, createMultiSourceWorkspace, multiSourceDistances, type Direction,
} from '../../../src/metrics/network/multiSource';

/** CSR of out- and in-edges from an edge list (any order; self-loops and repeats kept). */
function csr(n: number, edges: readonly (readonly [number, number])[]): PathGraph {
  const build = (from: 0 | 1) => {
    const start = new Int32Array(n + 1);
    for (const e of edges) start[e[from] + 1]++;
    for (let v = 0; v < n; v++) start[v + 1] += start[v];
    const fill = start.slice(0, n);
    const neighbor = new Int32Array(edges.length);
    for (const e of edges) neighbor[fill[e[from]]++] = e[1 - from];
    return { start, neighbor };
  };
  const out = build(0);
  const inn = build(1);
  return { order: n, outStart: out.start, outNeighbor: out.neighbor, inStart: inn.start, inNeighbor: inn.neighbor };
}

/** Textbook: one BFS per source (in list order), H += 1/d, D += d, r += 1 for every node reached but the source. */
function textbook(g: PathGraph, sources: readonly number[]) {
  const n = g.order;
  const harmonic = new Float64Array(n);
  const distanceSum = new Float64Array(n);
  const reached = new Float64Array(n);
  let eccentricity = 0;
  for (const s of sources) {
    const dist = new Array<number>(n).fill(-1);
    dist[s] = 0;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h];
      for (let p = g.outStart[v]; p < g.outStart[v + 1]; p++) {
        const w = g.outNeighbor[p];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.push(w);
        }
      }
    }
    for (const v of queue.slice(1)) {
      harmonic[v] += 1 / dist[v];
      distanceSum[v] += dist[v];
      reached[v] += 1;
      eccentricity = Math.max(eccentricity, dist[v]);
    }
  }
  return { harmonic, distanceSum, reached, eccentricity };
}

const sourcesTask = (sources: readonly number[]) =>
  ({ kind: 'sources', sources: Int32Array.from(sources), betweenness: false, harmonic: true, closeness: true }) as const;

/** A random digraph: n nodes, edges drawn with replacement (self-loops and repeats possible). */
const graphAndSources = fc
  .integer({ min: 1, max: 70 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 4 * n }),
      sources: fc.array(fc.nat(n - 1), { maxLength: 2 * BATCH + 40 }),
    }),
  );

describe('multi-source distances (sampled harmonic and closeness)', () => {
  it('equal one BFS per source: reach counts and distance sums exactly, harmonic within 1e-12 relative', () => {
    fc.assert(
      fc.property(graphAndSources, ({ n, edges, sources }) => {
        const g = csr(n, edges);
        const got = runPathTask(g, sourcesTask(sources));
        const want = textbook(g, sources);
        expect(Array.from(got.reached!)).toEqual(Array.from(want.reached));
        expect(Array.from(got.distanceSum!)).toEqual(Array.from(want.distanceSum));
        for (let v = 0; v < n; v++) {
          const h = want.harmonic[v];
          expect(Math.abs(got.harmonic![v] - h), `node ${v}`).toBeLessThanOrEqual(1e-12 * h);
        }
        expect(got.searches).toBe(sources.length);
      }),
      { numRuns: 150 },
    );
  });

  it('finds the same sums with every level top-down, every level bottom-up, or each the cheaper way', () => {
    fc.assert(
      fc.property(graphAndSources, ({ n, edges, sources }) => {
        const g = csr(n, edges);
        const reachable = Int32Array.from({ length: n }, (_, v) => v).filter((v) => g.inStart[v + 1] > g.inStart[v]);
        const want = textbook(g, sources);
        const ws = createMultiSourceWorkspace(n);
        for (const direction of ['top-down', 'bottom-up', 'auto'] as Direction[]) {
          const got = { harmonic: new Float64Array(n), distanceSum: new Float64Array(n), reached: new Float64Array(n) };
          multiSourceDistances(g, Int32Array.from(sources), reachable, ws, got, direction);
          expect(Array.from(got.reached), direction).toEqual(Array.from(want.reached));
          expect(Array.from(got.distanceSum), direction).toEqual(Array.from(want.distanceSum));
          for (let v = 0; v < n; v++) expect(Math.abs(got.harmonic[v] - want.harmonic[v])).toBeLessThanOrEqual(1e-12 * want.harmonic[v]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('runs ⌈sources / BATCH⌉ traversals, each scanning at most m edges per level (one BFS per source would scan up to m each)', () => {
    fc.assert(
      fc.property(graphAndSources, ({ n, edges, sources }) => {
        const g = csr(n, edges);
        const got = runPathTask(g, sourcesTask(sources));
        const traversals = Math.ceil(sources.length / BATCH);
        expect(got.traversals).toBe(traversals);
        // A traversal has (largest distance + 1) levels; a level scans each edge at most once.
        const levels = textbook(g, sources).eccentricity + 1;
        expect(got.edgeScans!).toBeLessThanOrEqual(traversals * levels * edges.length);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same bits whatever ran before in the workspace, and with harmonic or closeness alone', () => {
    fc.assert(
      fc.property(graphAndSources, fc.array(fc.nat(69), { maxLength: 300 }), ({ n, edges, sources }, before) => {
        const g = csr(n, edges);
        const fresh = runPathTask(g, sourcesTask(sources));
        const ws = createPathWorkspace(g);
        runPathTask(g, sourcesTask(before.filter((s) => s < n)), ws);
        const reused = runPathTask(g, sourcesTask(sources), ws);
        expect(reused.harmonic).toEqual(fresh.harmonic);
        expect(reused.distanceSum).toEqual(fresh.distanceSum);
        const alone = runPathTask(g, { ...sourcesTask(sources), closeness: false }, ws);
        expect(alone.harmonic).toEqual(fresh.harmonic);
        expect(alone.distanceSum).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('handles a long path, where every source sits at a different distance (many levels per traversal)', () => {
    // 0 → 1 → … → 599 plus a self-loop on every node: H(v) = Σ_{s<v} 1/(v − s) over sources s.
    const n = 600;
    const edges: [number, number][] = [];
    for (let v = 0; v < n; v++) {
      edges.push([v, v]);
      if (v + 1 < n) edges.push([v, v + 1]);
    }
    const g = csr(n, edges);
    const sources = Array.from({ length: 300 }, (_, i) => 2 * i);
    const got = runPathTask(g, sourcesTask(sources));
    const want = textbook(g, sources);
    expect(Array.from(got.reached!)).toEqual(Array.from(want.reached));
    expect(Array.from(got.distanceSum!)).toEqual(Array.from(want.distanceSum));
    for (let v = 0; v < n; v++) expect(Math.abs(got.harmonic![v] - want.harmonic[v])).toBeLessThanOrEqual(1e-12 * want.harmonic[v]);
  });
});
