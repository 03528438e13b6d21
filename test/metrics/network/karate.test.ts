import { describe, expect, it } from 'vitest';
import {
  betweenness,
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
  pagerank,
  toNodeRecord,
} from '../../../src/metrics/network/index';
import modularityGraphology from 'graphology-metrics/graph/modularity';
import { UndirectedGraph } from 'graphology';
import reference from './karate.networkx.json';
import { KARATE_EDGES, karateGraph } from './graphs';
import { TOLERANCE, expectNumberClose, expectRecordClose } from './tolerance';

const nx = reference.values as Record<string, Record<string, number | null>>;
const index = buildGraphIndex(karateGraph());
const rec = (values: ArrayLike<number>) => toNodeRecord(index, values);

describe('karate club (Zachary 1977) against networkx 3.6.1', () => {
  it('the fixture is the standard 78-edge list', () => {
    expect(reference.edges).toEqual(KARATE_EDGES.map((e) => [...e]));
    expect(index.order).toBe(34);
    expect(index.size).toBe(156);
    expect(index.undirectedSize).toBe(78);
  });

  it('betweenness matches networkx betweenness_centrality(G) (normalized)', () => {
    expectRecordClose(rec(betweenness(index)), nx.betweenness, TOLERANCE.betweenness, 'betweenness');
  });

  it('closeness matches networkx closeness_centrality(G) (wf_improved)', () => {
    expectRecordClose(rec(closeness(index)), nx.closeness, TOLERANCE.closeness, 'closeness');
  });

  it('harmonic matches networkx harmonic_centrality(G); normalised = / (n − 1)', () => {
    expectRecordClose(rec(harmonic(index)), nx.harmonic, TOLERANCE.exact, 'harmonic');
    const normalised = Object.fromEntries(
      Object.entries(nx.harmonic).map(([k, v]) => [k, (v as number) / 33]),
    );
    expectRecordClose(rec(harmonic(index, { normalized: true })), normalised, TOLERANCE.exact, 'harmonic/(n−1)');
  });

  it('pagerank matches networkx pagerank(G, tol=1e-13) and pagerank(G) within its own tolerance', () => {
    const pr = rec(pagerank(index));
    expectRecordClose(pr, nx.pagerank_tight, TOLERANCE.pagerank, 'pagerank vs tight');
    expectRecordClose(pr, nx.pagerank, TOLERANCE.networkxDefaultIteration, 'pagerank vs default');
  });

  it('eigenvector matches networkx eigenvector_centrality_numpy(G) and eigenvector_centrality(G, tol=1e-13)', () => {
    const ev = rec(eigenvector(index));
    expectRecordClose(ev, nx.eigenvector_numpy, TOLERANCE.iterative, 'eigenvector vs numpy');
    expectRecordClose(ev, nx.eigenvector_tight, TOLERANCE.iterative, 'eigenvector vs tight power iteration');
    expectRecordClose(ev, nx.eigenvector, TOLERANCE.networkxDefaultIteration, 'eigenvector vs default');
  });

  it('eigenvector with networkx defaults (maxIterations 100, tolerance 1e-6) reproduces networkx eigenvector_centrality(G)', () => {
    const ev = rec(eigenvector(index, { maxIterations: 100, tolerance: 1e-6 }));
    expectRecordClose(ev, nx.eigenvector, 1e-12, 'same iteration as networkx');
  });

  it('k-core matches networkx core_number(G)', () => {
    expectRecordClose(rec(kcore(index)), nx.core_number, 0, 'core number');
  });

  it('hits matches networkx hits(G) (ARPACK singular vectors, sums 1)', () => {
    const { hubs, authorities } = hits(index);
    expectRecordClose(rec(hubs), nx.hits_hubs, TOLERANCE.iterative, 'hubs');
    expectRecordClose(rec(authorities), nx.hits_authorities, TOLERANCE.iterative, 'authorities');
  });

  it('constraint and effective size match networkx constraint(G), effective_size(G)', () => {
    expectRecordClose(rec(constraint(index)), nx.constraint, TOLERANCE.exact, 'constraint');
    expectRecordClose(rec(effectiveSize(index)), nx.effective_size, TOLERANCE.exact, 'effective size');
  });

  it("louvain's best modularity over 10 seeds reaches networkx's best known 0.41979 (≥ 0.4197)", () => {
    const result = louvain(index, { runs: 10 });
    expect(result.modularity).toBeGreaterThanOrEqual(0.4197);
    expect(result.modularity).toBeLessThanOrEqual(reference.louvain_best_modularity + 1e-12);
    expect(result.count).toBeGreaterThanOrEqual(3);
    expect(result.count).toBeLessThanOrEqual(5);
    // Renumbered by first appearance in sorted key order: position 0 is community 0, ids dense.
    expect(result.community[0]).toBe(0);
    let max = -1;
    for (const c of result.community) {
      expect(c).toBeLessThanOrEqual(max + 1);
      max = Math.max(max, c);
    }
    expect(max + 1).toBe(result.count);
  });

  it('modularity of the Louvain partition equals graphology-metrics modularity on the projection', () => {
    const { community, modularity: q } = louvain(index);
    expectNumberClose(modularity(index, community), q, TOLERANCE.exact, 'recomputed');
    const g = new UndirectedGraph();
    index.keys.forEach((key, i) => g.addNode(key, { community: community[i] }));
    for (const [u, v] of KARATE_EDGES) g.addEdge(String(u), String(v), { weight: 2 });
    expectNumberClose(modularityGraphology(g), q, TOLERANCE.exact, 'graphology-metrics');
  });
});
