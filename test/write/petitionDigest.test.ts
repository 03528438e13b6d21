/**
 * The petition digest's per-unit outcome counts (one pass over a unit's petitions) against a count
 * of each outcome made here, on the writers' sample analyses.
 */
import { describe, expect, it } from 'vitest';
import { petitionDigest } from '../../src/write/sections/petitions';
import { makeSampleAnalysis } from './sample';

describe('petitionDigest: outcomes per unit', () => {
  it('counts each outcome of a unit\'s petitions, null outcomes left out (oracle: a filter per outcome)', () => {
    for (const variant of [0, 1, 2]) {
      const analysis = makeSampleAnalysis(variant);
      const digest = petitionDigest(analysis, 8);
      let counted = 0;
      for (const [unitId, unit] of digest.units) {
        const own = analysis.petitions.filter((p) => p.unitId === unitId);
        const count = (outcome: string) => own.filter((p) => p.outcome === outcome).length;
        expect(unit.outcomes).toEqual({ acknowledged: count('acknowledged'), reasked: count('reasked'), silent: count('silent') });
        counted += unit.outcomes.acknowledged + unit.outcomes.reasked + unit.outcomes.silent;
      }
      expect(counted).toBeGreaterThan(0); // the sample has outcomes to count
    }
  });
});
