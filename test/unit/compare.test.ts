import { describe, expect, it } from 'vitest';
import { DEFAULT_TOLERANCES, compareWithExpected } from '../../src/analysis/compare';

const actual = {
  schemaVersion: '2.0.0',
  period: { from: '2025-03-03', to: '2025-03-30', timezone: 'Asia/Ho_Chi_Minh', weeks: 4 },
  network: { nodes: 10, edges: 12, density: 12 / 90, modularity: 0.41, reciprocity: null },
  units: [
    { unitId: 'so-khdt', posts: 12, responseRate: 0.75, medianResponseWorkingHours: 3.5, score: 71.234, rank: 1, flags: [] },
    { unitId: 'so-tc', posts: 4, responseRate: null, medianResponseWorkingHours: null, score: 40, rank: 2, flags: ['no_petitions'] },
  ],
  weekly: [
    { weekStart: '2025-03-03', unitId: 'so-khdt', posts: 3 },
    { weekStart: '2025-03-03', unitId: 'so-tc', posts: 1 },
    { weekStart: '2025-03-10', unitId: 'so-khdt', posts: 2 },
  ],
  actors: [{ id: 'unit:so-khdt', pagerank: 0.21 }, { id: 'biz', pagerank: 0.05 }],
  petitions: [{ commentId: 'c1', unitId: 'so-khdt', onTime: true }],
};
const clone = <T,>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('compareWithExpected (the `check` command, SPEC 6)', () => {
  it('finds no difference between an analysis and itself', () => {
    expect(compareWithExpected(actual, clone(actual))).toEqual([]);
  });

  it('compares only the fields the expected file has', () => {
    expect(compareWithExpected(actual, { units: [{ unitId: 'so-tc', posts: 4 }, { unitId: 'so-khdt' }], network: { nodes: 10 } })).toEqual([]);
  });

  it('matches unit rows by unitId, not by position', () => {
    const expected = { units: [clone(actual.units[1]), clone(actual.units[0])] };
    expect(compareWithExpected(actual, expected)).toEqual([]);
  });

  it('matches weekly rows by weekStart + unitId, actors by id, petitions by commentId', () => {
    const expected = {
      weekly: [...clone(actual.weekly)].reverse(),
      actors: [...clone(actual.actors)].reverse(),
      petitions: clone(actual.petitions),
    };
    expect(compareWithExpected(actual, expected)).toEqual([]);
    const wrong = clone(expected);
    wrong.weekly[0].posts = 9; // 2025-03-10 / so-khdt
    expect(compareWithExpected(actual, wrong)).toEqual([
      { path: 'weekly[2025-03-10/so-khdt].posts', expected: 9, actual: 2, message: 'expected 9, got 2 (tolerance 0.000001)' },
    ]);
  });

  it('names every differing field by its row key and field', () => {
    const expected = clone(actual);
    expected.units[0].posts = 13;
    expected.units[1].flags = [];
    expected.network.nodes = 11;
    expected.period.timezone = 'UTC';
    const diffs = compareWithExpected(actual, expected);
    expect(diffs.map((d) => d.path).sort()).toEqual(['network.nodes', 'period.timezone', 'units[so-khdt].posts', 'units[so-tc].flags']);
    expect(diffs.find((d) => d.path === 'units[so-tc].flags')?.message).toBe('expected 0 items, got 1');
  });

  it('reports an expected row that is missing and an actual row that is not expected', () => {
    const expected = { units: [clone(actual.units[0]), { unitId: 'ha-long', posts: 1 }] };
    const diffs = compareWithExpected(actual, expected);
    expect(diffs).toEqual([
      { path: 'units[ha-long]', expected: { unitId: 'ha-long', posts: 1 }, actual: undefined, message: 'row missing' },
      { path: 'units[so-tc]', expected: undefined, actual: actual.units[1], message: 'unexpected row' },
    ]);
  });

  it('tells null from a number and a missing field from both', () => {
    const diffs = compareWithExpected(
      { a: null, b: 1 },
      { a: 0.5, b: null, c: 2, d: null },
    );
    expect(diffs).toEqual([
      { path: 'a', expected: 0.5, actual: null, message: 'expected 0.5, got null' },
      { path: 'b', expected: null, actual: 1, message: 'expected null, got 1' },
      { path: 'c', expected: 2, actual: undefined, message: 'expected 2, got missing' },
      { path: 'd', expected: null, actual: undefined, message: 'expected null, got missing' },
    ]);
  });

  it('reports a shape mismatch instead of descending into it', () => {
    expect(compareWithExpected({ network: 3, units: {} }, { network: { nodes: 1 }, units: [] })).toEqual([
      { path: 'network', expected: { nodes: 1 }, actual: 3, message: 'expected an object, got 3' },
      { path: 'units', expected: [], actual: {}, message: 'expected an array, got {}' },
    ]);
  });
});

describe('compareWithExpected: tolerances', () => {
  it('accepts any number within the default tolerance (1e-6, relative above 1)', () => {
    expect(DEFAULT_TOLERANCES.default).toBe(1e-6);
    expect(compareWithExpected({ x: 0.1 + 0.2 }, { x: 0.3 })).toEqual([]);
    expect(compareWithExpected({ x: 0.3000005 }, { x: 0.3 })).toEqual([]);
    expect(compareWithExpected({ x: 0.300002 }, { x: 0.3 })).toHaveLength(1);
    expect(compareWithExpected({ x: 1_000_000.5 }, { x: 1_000_000 })).toEqual([]);
  });

  it('uses the tolerance of the field: pagerank and betweenness within 1e-4', () => {
    expect(compareWithExpected({ actors: [{ id: 'a', pagerank: 0.21005, betweenness: 0.10009 }] }, { actors: [{ id: 'a', pagerank: 0.21, betweenness: 0.1 }] })).toEqual([]);
    expect(compareWithExpected({ actors: [{ id: 'a', pagerank: 0.2102 }] }, { actors: [{ id: 'a', pagerank: 0.21 }] })).toHaveLength(1);
  });

  it('accepts a score within ±0.05 points and refuses one further off, whatever its size', () => {
    const row = (score: number) => ({ units: [{ unitId: 'u', score }] });
    expect(compareWithExpected(row(80.04), row(80))).toEqual([]);
    expect(compareWithExpected(row(79.96), row(80))).toEqual([]);
    expect(compareWithExpected(row(80.1), row(80))).toHaveLength(1);
    expect(compareWithExpected(row(81), row(80))).toHaveLength(1);
    expect(compareWithExpected(row(0.06), row(0))).toHaveLength(1);
  });

  it('lets modularity be better than expected but not worse by more than 0.02', () => {
    const net = (modularity: number) => ({ network: { modularity } });
    expect(compareWithExpected(net(0.5), net(0.41))).toEqual([]);
    expect(compareWithExpected(net(0.395), net(0.41))).toEqual([]);
    expect(compareWithExpected(net(0.38), net(0.41))).toHaveLength(1);
  });

  it('takes custom tolerances', () => {
    expect(compareWithExpected({ x: 1.5 }, { x: 1 }, { default: 0.5 })).toEqual([]);
    expect(compareWithExpected({ x: 1.5 }, { x: 1 }, { default: 0 })).toHaveLength(1);
  });
});
