import { describe, expect, it } from 'vitest';
import { DirectedGraph, MultiDirectedGraph, UndirectedGraph } from 'graphology';
import {
  GraphIndexError,
  NetworkMetricError,
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
  toNodeRecord,
  UNKNOWN_KIND,
} from '../../../src/metrics/network/index';
import { digraph } from './graphs';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe('buildGraphIndex', () => {
  it('sorts keys and builds out, in and undirected CSR rows sorted by neighbour', () => {
    const g = new DirectedGraph();
    g.addNode('c', { kind: 'agency' });
    g.addNode('a', { kind: 'business' });
    g.addNode('b', { kind: 'page' });
    g.addEdge('c', 'a', { weight: 2 });
    g.addEdge('a', 'c', { weight: 3 });
    g.addEdge('a', 'b', { weight: 1 });
    const index = buildGraphIndex(g);
    expect(index.keys).toEqual(['a', 'b', 'c']);
    expect(index.position.get('c')).toBe(2);
    expect(Array.from(index.kind)).toEqual([3, 1, 0]);
    expect(index.size).toBe(3);
    expect(index.totalWeight).toBe(6);
    expect(Array.from(index.out.start)).toEqual([0, 2, 2, 3]);
    expect(Array.from(index.out.neighbor)).toEqual([1, 2, 0]);
    expect(Array.from(index.out.weight)).toEqual([1, 3, 2]);
    expect(Array.from(index.out.strength)).toEqual([4, 0, 2]);
    expect(Array.from(index.in.start)).toEqual([0, 1, 2, 3]);
    expect(Array.from(index.in.neighbor)).toEqual([2, 0, 0]);
    expect(Array.from(index.in.strength)).toEqual([2, 1, 3]);
    // Projection: a–b (1), a–c (3 + 2 = 5), one entry per pair in each endpoint's row.
    expect(index.undirectedSize).toBe(2);
    expect(Array.from(index.undirected.start)).toEqual([0, 2, 3, 4]);
    expect(Array.from(index.undirected.neighbor)).toEqual([1, 2, 0, 0]);
    expect(Array.from(index.undirected.weight)).toEqual([1, 5, 1, 5]);
    expect(Array.from(index.undirected.strength)).toEqual([6, 1, 5]);
    expect(Array.from(index.undirected.degree)).toEqual([2, 1, 1]);
  });

  it('leaves self-loops out (counted), merges parallel edges of a multigraph, accepts missing kind', () => {
    const g = new MultiDirectedGraph();
    g.addNode('x');
    g.addNode('y', { kind: 'individual' });
    g.addEdge('x', 'y', { weight: 1 });
    g.addEdge('x', 'y', { weight: 2.5 });
    g.addEdge('x', 'x', { weight: 7 });
    const index = buildGraphIndex(g);
    expect(index.selfLoops).toBe(1);
    expect(index.size).toBe(1);
    expect(Array.from(index.out.weight)).toEqual([3.5]);
    expect(index.kind[0]).toBe(UNKNOWN_KIND);
  });

  it('rejects misuse with typed error codes', () => {
    const bad = (w: unknown) => {
      const g = new DirectedGraph();
      g.addNode('a');
      g.addNode('b');
      g.addEdge('a', 'b', w === undefined ? {} : { weight: w });
      return g;
    };
    for (const w of [undefined, '3', Number.NaN, -1, Infinity, null]) {
      expect(codeOf(() => buildGraphIndex(bad(w))), String(w)).toBe('invalid_weight');
    }
    const e = (() => {
      try {
        buildGraphIndex(bad('3'));
      } catch (err) {
        return err as GraphIndexError;
      }
    })()!;
    expect(e).toBeInstanceOf(GraphIndexError);
    expect(e.path).toEqual(['edges', expect.any(String), 'weight']);

    const kinded = new DirectedGraph();
    kinded.addNode('a', { kind: 'company' });
    expect(codeOf(() => buildGraphIndex(kinded))).toBe('invalid_kind');
    expect(codeOf(() => buildGraphIndex(new UndirectedGraph()))).toBe('not_directed');
    expect(codeOf(() => buildGraphIndex({} as never))).toBe('not_a_graph');
    expect(codeOf(() => buildGraphIndex(new DirectedGraph(), { weigth: 'w' } as never))).toBe('unknown_option');
    // A custom weight attribute.
    const g = new DirectedGraph();
    g.addEdge(g.addNode('a'), g.addNode('b'), { count: 4 });
    expect(buildGraphIndex(g, { weightAttribute: 'count' }).totalWeight).toBe(4);
  });

  it('toNodeRecord writes NaN as null and −0 as 0, in sorted key order', () => {
    const index = buildGraphIndex(digraph([['b', 'a']], { c: 'page' }));
    const record = toNodeRecord(index, Float64Array.from([-0, Number.NaN, 2]));
    expect(Object.keys(record)).toEqual(['a', 'b', 'c']);
    expect(Object.is(record.a, 0)).toBe(true);
    expect(record.b).toBeNull();
    expect(JSON.stringify(record)).toBe('{"a":0,"b":null,"c":2}');
    expect(codeOf(() => toNodeRecord(index, [1]))).toBe('length_mismatch');
  });
});

describe('options: frozen defaults, unknown keys and bad values rejected with a code', () => {
  const index = buildGraphIndex(digraph([['a', 'b'], ['b', 'c'], ['c', 'a']]));
  const metrics: [string, (o: never) => unknown][] = [
    ['pagerank', (o) => pagerank(index, o)],
    ['betweenness', (o) => betweenness(index, o)],
    ['closeness', (o) => closeness(index, o)],
    ['harmonic', (o) => harmonic(index, o)],
    ['eigenvector', (o) => eigenvector(index, o)],
    ['hits', (o) => hits(index, o)],
    ['kcore', (o) => kcore(index, o)],
    ['constraint', (o) => constraint(index, o)],
    ['effectiveSize', (o) => effectiveSize(index, o)],
    ['louvain', (o) => louvain(index, o)],
    ['modularity', (o) => modularity(index, [0, 0, 0], o)],
    ['networkSummary', (o) => networkSummary(index, o)],
    ['brokerage', (o) => brokerage(index, o)],
  ];
  it.each(metrics)('%s rejects an unknown option (UNKNOWN_OPTION) and accepts none', (_name, run) => {
    expect(codeOf(() => run({ nope: 1 } as never))).toBe('unknown_option');
    expect(codeOf(() => run(undefined as never))).toBeUndefined();
    expect(codeOf(() => run({} as never))).toBeUndefined();
  });

  it('bad values are INVALID_OPTION with the option as path', () => {
    const cases: [() => unknown, string][] = [
      [() => pagerank(index, { alpha: 1.5 }), 'alpha'],
      [() => pagerank(index, { maxIterations: 0.5 }), 'maxIterations'],
      [() => eigenvector(index, { tolerance: 0 }), 'tolerance'],
      [() => hits(index, { tolerance: Number.NaN }), 'tolerance'],
      [() => betweenness(index, { normalized: 'yes' as never }), 'normalized'],
      [() => louvain(index, { runs: 0 }), 'runs'],
      [() => louvain(index, { seed: -1 }), 'seed'],
      [() => modularity(index, [0, 0, 0], { resolution: -1 }), 'resolution'],
      [() => brokerage(index, { groups: [1] }), 'groups'],
      [() => modularity(index, [0]), 'community'],
    ];
    for (const [run, key] of cases) {
      try {
        run();
        expect.fail(`no error for ${key}`);
      } catch (e) {
        expect(e).toBeInstanceOf(NetworkMetricError);
        expect((e as NetworkMetricError).code).toBe('invalid_option');
        expect((e as NetworkMetricError).path).toEqual([key]);
      }
    }
  });
});
