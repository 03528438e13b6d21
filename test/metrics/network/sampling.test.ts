/**
 * Sampled betweenness, harmonic and closeness against the exact figures (the oracle: the exact
 * algorithms, themselves checked against networkx in karate.test.ts).
 *
 * The guarantees are probabilistic: each holds for every node at once with probability ≥ 1 − δ
 * over the random draws. A test cannot assert a probability, so it fixes the seeds: a run is then
 * deterministic, and asserting the bound for a handful of seeds checks that the estimator and the
 * sample size are right (a wrong sample-size formula or a biased path choice breaks the bound on
 * most seeds; at δ = 0.1 a correct one fails a given seed with probability ≤ 0.1, and observed
 * errors sit far inside the bound: ~0.002 for ε = 0.01).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildGraphIndex, closeness, harmonic, pairSampleSize, sampleSources, shortestPathCentralities, sourceSampleSize,
  SAMPLING_DEFAULTS, vertexDiameterBound, type GraphIndex,
} from '../../../src/metrics/network/index';
import { digraph, karateGraph, randomDigraph, smallGraph } from './graphs';
import { fixtureInput, generatedInput, indexOf } from './fixtureGraphs';

const SEEDS = [1, 2, 3];

const graphs: { label: string; index: GraphIndex }[] = [];
beforeAll(async () => {
  graphs.push({ label: 'karate', index: buildGraphIndex(karateGraph()) });
  graphs.push({ label: 'small', index: buildGraphIndex(smallGraph()) });
  for (const input of [await fixtureInput('ddci-page'), await fixtureInput('edge-cases'), await generatedInput(10_000)]) {
    graphs.push({ label: input.label, index: indexOf(input) });
  }
});

/** All-pairs BFS: the vertex diameter itself (most nodes on a shortest path). */
function vertexDiameter(index: GraphIndex): number {
  let best = index.order > 0 ? 1 : 0;
  for (let s = 0; s < index.order; s++) {
    const dist = new Array<number>(index.order).fill(-1);
    const queue = [s];
    dist[s] = 0;
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h];
      for (let p = index.out.start[v]; p < index.out.start[v + 1]; p++) {
        const w = index.out.neighbor[p];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          best = Math.max(best, dist[w] + 1);
          queue.push(w);
        }
      }
    }
  }
  return best;
}

describe('sampled betweenness (Riondato–Kornaropoulos)', () => {
  it('is within ε of exact for every node, at the default ε and δ, on the test, fixture and generated graphs', () => {
    for (const { label, index } of graphs) {
      const exact = shortestPathCentralities(index, { harmonic: false }).betweenness!;
      for (const seed of SEEDS) {
        const { betweenness, sampling } = shortestPathCentralities(index, { harmonic: false, sampling: { seed } });
        expect(sampling!.betweenness!.epsilon).toBe(SAMPLING_DEFAULTS.epsilon);
        let worst = 0;
        exact.forEach((b, v) => (worst = Math.max(worst, Math.abs(betweenness![v] - b))));
        expect(worst, `${label}, seed ${seed}`).toBeLessThanOrEqual(SAMPLING_DEFAULTS.epsilon);
      }
    }
  });

  it('gives 0 exactly where exact betweenness is 0 (a node on no shortest path is never inside a sampled one)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 60 }), fc.integer({ min: 0, max: 200 }), fc.nat(), (n, m, seed) => {
        const index = buildGraphIndex(randomDigraph(n, m, seed));
        const exact = shortestPathCentralities(index, { harmonic: false }).betweenness!;
        const sampled = shortestPathCentralities(index, { harmonic: false, sampling: { epsilon: 0.2, seed } }).betweenness!;
        exact.forEach((b, v) => {
          if (b === 0) expect(sampled[v]).toBe(0);
        });
      }),
      { numRuns: 50 },
    );
  });

  it('is the same for the same seed and differs for another', () => {
    const index = graphs[0].index;
    const run = (seed: number) => [...shortestPathCentralities(index, { sampling: { seed, epsilon: 0.05 } }).betweenness!];
    expect(run(5)).toEqual(run(5));
    expect(run(5)).not.toEqual(run(6));
  });

  it('sample size: ⌈0.5/ε′² (⌊log₂(VD−2)⌋ + 1 + ln 1/δ)⌉ with ε′ = ε(n−2)/n; 0 when no path has an inside node', () => {
    // n = 1000, VD = 12, ε = 0.01, δ = 0.1: ε′ = 0.00998, ⌊log₂ 10⌋ = 3, ln 10 = 2.302585…
    expect(pairSampleSize(1000, 12, 0.01, 0.1)).toBe(Math.ceil((0.5 / 0.00998 ** 2) * (3 + 1 + Math.log(10))));
    expect(pairSampleSize(1000, 2, 0.01, 0.1)).toBe(0);
    expect(pairSampleSize(2, 5, 0.01, 0.1)).toBe(0);
    // Does not grow with n beyond the (n−2)/n factor.
    expect(pairSampleSize(1e6, 12, 0.01, 0.1)).toBeLessThan(pairSampleSize(1000, 12, 0.01, 0.1));
  });
});

describe('vertex-diameter bound (strongly connected components)', () => {
  it('fast-check: never below the true vertex diameter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 120 }), fc.nat(), (n, m, seed) => {
        const index = buildGraphIndex(randomDigraph(n, m, seed));
        expect(vertexDiameterBound(index)).toBeGreaterThanOrEqual(vertexDiameter(index));
      }),
      { numRuns: 200 },
    );
  });

  it('is exact on a directed path and a directed cycle', () => {
    const path = buildGraphIndex(digraph([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]));
    expect(vertexDiameterBound(path)).toBe(5);
    const cycle = buildGraphIndex(digraph([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a']]));
    // From the hub a: ecc_out = 3, ecc_in = 3 → bound 7 ≥ the true 4 (the bound may be loose, never short).
    expect(vertexDiameterBound(cycle)).toBeGreaterThanOrEqual(vertexDiameter(cycle));
  });
});

describe('sampled harmonic and closeness (Eppstein–Wang)', () => {
  it('harmonic/n is within ε_h of exact for every node, with fewer sources than nodes', () => {
    const harmonicEpsilon = 0.1;
    for (const { label, index } of graphs.filter((g) => g.index.order > 1000)) {
      const n = index.order;
      const exact = harmonic(index);
      for (const seed of SEEDS) {
        const sampled = harmonic(index, { sampling: { harmonicEpsilon, seed } });
        const k = sourceSampleSize(n, harmonicEpsilon, SAMPLING_DEFAULTS.delta);
        expect(k, label).toBeLessThan(n);
        exact.forEach((h, v) => expect(Math.abs(sampled[v] - h) / n, `${label}[${v}]`).toBeLessThanOrEqual(harmonicEpsilon));
      }
    }
  });

  it('closeness from sampled sources tracks exact (the reach share within ε_h)', () => {
    const { index } = graphs.find((g) => g.label.startsWith('generated'))!;
    const exact = closeness(index);
    const sampled = closeness(index, { sampling: { harmonicEpsilon: 0.1, seed: 4 } });
    let worst = 0;
    exact.forEach((c, v) => (worst = Math.max(worst, Math.abs(sampled[v] - c))));
    expect(worst).toBeLessThan(0.1);
  });

  it('with as many sources as nodes the figures are the exact ones', () => {
    const index = graphs[0].index; // karate: k ≫ 34
    const sampled = shortestPathCentralities(index, { betweenness: false, closeness: true, sampling: {} });
    expect(sampled.sampling!.harmonic!.samples).toBe(index.order);
    const exact = shortestPathCentralities(index, { betweenness: false, closeness: true });
    expect([...sampled.harmonic!]).toEqual([...exact.harmonic!]);
    expect([...sampled.closeness!]).toEqual([...exact.closeness!]);
  });

  it('sampleSources draws k distinct sorted sources, deterministic by seed', () => {
    const a = sampleSources(1000, 50, 9);
    expect(new Set(a).size).toBe(50);
    expect([...a]).toEqual([...a].sort((x, y) => x - y));
    expect([...sampleSources(1000, 50, 9)]).toEqual([...a]);
    expect(sampleSources(10, 20, 1)).toHaveLength(10);
  });
});

describe('sampling options', () => {
  const index = buildGraphIndex(digraph([['a', 'b'], ['b', 'c']]));
  it.each([
    [{ epsilon: 0 }, 'epsilon'],
    [{ epsilon: 1 }, 'epsilon'],
    [{ delta: 1.5 }, 'delta'],
    [{ harmonicEpsilon: Number.NaN }, 'harmonicEpsilon'],
    [{ seed: -1 }, 'seed'],
  ])('%o is invalid_option at %s', (sampling, key) => {
    expect(() => shortestPathCentralities(index, { sampling })).toThrow(
      expect.objectContaining({ code: 'invalid_option', path: [key] }),
    );
  });
  it('an unknown key is unknown_option', () => {
    expect(() => shortestPathCentralities(index, { sampling: { eps: 0.1 } as never })).toThrow(
      expect.objectContaining({ code: 'unknown_option', path: ['eps'] }),
    );
  });
});
