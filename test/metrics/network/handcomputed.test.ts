import { describe, expect, it } from 'vitest';
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
  toNodeRecord,
} from '../../../src/metrics/network/index';
import { DirectedGraph } from 'graphology';
import { digraph } from './graphs';
import { TOLERANCE, expectRecordClose } from './tolerance';

const path = buildGraphIndex(digraph([['a', 'b'], ['b', 'c']]));
const rec = (index: ReturnType<typeof buildGraphIndex>, v: ArrayLike<number>) => toNodeRecord(index, v);

describe('hand-computed cases', () => {
  it('betweenness on the directed path a→b→c (by hand; networkx gives the same)', () => {
    // Only the pair (a, c) has an intermediate node: b, on its single shortest path.
    // Raw b(b) = 1; normalised by 1/((n−1)(n−2)) = 1/2 → 0.5.
    expect(rec(path, betweenness(path))).toEqual({ a: 0, b: 0.5, c: 0 });
    expect(rec(path, betweenness(path, { normalized: false }))).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('closeness and harmonic on a→b→c use incoming distances (by hand)', () => {
    // c is reached by b (1 hop) and a (2 hops): (2/3)·(2/2) = 2/3; b by a: (1/1)·(1/2) = 1/2.
    expectRecordClose(rec(path, closeness(path)), { a: 0, b: 0.5, c: 2 / 3 }, TOLERANCE.exact, 'closeness');
    expectRecordClose(rec(path, closeness(path, { wfImproved: false })), { a: 0, b: 1, c: 2 / 3 }, TOLERANCE.exact, 'closeness raw');
    // H(c) = 1/1 + 1/2 = 1.5, H(b) = 1; normalised by n − 1 = 2.
    expect(rec(path, harmonic(path))).toEqual({ a: 0, b: 1, c: 1.5 });
    expect(rec(path, harmonic(path, { normalized: true }))).toEqual({ a: 0, b: 0.5, c: 0.75 });
  });

  it('pagerank of a→b, b dangling (by hand: x_a = 0.5/1.425)', () => {
    // x_a = α·x_b/2 + (1−α)/2 and x_a + x_b = 1 ⇒ 1.425·x_a = 0.5.
    const index = buildGraphIndex(digraph([['a', 'b']]));
    expectRecordClose(rec(index, pagerank(index)), { a: 0.5 / 1.425, b: 1 - 0.5 / 1.425 }, 1e-10, 'pagerank');
  });

  it('constraint and effective size of a star and of a triangle (by hand, Burt / Borgatti)', () => {
    // Star, centre → 4 leaves: c(centre) = 4·(1/4)² = 0.25, c(leaf) = 1; ES(centre) = 4, ES(leaf) = 1.
    const star = buildGraphIndex(digraph([['h', 'l1'], ['h', 'l2'], ['h', 'l3'], ['h', 'l4']]));
    expectRecordClose(rec(star, constraint(star)), { h: 0.25, l1: 1, l2: 1, l3: 1, l4: 1 }, TOLERANCE.exact, 'star constraint');
    expectRecordClose(rec(star, effectiveSize(star)), { h: 4, l1: 1, l2: 1, l3: 1, l4: 1 }, TOLERANCE.exact, 'star ES');
    // Triangle (ties both ways): p = 1/2, indirect = 1/4 ⇒ c = 2·(3/4)² = 1.125; ES = 2 − 2·1/2 = 1.
    const tri = buildGraphIndex(
      digraph([['a', 'b'], ['b', 'a'], ['b', 'c'], ['c', 'b'], ['a', 'c'], ['c', 'a']]),
    );
    expectRecordClose(rec(tri, constraint(tri)), { a: 1.125, b: 1.125, c: 1.125 }, TOLERANCE.exact, 'triangle constraint');
    expectRecordClose(rec(tri, effectiveSize(tri)), { a: 1, b: 1, c: 1 }, TOLERANCE.exact, 'triangle ES');
  });

  it('constraint and effective size are NaN (null in records) for isolated nodes, as networkx', () => {
    const index = buildGraphIndex(digraph([['a', 'b']], { z: 'individual' }));
    expect(toNodeRecord(index, constraint(index)).z).toBeNull();
    expect(toNodeRecord(index, effectiveSize(index)).z).toBeNull();
  });

  it('k-core of a triangle with a pendant node (by hand: 2, 2, 2, 1), isolated node 0', () => {
    const index = buildGraphIndex(
      digraph([['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'a']], { z: 'individual' }),
    );
    expect(rec(index, kcore(index))).toEqual({ a: 2, b: 2, c: 2, d: 1, z: 0 });
  });

  it('network summary of a⇄b, b→c (by hand: density 3/6, reciprocity 2/3)', () => {
    const index = buildGraphIndex(digraph([['a', 'b'], ['b', 'a'], ['b', 'c']]));
    expect(networkSummary(index)).toEqual({ nodes: 3, edges: 3, density: 0.5, reciprocity: 2 / 3 });
    const empty = buildGraphIndex(new DirectedGraph());
    expect(networkSummary(empty)).toEqual({ nodes: 0, edges: 0, density: 0, reciprocity: null });
    const lonely = buildGraphIndex(digraph([], { x: 'page' }));
    expect(networkSummary(lonely)).toEqual({ nodes: 1, edges: 0, density: 0, reciprocity: null });
  });

  it('Gould–Fernandez brokerage roles (by hand, every open two-path listed)', () => {
    const kinds = {
      b: 'business', b2: 'business', b3: 'business',
      s: 'association', s2: 'association', u: 'agency',
    } as const;
    const index = buildGraphIndex(
      digraph(
        [
          ['b', 's'], ['s', 'u'], ['b2', 's'], ['s', 'b'], ['b2', 'b3'],
          ['b3', 'b'], ['u', 's2'], ['s2', 's'], ['b', 'u'],
        ],
        kinds,
      ),
    );
    // Groups: B = business, A = association, G = agency. Two-paths a → v → b with a ≠ b:
    //   through s:  b→s→u   closed (b→u exists), not counted
    //               b2→s→u  B A G  liaison
    //               b2→s→b  B A B  itinerant
    //               s2→s→u  A A G  representative
    //               s2→s→b  A A B  representative
    //   through s2: u→s2→s  G A A  gatekeeper
    //   through b3: b2→b3→b B B B  coordinator
    //   through b:  s→b→u   closed (s→u exists); b3→b→s B B A and b3→b→u B B G representative
    //   through u:  s→u→s2  A G A  itinerant;  b→u→s2  B G A  liaison
    const roles = brokerage(index);
    const row = (key: string) => {
      const i = index.position.get(key)!;
      return {
        coordinator: roles.coordinator[i], gatekeeper: roles.gatekeeper[i],
        representative: roles.representative[i], itinerant: roles.itinerant[i],
        liaison: roles.liaison[i], total: roles.total[i],
      };
    };
    const zero = { coordinator: 0, gatekeeper: 0, representative: 0, itinerant: 0, liaison: 0, total: 0 };
    expect(row('s')).toEqual({ ...zero, representative: 2, itinerant: 1, liaison: 1, total: 4 });
    expect(row('s2')).toEqual({ ...zero, gatekeeper: 1, total: 1 });
    expect(row('b3')).toEqual({ ...zero, coordinator: 1, total: 1 });
    expect(row('b')).toEqual({ ...zero, representative: 2, total: 2 });
    expect(row('u')).toEqual({ ...zero, itinerant: 1, liaison: 1, total: 2 });
    expect(row('b2')).toEqual(zero);
    // Groups can be given explicitly (e.g. communities): one group ⇒ every open two-path is
    // coordination.
    const one = brokerage(index, { groups: new Int32Array(index.order) });
    expect(Array.from(one.coordinator)).toEqual(Array.from(roles.total));
  });

  it('eigenvector gives NaN (null) when it does not converge: in-star, where networkx raises PowerIterationFailedConvergence', () => {
    const index = buildGraphIndex(digraph([['l1', 'h'], ['l2', 'h'], ['l3', 'h'], ['l4', 'h']]));
    const ev = eigenvector(index);
    expect(Object.values(toNodeRecord(index, ev))).toEqual([null, null, null, null, null]);
    // A graph without edges converges at once: 1/√n each (as networkx).
    const flat = buildGraphIndex(digraph([], { a: 'page', b: 'page', c: 'page', d: 'page' }));
    expect(Array.from(eigenvector(flat))).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('neutral results on degenerate graphs: empty arrays for n = 0; 1/n for HITS without edges; singletons for Louvain', () => {
    const empty = buildGraphIndex(new DirectedGraph());
    for (const f of [pagerank, betweenness, closeness, harmonic, eigenvector, kcore, constraint, effectiveSize]) {
      expect(f(empty).length).toBe(0);
    }
    expect(louvain(empty)).toEqual({ community: new Int32Array(0), count: 0, modularity: 0 });
    const flat = buildGraphIndex(digraph([], { a: 'page', b: 'page' }));
    expect(Array.from(hits(flat).hubs)).toEqual([0.5, 0.5]);
    expect(Array.from(hits(flat).authorities)).toEqual([0.5, 0.5]);
    expect(Array.from(pagerank(flat))).toEqual([0.5, 0.5]);
    expect(louvain(flat)).toEqual({ community: Int32Array.from([0, 1]), count: 2, modularity: 0 });
    expect(modularity(flat, [0, 0])).toBe(0);
    expect(Array.from(pagerank(path, { maxIterations: 1 }))).toEqual([NaN, NaN, NaN]);
  });
});
