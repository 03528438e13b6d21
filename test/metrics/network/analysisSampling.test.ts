/**
 * analyze() with sampling forced (`sampling.minNodes: 0`) against the exact analysis of the same
 * input, on the golden fixtures and a graph made by the benchmark's generator. Oracle: the exact
 * run. What must hold, and why:
 * - units' `score` and `rank`: the scorecard reads no sampled figure (pagerank is exact), so they
 *   are identical;
 * - harmonic centrality of units, the page and associations (the rows people rank): exact by
 *   construction (one search each), so their order is the exact order;
 * - betweenness: every node within ε of exact (fixed seed: see sampling.test.ts), hence every pair
 *   of units whose exact betweenness differs by more than 2ε keeps its order. Pairs closer than 2ε
 *   (on these graphs, down to 2·10⁻⁴ apart) are not guaranteed an order by any ε that makes
 *   sampling cheaper than the exact run; the test says how many such pairs there are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, analyzeAsync } from '../../../src/analysis/analyze';
import { EXACT_HARMONIC_KINDS, NETWORK_SAMPLING_DEFAULTS } from '../../../src/analysis/network';
import type { Analysis } from '../../../src/analysis/schema';
import { AnalysisSchema } from '../../../src/analysis/schema';
import { fixtureInput, generatedInput, type AnalysisInput } from './fixtureGraphs';

const inputs: AnalysisInput[] = [];
beforeAll(async () => {
  inputs.push(await fixtureInput('ddci-page'), await fixtureInput('edge-cases'), await generatedInput(10_000));
});

const forced = { sampling: { minNodes: 0 } };
const { epsilon } = NETWORK_SAMPLING_DEFAULTS;

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

describe('analyze() with sampling forced, against the exact analysis', () => {
  it('records the sampling; units keep their scores and ranks; ranked kinds keep exact harmonic; betweenness within ε', () => {
    for (const { label, input, config } of inputs) {
      const exact = analyze(input, config);
      const sampled = analyze(input, config, forced);
      expect(exact.network.sampling, label).toBeNull();
      expect(AnalysisSchema.parse(sampled).network.sampling).toMatchObject({
        seed: NETWORK_SAMPLING_DEFAULTS.seed,
        delta: NETWORK_SAMPLING_DEFAULTS.delta,
        betweenness: { method: 'riondato-kornaropoulos', epsilon },
        harmonic: { method: 'eppstein-wang', exactKinds: [...EXACT_HARMONIC_KINDS] },
      });

      expect(sampled.units.map((u) => [u.unitId, u.score, u.rank]), label).toEqual(
        exact.units.map((u) => [u.unitId, u.score, u.rank]),
      );

      const exactActors = byId(exact.actors);
      for (const actor of sampled.actors) {
        const e = exactActors.get(actor.id)!;
        expect(Math.abs(actor.betweenness - e.betweenness), `${label} ${actor.id}`).toBeLessThanOrEqual(epsilon);
        if ((EXACT_HARMONIC_KINDS as readonly string[]).includes(actor.kind)) {
          expect(actor.harmonic, `${label} ${actor.id}`).toBeCloseTo(e.harmonic, 9);
        }
      }
    }
  });

  it('units ranked by betweenness: every pair more than 2ε apart keeps its order', () => {
    for (const { label, input, config } of inputs) {
      const exact = analyze(input, config).units;
      const sampled = new Map(analyze(input, config, forced).units.map((u) => [u.unitId, u.betweenness!]));
      let separated = 0;
      for (const a of exact) {
        for (const b of exact) {
          if (a.betweenness! - b.betweenness! > 2 * epsilon) {
            separated++;
            expect(sampled.get(a.unitId)!, `${label}: ${a.unitId} above ${b.unitId}`).toBeGreaterThan(sampled.get(b.unitId)!);
          }
        }
      }
      expect(separated, label).toBeGreaterThan(0);
    }
  });

  it('units ranked by harmonic centrality: the same order as exact', () => {
    for (const { label, input, config } of inputs) {
      const order = (a: Analysis) =>
        a.actors.filter((x) => x.kind === 'agency').sort((x, y) => y.harmonic - x.harmonic || (x.id < y.id ? -1 : 1)).map((x) => x.id);
      expect(order(analyze(input, config, forced)), label).toEqual(order(analyze(input, config)));
    }
  });

  it('exact: true wins over minNodes, and is the default below minNodes', () => {
    const { input, config } = inputs[0];
    const forcedExact = analyze(input, config, { exact: true, sampling: { minNodes: 0 } });
    expect(forcedExact).toEqual(analyze(input, config));
    expect(forcedExact.network.sampling).toBeNull();
  });

  it('analyzeAsync without a pool gives the same analysis', async () => {
    const { input, config } = inputs[1];
    expect(await analyzeAsync(input, config, forced)).toEqual(analyze(input, config, forced));
  });

  it('bad options are invalid_option / unknown_option with the option as path', () => {
    const { input, config } = inputs[1];
    expect(() => analyze(input, config, { sampling: { epsilon: 2 } })).toThrow(
      expect.objectContaining({ code: 'invalid_option', path: ['epsilon'] }),
    );
    expect(() => analyze(input, config, { sampling: { minNodes: -1 } })).toThrow(
      expect.objectContaining({ code: 'invalid_option', path: ['minNodes'] }),
    );
    expect(() => analyze(input, config, { sampling: { nope: 1 } as never })).toThrow(
      expect.objectContaining({ code: 'unknown_option', path: ['nope'] }),
    );
    expect(() => analyze(input, config, { exact: 'yes' as never })).toThrow(
      expect.objectContaining({ code: 'invalid_option', path: ['exact'] }),
    );
    expect(() => analyze(input, config, { threads: 0 })).toThrow(expect.objectContaining({ code: 'invalid_option', path: ['threads'] }));
  });
});
