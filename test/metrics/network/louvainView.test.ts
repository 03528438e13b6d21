/**
 * louvain() hands graphology-communities-louvain a read-only view of the index instead of a
 * graphology graph. Oracle: the same library run on a real graphology UndirectedGraph of the
 * undirected projection (nodes in index order, edges u–v with u < v by row) — the partition of each
 * seed must be the same, node for node.
 */
import { UndirectedGraph } from 'graphology';
import louvainImpl from 'graphology-communities-louvain';
import { describe, expect, it } from 'vitest';
import type { GraphIndex } from '../../../src/graph/index';
import { louvain } from '../../../src/metrics/network/louvain';
import { mulberry32 } from '../../../src/util/random';
import { indexOf, REAL_SHAPED_INPUTS } from './fixtureGraphs';

function projected(index: GraphIndex): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const key of index.keys) g.addNode(key);
  const { start, neighbor, weight } = index.undirected;
  for (let u = 0; u < index.order; u++) {
    for (let p = start[u]; p < start[u + 1]; p++) {
      if (neighbor[p] > u && weight[p] > 0) g.addEdge(index.keys[u], index.keys[neighbor[p]], { weight: weight[p] });
    }
  }
  return g;
}

/** Communities numbered by first appearance in index order (what louvain() returns). */
function renumbered(index: GraphIndex, mapping: Record<string, number>): number[] {
  const ids = new Map<number, number>();
  return index.keys.map((key) => {
    if (!ids.has(mapping[key])) ids.set(mapping[key], ids.size);
    return ids.get(mapping[key])!;
  });
}

describe('louvain on the index view = the library on a graphology graph', () => {
  it.each(REAL_SHAPED_INPUTS)('%s: the same partition for each seed', async (_label, input) => {
    const index = indexOf(await input());
    const graph = projected(index);
    for (const seed of [1, 2, 3, 7]) {
      const expected = renumbered(index, louvainImpl(graph, { getEdgeWeight: 'weight', resolution: 1, rng: mulberry32(seed) }));
      expect([...louvain(index, { runs: 1, seed }).community]).toEqual(expected);
    }
  }, 60_000);
});
