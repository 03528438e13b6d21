/**
 * Test graphs: Zachary's karate club (the standard 78-edge list, each undirected tie modelled as
 * two directed edges of weight 1), the small weighted digraph pinned in small.networkx.json, and a
 * seeded random digraph for invariants.
 */
import { DirectedGraph } from 'graphology';
import type { NodeKind } from '../../../src/graph/index';
import small from './small.networkx.json';
import { mulberry32 } from '../../../src/util/random';

/** Zachary (1977), 34 members, 78 ties; the list networkx.karate_club_graph() uses. */
export const KARATE_EDGES: readonly (readonly [number, number])[] = [
  [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 10], [0, 11], [0, 12],
  [0, 13], [0, 17], [0, 19], [0, 21], [0, 31], [1, 2], [1, 3], [1, 7], [1, 13], [1, 17],
  [1, 19], [1, 21], [1, 30], [2, 3], [2, 7], [2, 8], [2, 9], [2, 13], [2, 27], [2, 28],
  [2, 32], [3, 7], [3, 12], [3, 13], [4, 6], [4, 10], [5, 6], [5, 10], [5, 16], [6, 16],
  [8, 30], [8, 32], [8, 33], [9, 33], [13, 33], [14, 32], [14, 33], [15, 32], [15, 33],
  [18, 32], [18, 33], [19, 33], [20, 32], [20, 33], [22, 32], [22, 33], [23, 25], [23, 27],
  [23, 29], [23, 32], [23, 33], [24, 25], [24, 27], [24, 31], [25, 31], [26, 29], [26, 33],
  [27, 33], [28, 31], [28, 33], [29, 32], [29, 33], [30, 32], [30, 33], [31, 32], [31, 33],
  [32, 33],
];

export function karateGraph(): DirectedGraph {
  const g = new DirectedGraph();
  for (let i = 0; i < 34; i++) g.addNode(String(i), { kind: 'individual' });
  for (const [u, v] of KARATE_EDGES) {
    g.addEdge(String(u), String(v), { weight: 1 });
    g.addEdge(String(v), String(u), { weight: 1 });
  }
  return g;
}

export function smallGraph(): DirectedGraph {
  const g = new DirectedGraph();
  for (const [node, kind] of Object.entries(small.nodes)) g.addNode(node, { kind });
  for (const [u, v, w] of small.edges as [string, string, number][]) g.addEdge(u, v, { weight: w });
  return g;
}

/** A directed graph from an explicit edge list (weight 1 unless given), nodes kind 'business'. */
export function digraph(
  edges: readonly (readonly [string, string, number?])[],
  kinds: Record<string, NodeKind> = {},
): DirectedGraph {
  const g = new DirectedGraph();
  for (const [u, v, w] of edges) {
    g.mergeNode(u, { kind: kinds[u] ?? 'business' });
    g.mergeNode(v, { kind: kinds[v] ?? 'business' });
    g.addEdge(u, v, { weight: w ?? 1 });
  }
  for (const [node, kind] of Object.entries(kinds)) g.mergeNode(node, { kind });
  return g;
}

/** The library's seeded PRNG (mulberry32), for test data. */
export const rng = mulberry32;

/** Seeded random digraph: n nodes, about m distinct edges, integer weights 1..5. */
export function randomDigraph(n: number, m: number, seed: number): DirectedGraph {
  const r = rng(seed);
  const kinds: NodeKind[] = ['agency', 'page', 'association', 'business', 'individual'];
  const g = new DirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { kind: kinds[Math.floor(r() * kinds.length)] });
  for (let k = 0; k < m; k++) {
    const u = Math.floor(r() * n);
    const v = Math.floor(r() * n);
    if (u === v || g.hasEdge(`n${u}`, `n${v}`)) continue;
    g.addEdge(`n${u}`, `n${v}`, { weight: 1 + Math.floor(r() * 5) });
  }
  return g;
}
