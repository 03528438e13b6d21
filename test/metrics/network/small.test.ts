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
  modularity,
  networkSummary,
  pagerank,
  toNodeRecord,
} from '../../../src/metrics/network/index';
import reference from './small.networkx.json';
import { smallGraph } from './graphs';
import { TOLERANCE, expectNumberClose, expectRecordClose } from './tolerance';

const nx = reference.values as Record<string, Record<string, number | null>>;
const index = buildGraphIndex(smallGraph());
const rec = (values: ArrayLike<number>) => toNodeRecord(index, values);

describe('small weighted digraph (7 nodes, 13 edges) against networkx 3.6.1', () => {
  it('pagerank (weight = strength) matches networkx pagerank(G, weight="weight", tol=1e-13) and the default call', () => {
    const pr = rec(pagerank(index));
    expectRecordClose(pr, nx.pagerank_tight, TOLERANCE.pagerank, 'pagerank vs tight');
    expectRecordClose(pr, nx.pagerank, TOLERANCE.networkxDefaultIteration, 'pagerank vs default');
  });

  it('betweenness (unweighted hops) matches networkx betweenness_centrality(G)', () => {
    expectRecordClose(rec(betweenness(index)), nx.betweenness, TOLERANCE.betweenness, 'betweenness');
  });

  it('closeness and harmonic (incoming hops) match networkx closeness_centrality(G), harmonic_centrality(G)', () => {
    expectRecordClose(rec(closeness(index)), nx.closeness, TOLERANCE.closeness, 'closeness');
    expectRecordClose(rec(harmonic(index)), nx.harmonic, TOLERANCE.exact, 'harmonic');
  });

  it('eigenvector (in-edges, weighted) matches networkx eigenvector_centrality(G, weight="weight", tol=1e-13)', () => {
    const ev = rec(eigenvector(index));
    expectRecordClose(ev, nx.eigenvector_tight, TOLERANCE.iterative, 'eigenvector vs tight');
    expectRecordClose(ev, nx.eigenvector, TOLERANCE.networkxDefaultIteration, 'eigenvector vs default');
  });

  it('hits (weighted) matches networkx hits(G)', () => {
    const { hubs, authorities } = hits(index);
    expectRecordClose(rec(hubs), nx.hits_hubs, TOLERANCE.iterative, 'hubs');
    expectRecordClose(rec(authorities), nx.hits_authorities, TOLERANCE.iterative, 'authorities');
  });

  it('constraint and effective size (mutual weights) match networkx constraint/effective_size(G, weight="weight")', () => {
    expectRecordClose(rec(constraint(index)), nx.constraint, TOLERANCE.exact, 'constraint');
    expectRecordClose(rec(effectiveSize(index)), nx.effective_size, TOLERANCE.exact, 'effective size');
  });

  it('k-core of the projection matches networkx core_number(nx.Graph(G.to_undirected()))', () => {
    expectRecordClose(rec(kcore(index)), nx.core_number, 0, 'core number');
  });

  it('density and reciprocity match networkx density(G), overall_reciprocity(G)', () => {
    const s = networkSummary(index);
    expect(s.nodes).toBe(7);
    expect(s.edges).toBe(13);
    expectNumberClose(s.density, reference.density, TOLERANCE.exact, 'density');
    expectNumberClose(s.reciprocity!, reference.reciprocity, TOLERANCE.exact, 'reciprocity');
  });

  it('modularity of a fixed partition matches networkx community.modularity on the summed projection', () => {
    const partition = reference.partition as Record<string, number>;
    const community = index.keys.map((k) => partition[k]);
    expectNumberClose(modularity(index, community), reference.modularity, TOLERANCE.exact, 'modularity');
  });
});
