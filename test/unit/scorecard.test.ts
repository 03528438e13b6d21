import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { competitionRanks, scorecard, type Indicators, type ScorecardInput, type Weights } from '../../src/scorecard/scorecard';
import { TOLERANCE, expectClose } from '../helpers/tolerance';

const EQUAL: Weights = { activity: 1, engagement: 1, responsiveness: 1, spread: 1 };

/** Indicators with every value set to `v` (so every indicator ties) unless overridden. */
function indicators(v: number, o: Partial<{ [K in keyof Indicators]: Partial<Indicators[K]> }> = {}): Indicators {
  return {
    activity: { posts: v, activeWeekShare: v, ...o.activity },
    engagement: { interactionsPerPost: v, businessReach: v, ...o.engagement },
    responsiveness: { responseRate: v, withinSlaRate: v, medianResponseWorkingHours: v, ...o.responsiveness },
    spread: { cascadeReach: v, sharesReceived: v, pagerank: v, ...o.spread },
  };
}
const unit = (unitId: string, kind: string, ind: Indicators): ScorecardInput => ({ unitId, kind, indicators: ind });

describe('scorecard: indicators scored 0–10 by min–max within the kind (SPEC 4.3)', () => {
  it('scales linearly between the kind\'s minimum (0) and maximum (10)', () => {
    const rows = scorecard(
      [unit('a', 'department', indicators(0, { activity: { posts: 0 } })),
        unit('b', 'department', indicators(0, { activity: { posts: 5 } })),
        unit('c', 'department', indicators(0, { activity: { posts: 20 } }))],
      EQUAL,
    );
    // activity = mean(posts score, activeWeekShare score = 10 for all): (0 + 10)/2, (2.5 + 10)/2, (10 + 10)/2
    expect(rows.map((r) => r.subIndices.activity)).toEqual([5, 6.25, 10]);
  });

  it('compares departments with departments and localities with localities', () => {
    const rows = scorecard(
      [unit('d1', 'department', indicators(1, { activity: { posts: 10 } })),
        unit('l1', 'locality', indicators(1, { activity: { posts: 100 } })),
        unit('d2', 'department', indicators(1, { activity: { posts: 20 } })),
        unit('l2', 'locality', indicators(1, { activity: { posts: 50 } }))],
      EQUAL,
    );
    const activity = Object.fromEntries(rows.map((r) => [r.unitId, r.subIndices.activity]));
    expect(activity).toEqual({ d1: 5, d2: 10, l1: 10, l2: 5 });
    expect(rows.map((r) => [r.unitId, r.rank])).toEqual([['d1', 2], ['l1', 1], ['d2', 1], ['l2', 2]]);
  });

  it('inverts medianResponseWorkingHours: lower is better', () => {
    const rows = scorecard(
      [unit('fast', 'department', indicators(1, { responsiveness: { medianResponseWorkingHours: 2 } })),
        unit('slow', 'department', indicators(1, { responsiveness: { medianResponseWorkingHours: 10 } })),
        unit('mid', 'department', indicators(1, { responsiveness: { medianResponseWorkingHours: 4 } }))],
      EQUAL,
    );
    // responsiveness = mean(10, 10, inverted): fast 10, mid 10 − 10·2/8 = 7.5, slow 0
    expect(rows.map((r) => r.subIndices.responsiveness)).toEqual([10, 20 / 3, 27.5 / 3]);
  });

  it('gives 10 to every unit when max = min (a single unit in its kind included)', () => {
    const rows = scorecard([unit('a', 'department', indicators(3)), unit('b', 'department', indicators(3)), unit('only', 'locality', indicators(0))], EQUAL);
    for (const r of rows) {
      expect(r.subIndices).toEqual({ activity: 10, engagement: 10, responsiveness: 10, spread: 10 });
      expect(r.score).toBe(100);
      expect(r.rank).toBe(1);
      expect(r.flags).toEqual([]);
    }
  });

  it('skips null indicators: a sub-index is the mean of its non-null indicator scores', () => {
    const rows = scorecard(
      [unit('a', 'department', indicators(0, { responsiveness: { responseRate: 1, withinSlaRate: 0.5, medianResponseWorkingHours: null } })),
        unit('b', 'department', indicators(0, { responsiveness: { responseRate: 0.5, withinSlaRate: 1, medianResponseWorkingHours: 4 } }))],
      EQUAL,
    );
    // a: responseRate 10, withinSla 0, median skipped → 5; b: 0, 10, 10 (sole value) → 20/3
    expect(rows[0].subIndices.responsiveness).toBe(5);
    expectClose(rows[1].subIndices.responsiveness, 20 / 3);
    expect(rows[0].flags).toEqual([]);
  });

  it('a null indicator does not enter the min and max of the others', () => {
    const rows = scorecard(
      [unit('a', 'department', indicators(0, { engagement: { interactionsPerPost: null, businessReach: 2 } })),
        unit('b', 'department', indicators(0, { engagement: { interactionsPerPost: 4, businessReach: 2 } })),
        unit('c', 'department', indicators(0, { engagement: { interactionsPerPost: 8, businessReach: 2 } }))],
      EQUAL,
    );
    expect(rows.map((r) => r.subIndices.engagement)).toEqual([10, 5, 10]);
  });
});

describe('scorecard: sub-indices, score, weights, flags (SPEC 4.3)', () => {
  it('score = weighted mean of the sub-indices × 10 (hand-computed)', () => {
    // Two departments; a is best on activity and engagement, b on responsiveness and spread.
    const a = indicators(0, { activity: { posts: 10, activeWeekShare: 1 }, engagement: { interactionsPerPost: 3, businessReach: 5 },
      responsiveness: { responseRate: 0, withinSlaRate: 0, medianResponseWorkingHours: 9 }, spread: { cascadeReach: 0, sharesReceived: 0, pagerank: 0.1 } });
    const b = indicators(0, { activity: { posts: 0, activeWeekShare: 0 }, engagement: { interactionsPerPost: 1, businessReach: 0 },
      responsiveness: { responseRate: 1, withinSlaRate: 1, medianResponseWorkingHours: 1 }, spread: { cascadeReach: 7, sharesReceived: 3, pagerank: 0.2 } });
    const weights: Weights = { activity: 3, engagement: 1, responsiveness: 0.5, spread: 0.5 };
    const [ra, rb] = scorecard([unit('a', 'department', a), unit('b', 'department', b)], weights);
    expect(ra.subIndices).toEqual({ activity: 10, engagement: 10, responsiveness: 0, spread: 0 });
    expect(rb.subIndices).toEqual({ activity: 0, engagement: 0, responsiveness: 10, spread: 10 });
    expectClose(ra.score, ((3 * 10 + 1 * 10) / 5) * 10); // 80
    expectClose(rb.score, ((0.5 * 10 + 0.5 * 10) / 5) * 10); // 20
    expect([ra.rank, rb.rank]).toEqual([1, 2]);
  });

  it('equal weights by default make the score the plain mean × 10', () => {
    const [, r] = scorecard(
      [unit('a', 'department', indicators(0, { activity: { posts: 2, activeWeekShare: 1 } })),
        unit('b', 'department', indicators(1, { activity: { posts: 0, activeWeekShare: 0 } }))],
      EQUAL,
    );
    // b: activity lowest (0); engagement and spread highest (10); responsiveness: rates 10, 10, median worse 0.
    expect(r.subIndices).toEqual({ activity: 0, engagement: 10, responsiveness: 20 / 3, spread: 10 });
    expectClose(r.score, ((0 + 10 + 20 / 3 + 10) / 4) * 10);
  });

  it('a null sub-index is flagged and the score is computed on the others', () => {
    const noPetitions = indicators(5, { responsiveness: { responseRate: null, withinSlaRate: null, medianResponseWorkingHours: null } });
    const rows = scorecard(
      [unit('quiet', 'locality', noPetitions), unit('busy', 'locality', indicators(0, { responsiveness: { responseRate: 1, withinSlaRate: 1, medianResponseWorkingHours: 1 } }))],
      EQUAL,
    );
    expect(rows[0].subIndices).toEqual({ activity: 10, engagement: 10, responsiveness: null, spread: 10 });
    expect(rows[0].flags).toEqual(['no_responsiveness_subindex']);
    expect(rows[0].score).toBe(100); // mean of the three non-null sub-indices
    expect(rows[1].subIndices).toEqual({ activity: 0, engagement: 0, responsiveness: 10, spread: 0 });
    expectClose(rows[1].score, 25);
    expect(rows[1].flags).toEqual([]);
  });

  it('renormalises the weights over the non-null sub-indices', () => {
    const ind = indicators(0, { responsiveness: { responseRate: null, withinSlaRate: null, medianResponseWorkingHours: null } });
    const other = indicators(1, { responsiveness: { responseRate: null, withinSlaRate: null, medianResponseWorkingHours: null }, activity: { posts: 0, activeWeekShare: 0 } });
    const [r] = scorecard([unit('a', 'department', ind), unit('b', 'department', other)], { activity: 1, engagement: 1, responsiveness: 5, spread: 2 });
    // a: activity 10, engagement 0, spread 0 → (1·10 + 1·0 + 2·0) / 4 × 10 = 25
    expect(r.subIndices).toEqual({ activity: 10, engagement: 0, responsiveness: null, spread: 0 });
    expectClose(r.score, 25);
  });

  it('a zero weight leaves that sub-index out of the score (it is still reported)', () => {
    const [r] = scorecard(
      [unit('a', 'department', indicators(0, { activity: { posts: 9, activeWeekShare: 1 } })), unit('b', 'department', indicators(0))],
      { activity: 0, engagement: 1, responsiveness: 1, spread: 1 },
    );
    expect(r.subIndices.activity).toBe(10);
    expect(r.score).toBe(100);
  });

  it('a unit with every sub-index null has no score, no rank and four flags', () => {
    const none = indicators(0, {
      activity: { activeWeekShare: null },
      engagement: { interactionsPerPost: null, businessReach: null },
      responsiveness: { responseRate: null, withinSlaRate: null, medianResponseWorkingHours: null },
      spread: { cascadeReach: null, pagerank: null },
    });
    // `posts` and `sharesReceived` are never null; null them here to reach the degenerate case.
    (none.activity as { posts: number | null }).posts = null;
    (none.spread as { sharesReceived: number | null }).sharesReceived = null;
    const rows = scorecard([unit('ghost', 'department', none), unit('b', 'department', indicators(1))], EQUAL);
    expect(rows[0]).toEqual({
      unitId: 'ghost', subIndices: { activity: null, engagement: null, responsiveness: null, spread: null }, score: null, rank: null,
      flags: ['no_activity_subindex', 'no_engagement_subindex', 'no_responsiveness_subindex', 'no_spread_subindex'],
    });
    expect(rows[1].rank).toBe(1);
  });

  it('returns rows in input order', () => {
    const rows = scorecard([unit('z', 'locality', indicators(1)), unit('a', 'department', indicators(1)), unit('m', 'locality', indicators(1))], EQUAL);
    expect(rows.map((r) => r.unitId)).toEqual(['z', 'a', 'm']);
  });

  it('keeps every score within 0–100 and sub-index within 0–10 (property)', () => {
    const value = fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null });
    const ind = fc.record({
      activity: fc.record({ posts: fc.nat(100), activeWeekShare: value }),
      engagement: fc.record({ interactionsPerPost: value, businessReach: value }),
      responsiveness: fc.record({ responseRate: value, withinSlaRate: value, medianResponseWorkingHours: value }),
      spread: fc.record({ cascadeReach: value, sharesReceived: fc.nat(100), pagerank: value }),
    });
    fc.assert(
      fc.property(fc.array(ind, { minLength: 1, maxLength: 8 }), (inds) => {
        const rows = scorecard(inds.map((x, i) => unit(`u${i}`, i % 2 ? 'department' : 'locality', x)), EQUAL);
        for (const r of rows) {
          expect(r.score).not.toBeNull();
          expect(r.score!).toBeGreaterThanOrEqual(0);
          expect(r.score!).toBeLessThanOrEqual(100 + TOLERANCE.float);
          for (const s of Object.values(r.subIndices)) if (s !== null) expect(s).toBeLessThanOrEqual(10 + TOLERANCE.float);
        }
        // Someone in every kind ranks first.
        for (const kind of ['department', 'locality']) {
          const ranks = rows.filter((_, i) => (i % 2 ? 'department' : 'locality') === kind).map((r) => r.rank);
          if (ranks.length > 0) expect(ranks).toContain(1);
        }
      }),
    );
  });
});

describe('competitionRanks (SPEC 4.3: 1, 2, 2, 4)', () => {
  it('ranks by score descending with ties sharing a rank and leaving a gap', () => {
    expect(competitionRanks([90, 80, 80, 70])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([70, 80, 90, 80])).toEqual([4, 2, 1, 2]);
    expect(competitionRanks([50, 50, 50])).toEqual([1, 1, 1]);
  });

  it('gives null scores no rank and does not count them', () => {
    expect(competitionRanks([null, 10, 20, null])).toEqual([null, 2, 1, null]);
  });

  it('treats scores equal up to float noise as ties', () => {
    expect(competitionRanks([0.1 + 0.2, 0.3, 0.2])).toEqual([1, 1, 3]);
    expect(competitionRanks([(1 / 3) * 3 * 10, 10])).toEqual([1, 1]);
  });

  it('ranks equal units equally in the scorecard', () => {
    const rows = scorecard(
      [unit('a', 'department', indicators(0, { activity: { posts: 9 } })),
        unit('b', 'department', indicators(0, { activity: { posts: 5 } })),
        unit('c', 'department', indicators(0, { activity: { posts: 5 } })),
        unit('d', 'department', indicators(0, { activity: { posts: 1 } }))],
      EQUAL,
    );
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });
});
