/**
 * The two-step metrics (constraint, effective size, brokerage) walk common neighbours at the cost
 * of the shorter row (common.ts) and count brokerage pairs instead of listing them. Oracle: the
 * plain definitions written out here (scan every two-step neighbourhood, list every two-path), on
 * fast-check graphs with hubs, so that both the binary-search and the merge routes run. Equality
 * is exact: the common nodes come in the same ascending order, so the sums keep their bits.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DirectedGraph } from 'graphology';
import {
  brokerage, brokeragePaths, buildGraphIndex, constraint, effectiveSize, NODE_KINDS, type GraphIndex,
} from '../../../src/metrics/network/index';
import { forEachCommon } from '../../../src/metrics/network/common';
import { mulberry32 } from '../../../src/util/random';

/** A digraph where most edges touch one of a few hubs (as units and the page on a fanpage). */
function hubGraph(n: number, m: number, hubs: number, seed: number): DirectedGraph {
  const r = mulberry32(seed);
  const g = new DirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { kind: NODE_KINDS[Math.floor(r() * NODE_KINDS.length)] });
  for (let k = 0; k < m; k++) {
    const hub = Math.floor(r() * Math.max(1, hubs));
    const other = Math.floor(r() * n);
    const [u, v] = r() < 0.2 ? [Math.floor(r() * n), other] : r() < 0.5 ? [hub, other] : [other, hub];
    if (u !== v) g.mergeEdge(`n${u}`, `n${v}`, { weight: 1 + Math.floor(r() * 4) });
  }
  return g;
}

const graphArb = fc.record({
  n: fc.integer({ min: 2, max: 120 }),
  m: fc.integer({ min: 0, max: 600 }),
  hubs: fc.integer({ min: 0, max: 4 }),
  seed: fc.nat(),
});

/** The former plain scans: mark N(u), then scan all of N(v) for every v in N(u). */
function plainStructuralHoles(index: GraphIndex): { constraint: Float64Array; effectiveSize: Float64Array } {
  const n = index.order;
  const { start, neighbor, weight, strength } = index.undirected;
  const c = new Float64Array(n);
  const es = new Float64Array(n);
  const share = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const su = strength[u];
    if (su === 0) {
      c[u] = es[u] = Number.NaN;
      continue;
    }
    for (let p = start[u]; p < start[u + 1]; p++) share[neighbor[p]] = weight[p] / su;
    for (let p = start[u]; p < start[u + 1]; p++) {
      if (weight[p] === 0) continue;
      const v = neighbor[p];
      let indirect = 0;
      let redundancy = 0;
      let maxV = 0;
      for (let q = start[v]; q < start[v + 1]; q++) {
        const w = neighbor[q];
        if (weight[q] > maxV) maxV = weight[q];
        if (share[w] !== 0) {
          indirect += (share[w] * weight[q]) / strength[w];
          redundancy += share[w] * weight[q];
        }
      }
      const local = share[v] + indirect;
      c[u] += local * local;
      es[u] += 1 - redundancy / maxV;
    }
    for (let p = start[u]; p < start[u + 1]; p++) share[neighbor[p]] = 0;
  }
  return { constraint: c, effectiveSize: es };
}

/** Every open two-path a → v → b listed, classified by the groups (Gould–Fernandez). */
function listedBrokerage(index: GraphIndex): number[][] {
  const roles = Array.from({ length: 5 }, () => new Array<number>(index.order).fill(0));
  const { start, neighbor } = index.out;
  const g = index.kind;
  const edge = (a: number, b: number) => {
    for (let p = start[a]; p < start[a + 1]; p++) if (neighbor[p] === b) return true;
    return false;
  };
  for (let a = 0; a < index.order; a++) {
    for (let p = start[a]; p < start[a + 1]; p++) {
      const v = neighbor[p];
      for (let q = start[v]; q < start[v + 1]; q++) {
        const b = neighbor[q];
        if (b === a || edge(a, b)) continue;
        const role = g[a] === g[v] ? (g[v] === g[b] ? 0 : 2) : g[v] === g[b] ? 1 : g[a] === g[b] ? 3 : 4;
        roles[role][v]++;
      }
    }
  }
  return roles;
}

describe('common neighbours at the cost of the shorter row', () => {
  it('forEachCommon lists the intersection of two sorted rows in ascending order, with positions', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(300)), fc.uniqueArray(fc.nat(300), { maxLength: 3 }), (xs, ys) => {
        const a = Int32Array.from(xs.sort((p, q) => p - q));
        const b = Int32Array.from(ys.sort((p, q) => p - q));
        for (const [left, right] of [[a, b], [b, a]]) {
          const seen: number[] = [];
          forEachCommon(left, 0, left.length, right, 0, right.length, (w, pa, pb) => {
            expect(left[pa]).toBe(w);
            expect(right[pb]).toBe(w);
            seen.push(w);
          });
          expect(seen).toEqual([...left].filter((x) => right.includes(x)));
        }
      }),
    );
  });

  it('constraint and effective size equal the plain two-step scans, bit for bit', () => {
    fc.assert(
      fc.property(graphArb, ({ n, m, hubs, seed }) => {
        const index = buildGraphIndex(hubGraph(n, m, hubs, seed));
        const plain = plainStructuralHoles(index);
        expect([...constraint(index)]).toEqual([...plain.constraint]);
        expect([...effectiveSize(index)]).toEqual([...plain.effectiveSize]);
      }),
      { numRuns: 150 },
    );
  });

  it('brokerage counts equal the listed open two-paths; brokeragePaths too', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(4), fc.nat(4), ({ n, m, hubs, seed }, from, to) => {
        const index = buildGraphIndex(hubGraph(n, m, hubs, seed));
        const listed = listedBrokerage(index);
        const counted = brokerage(index);
        (['coordinator', 'gatekeeper', 'representative', 'itinerant', 'liaison'] as const).forEach((role, k) => {
          expect([...counted[role]], role).toEqual(listed[k]);
        });
        // brokeragePaths(from, to) = the listed paths with g(a) = from, g(b) = to.
        const expected = new Array<number>(index.order).fill(0);
        const { start, neighbor } = index.out;
        for (let a = 0; a < index.order; a++) {
          if (index.kind[a] !== from) continue;
          const out = new Set(neighbor.subarray(start[a], start[a + 1]));
          for (const v of out) {
            for (let q = start[v]; q < start[v + 1]; q++) {
              const b = neighbor[q];
              if (b !== a && index.kind[b] === to && !out.has(b)) expected[v]++;
            }
          }
        }
        expect([...brokeragePaths(index, from, to)]).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
