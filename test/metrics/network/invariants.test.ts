/**
 * Invariants checked with fast-check on random weighted digraphs (≤ 14 nodes), and agreement with
 * graphology-metrics (an independent implementation) on seeded random graphs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DirectedGraph } from 'graphology';
import gmBetweenness from 'graphology-metrics/centrality/betweenness';
import gmCloseness from 'graphology-metrics/centrality/closeness';
import gmPagerank from 'graphology-metrics/centrality/pagerank';
import gmModularity from 'graphology-metrics/graph/modularity';
import {
  betweenness,
  brokerage,
  buildGraphIndex,
  closeness,
  constraint,
  effectiveSize,
  eigenvector,
  harmonic,
  hits,
  kcore,
  louvain,
  modularity,
  networkSummary,
  pagerank,
  shortestPathCentralities,
  toNodeRecord,
  NODE_KINDS,
} from '../../../src/metrics/network/index';
import { UndirectedGraph } from 'graphology';
import { randomDigraph } from './graphs';
import { TOLERANCE, expectRecordClose } from './tolerance';

interface Spec {
  n: number;
  kinds: number[];
  edges: [number, number, number][];
}

const specArb: fc.Arbitrary<Spec> = fc
  .integer({ min: 1, max: 14 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      kinds: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
      edges: fc.uniqueArray(
        fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 5 })),
        { maxLength: 40, selector: ([u, v]) => `${u}>${v}` },
      ),
    }),
  )
  .map((s) => ({ ...s, edges: s.edges.filter(([u, v]) => u !== v) }));

function build(spec: Spec, nodeOrder?: number[], edgeOrder?: number[]): DirectedGraph {
  const g = new DirectedGraph();
  for (const i of nodeOrder ?? spec.kinds.map((_, i) => i)) {
    g.addNode(`v${i}`, { kind: NODE_KINDS[spec.kinds[i]] });
  }
  for (const e of edgeOrder ?? spec.edges.map((_, i) => i)) {
    const [u, v, w] = spec.edges[e];
    g.addEdge(`v${u}`, `v${v}`, { weight: w });
  }
  return g;
}

const permutation = (length: number) =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: length, maxLength: length }).map((keys) =>
    keys.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i),
  );

const withPermutations = specArb.chain((spec) =>
  fc.tuple(fc.constant(spec), permutation(spec.n), permutation(spec.edges.length)),
);

const sum = (x: ArrayLike<number>) => Array.from(x).reduce((a, b) => a + b, 0);

describe('invariants (fast-check)', () => {
  it('pagerank is ≥ 0 and sums to 1', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const pr = pagerank(buildGraphIndex(build(spec)));
        expect(pr.every((x) => x >= 0)).toBe(true);
        expect(Math.abs(sum(pr) - 1)).toBeLessThan(TOLERANCE.sum);
      }),
    );
  });

  it('betweenness ≥ 0 (≤ 1 normalised); closeness, normalised harmonic in [0, 1]; HITS sums to 1', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const index = buildGraphIndex(build(spec));
        for (const x of betweenness(index)) expect(x >= 0 && x <= 1 + 1e-12).toBe(true);
        for (const x of closeness(index)) expect(x >= 0 && x <= 1 + 1e-12).toBe(true);
        for (const x of harmonic(index, { normalized: true })) expect(x >= 0 && x <= 1 + 1e-12).toBe(true);
        const { hubs, authorities } = hits(index);
        if (!Number.isNaN(hubs[0])) {
          expect(Math.abs(sum(hubs) - 1)).toBeLessThan(TOLERANCE.sum);
          expect(Math.abs(sum(authorities) - 1)).toBeLessThan(TOLERANCE.sum);
        }
      }),
    );
  });

  it('every result is independent of node and edge insertion order (bit for bit)', () => {
    fc.assert(
      fc.property(withPermutations, ([spec, nodeOrder, edgeOrder]) => {
        const a = buildGraphIndex(build(spec));
        const b = buildGraphIndex(build(spec, nodeOrder, edgeOrder));
        const all = (index: typeof a) => ({
          pagerank: Array.from(pagerank(index)),
          betweenness: Array.from(betweenness(index)),
          closeness: Array.from(closeness(index)),
          harmonic: Array.from(harmonic(index)),
          eigenvector: Array.from(eigenvector(index)),
          hubs: Array.from(hits(index).hubs),
          kcore: Array.from(kcore(index)),
          constraint: Array.from(constraint(index)),
          effectiveSize: Array.from(effectiveSize(index)),
          brokerage: Array.from(brokerage(index).total),
          louvain: louvain(index, { runs: 2 }),
          summary: networkSummary(index),
        });
        expect(all(b)).toEqual(all(a));
      }),
      { numRuns: 60 },
    );
  });

  it('Louvain with the same seed gives the same partition; modularity in [−1/2, 1]', () => {
    fc.assert(
      fc.property(specArb, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const index = buildGraphIndex(build(spec));
        const first = louvain(index, { seed, runs: 3 });
        const again = louvain(buildGraphIndex(build(spec)), { seed, runs: 3 });
        expect(again).toEqual(first);
        expect(first.modularity).toBeGreaterThanOrEqual(-0.5);
        expect(first.modularity).toBeLessThanOrEqual(1);
        expect(first.count).toBe(new Set(first.community).size);
      }),
      { numRuns: 60 },
    );
  });

  it('modularity of any partition is in [−1/2, 1]', () => {
    fc.assert(
      fc.property(
        specArb.chain((spec) => fc.tuple(fc.constant(spec), fc.array(fc.nat(3), { minLength: spec.n, maxLength: spec.n }))),
        ([spec, community]) => {
          const q = modularity(buildGraphIndex(build(spec)), community);
          expect(q).toBeGreaterThanOrEqual(-0.5);
          expect(q).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('agreement with graphology-metrics on seeded random digraphs', () => {
  const graphs = [randomDigraph(60, 240, 1), randomDigraph(150, 400, 2), randomDigraph(40, 400, 3)];

  it.each(graphs.map((g, i) => [i, g] as const))(
    'betweenness, closeness (Wasserman–Faust) and pagerank equal graphology-metrics #%i',
    (_i, g) => {
      const index = buildGraphIndex(g);
      const rec = (v: ArrayLike<number>) => toNodeRecord(index, v);
      expectRecordClose(rec(betweenness(index)), gmBetweenness(g, { getEdgeWeight: null }), TOLERANCE.exact, 'betweenness');
      expectRecordClose(rec(closeness(index)), gmCloseness(g, { wassermanFaust: true }), TOLERANCE.exact, 'closeness');
      expectRecordClose(
        rec(pagerank(index)),
        gmPagerank(g, { getEdgeWeight: 'weight', tolerance: 1e-14, maxIterations: 10_000 }),
        TOLERANCE.pagerank,
        'pagerank',
      );
    },
  );

  it.each(graphs.map((g, i) => [i, g] as const))('Louvain modularity equals graphology-metrics modularity #%i', (_i, g) => {
    const index = buildGraphIndex(g);
    const { community, modularity: q } = louvain(index);
    const u = new UndirectedGraph();
    index.keys.forEach((key, i) => u.addNode(key, { community: community[i] }));
    g.forEachEdge((_e, attr, s, t) => {
      u.updateEdge(s, t, (a) => ({ weight: (a.weight ?? 0) + attr.weight }));
    });
    expect(Math.abs(gmModularity(u) - q)).toBeLessThan(TOLERANCE.exact);
  });
});

describe('shortestPathCentralities (one BFS per node for both)', () => {
  it('equals betweenness() and harmonic() computed apart, on random graphs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 60 }), (pairs) => {
        const g = new DirectedGraph();
        for (let i = 0; i < 12; i++) g.addNode(`n${i}`);
        for (const [a, b] of pairs) if (a !== b) g.mergeEdge(`n${a}`, `n${b}`, { weight: 1 });
        const index = buildGraphIndex(g);
        const both = shortestPathCentralities(index);
        expect([...both.betweenness!]).toEqual([...betweenness(index)]);
        const apart = harmonic(index);
        both.harmonic!.forEach((h, i) => expect(h).toBeCloseTo(apart[i], 12));
      }),
    );
  });
});
