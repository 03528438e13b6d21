/**
 * structuralHoles() walks the common neighbours once for constraint and effective size together.
 * Asking for both must not change a bit of either: compared with one figure asked at a time
 * (constraint() and effectiveSize(), whose values networkx checks in karate.test.ts and
 * small.test.ts), NaN included.
 */
import { describe, expect, it } from 'vitest';
import { constraint } from '../../../src/metrics/network/constraint';
import { effectiveSize } from '../../../src/metrics/network/effectiveSize';
import { structuralHoles } from '../../../src/metrics/network/structuralHoles';
import { indexOf, REAL_SHAPED_INPUTS } from './fixtureGraphs';

const bits = (values: Float64Array) => [...values].map((v) => (Number.isNaN(v) ? 'NaN' : Object.is(v, -0) ? '-0' : v));

describe('structuralHoles: both figures in one walk', () => {
  it.each(REAL_SHAPED_INPUTS)('%s: the same bits as constraint() and effectiveSize() alone', async (_label, input) => {
    const index = indexOf(await input());
    const both = structuralHoles(index, { constraint: true, effectiveSize: true });
    expect(bits(both.constraint!)).toEqual(bits(constraint(index)));
    expect(bits(both.effectiveSize!)).toEqual(bits(effectiveSize(index)));
    expect(structuralHoles(index, { constraint: true, effectiveSize: false }).effectiveSize).toBeNull();
  }, 60_000);
});
