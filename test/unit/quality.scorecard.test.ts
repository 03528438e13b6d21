/**
 * The optional fifth sub-index `quality` (SPEC 4.6: acknowledgedRate, substantiveRate,
 * 1 − reaskRate), scored like the others (SPEC 4.3) only when the weights name it. Hand-computed.
 */
import { describe, expect, it } from 'vitest';
import { qualityIndicators, scorecard, type Indicators, type ScorecardInput } from '../../src/scorecard/scorecard';

function unit(unitId: string, rates: { acknowledgedRate: number | null; substantiveRate: number | null; reaskRate: number | null }): ScorecardInput {
  const indicators: Indicators = {
    activity: { posts: 1, activeWeekShare: 1 },
    engagement: { interactionsPerPost: 1, businessReach: 1 },
    responsiveness: { responseRate: 1, withinSlaRate: 1, medianResponseWorkingHours: 1 },
    spread: { cascadeReach: 1, sharesReceived: 1, pagerank: 1 },
    quality: qualityIndicators(rates),
  };
  return { unitId, kind: 'department', indicators };
}

const units = [
  unit('a', { acknowledgedRate: 0.5, substantiveRate: 1, reaskRate: 0 }),
  unit('b', { acknowledgedRate: 0, substantiveRate: 0.5, reaskRate: 0.5 }),
  unit('c', { acknowledgedRate: null, substantiveRate: null, reaskRate: null }),
];
const four = { activity: 1, engagement: 1, responsiveness: 1, spread: 1 };

describe('quality sub-index (SPEC 4.6)', () => {
  it('1 − reaskRate is the third indicator (higher is better); null stays null', () => {
    expect(qualityIndicators({ acknowledgedRate: 0.5, substantiveRate: 1, reaskRate: 0.25 }))
      .toEqual({ acknowledgedRate: 0.5, substantiveRate: 1, notReaskedRate: 0.75 });
    expect(qualityIndicators({ acknowledgedRate: null, substantiveRate: null, reaskRate: null }).notReaskedRate).toBeNull();
  });

  it('absent from the weights: not scored, not in subIndices, no flag (the default)', () => {
    const rows = scorecard(units, four);
    expect(rows.map((r) => 'quality' in r.subIndices)).toEqual([false, false, false]);
    expect(rows.map((r) => r.score)).toEqual([100, 100, 100]); // every other indicator ties: 10 each
    expect(rows.flatMap((r) => r.flags)).toEqual([]);
  });

  it('named: min–max within the kind, mean of the three, weighted into the score', () => {
    const rows = scorecard(units, { ...four, quality: 1 });
    // a: 10, 10, 10 → 10; b: 0, 0, 0 → 0; c: all null → null, flagged
    expect(rows.map((r) => r.subIndices.quality)).toEqual([10, 0, null]);
    // score = (4 × 10 + 1 × quality) / (4 + 1) × 10 → a 100, b 80; c on the other four: 100
    expect(rows.map((r) => r.score)).toEqual([100, 80, 100]);
    expect(rows.map((r) => r.rank)).toEqual([1, 3, 1]);
    expect(rows[2].flags).toEqual(['no_quality_subindex']);
  });

  it('weight 0: reported, weighs nothing', () => {
    const rows = scorecard(units, { ...four, quality: 0 });
    expect(rows.map((r) => r.subIndices.quality)).toEqual([10, 0, null]);
    expect(rows.map((r) => r.score)).toEqual([100, 100, 100]);
  });
});
