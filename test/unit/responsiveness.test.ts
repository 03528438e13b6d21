import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { median, quantile, ratioOrNull } from '../../src/metrics/stats';
import { responsiveness } from '../../src/metrics/unit/responsiveness';
import type { Petition } from '../../src/metrics/petitions';
import { comment } from '../helpers/dataset';
import { TOLERANCE, expectClose } from '../helpers/tolerance';

describe('quantile: numpy\'s default (linear, R-7 / Hyndman–Fan 7)', () => {
  // Reference values: numpy 2.4 `np.quantile` / `np.percentile` with the default method.
  it.each([
    [[1, 2, 3, 4], 0.9, 3.7],
    [[10, 7, 4, 3, 2, 1], 0.5, 3.5], // numpy docs: np.percentile([[10, 7, 4], [3, 2, 1]], 50)
    [[15, 20, 35, 40, 50], 0.4, 29],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
    [[0.5, 7.25, 1.5], 0.9, 6.1],
  ])('matches numpy: quantile(%j, %d) = %d', (values, q, expected) => {
    expectClose(quantile(values, q), expected, TOLERANCE.float);
  });

  it('q = 0 is the minimum, q = 1 the maximum; one value is every quantile', () => {
    expect(quantile([5, 1, 9], 0)).toBe(1);
    expect(quantile([5, 1, 9], 1)).toBe(9);
    expect(quantile([4], 0.9)).toBe(4);
  });

  it('is null for an empty list', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(median([])).toBeNull();
  });

  it('does not modify its input', () => {
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it('lies between min and max, grows with q and ignores input order (property)', () => {
    // `+ 0` turns -0 into 0: the reversed list must give the very same number.
    const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x + 0), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(values, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, q1, q2) => {
        const [lo, hi] = q1 <= q2 ? [q1, q2] : [q2, q1];
        const a = quantile(xs, lo)!;
        const b = quantile(xs, hi)!;
        const tol = 1e-9 * Math.max(1, ...xs.map(Math.abs));
        expect(a).toBeGreaterThanOrEqual(Math.min(...xs) - tol);
        expect(b).toBeLessThanOrEqual(Math.max(...xs) + tol);
        expect(a).toBeLessThanOrEqual(b + tol);
        expect(quantile([...xs].reverse(), lo)).toBe(a);
      }),
    );
  });
});

describe('median', () => {
  it('is the middle value for an odd count', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('is the mean of the two middle values for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([1, 10])).toBe(5.5);
  });

  it('equals the mean of the two middle order statistics for any even-length list (property)', () => {
    const values = fc
      .array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 20 })
      .map((xs) => (xs.length % 2 === 0 ? xs : [...xs, 0]));
    fc.assert(
      fc.property(values, (xs) => {
        const s = [...xs].sort((a, b) => a - b);
        const k = s.length / 2;
        expectClose(median(xs), (s[k - 1] + s[k]) / 2, TOLERANCE.float);
      }),
    );
  });
});

describe('ratioOrNull', () => {
  it('divides, and is null (not 0) when there is nothing to measure', () => {
    expect(ratioOrNull(1, 4)).toBe(0.25);
    expect(ratioOrNull(0, 4)).toBe(0);
    expect(ratioOrNull(0, 0)).toBeNull();
  });
});

/** A routed petition of unit `u`, answered after `hours` (working hours `working`) or not. */
function petition(id: string, answered: { hours: number; working: number; onTime: boolean } | null): Petition {
  const c = comment(id, 'p', { from: 'biz', message: 'Xin hỏi' });
  return {
    comment: c,
    unitId: 'u',
    routedBy: 'post',
    authorKind: 'business',
    response: answered ? comment(`${id}-a`, 'p', { from: 'acc', parent: id }) : null,
    responseHours: answered?.hours ?? null,
    responseWorkingHours: answered?.working ?? null,
    onTime: answered ? answered.onTime : false,
  };
}

describe('responsiveness (SPEC 4.1)', () => {
  it('aggregates a hand-computed set: 5 petitions, 4 answered, 2 on time', () => {
    const r = responsiveness([
      petition('a', { hours: 2, working: 1, onTime: true }),
      petition('b', { hours: 30, working: 8, onTime: true }),
      petition('c', { hours: 50, working: 12, onTime: false }),
      petition('d', { hours: 100, working: 20, onTime: false }),
      petition('e', null),
    ]);
    expect(r).toMatchObject({ petitions: 5, answered: 4, unanswered: 1, onTime: 2 });
    expect(r.responseRate).toBe(4 / 5);
    expect(r.withinSlaRate).toBe(2 / 5); // on time over all petitions, not over answered ones
    expect(r.medianResponseHours).toBe(40); // (30 + 50) / 2
    expect(r.medianResponseWorkingHours).toBe(10); // (8 + 12) / 2
    expectClose(r.p90ResponseWorkingHours, 17.6, TOLERANCE.float); // numpy: quantile([1, 8, 12, 20], 0.9)
  });

  it('is null, not 0, where there is nothing to measure: no petitions', () => {
    expect(responsiveness([])).toEqual({
      petitions: 0, answered: 0, unanswered: 0, onTime: 0,
      responseRate: null, medianResponseHours: null, medianResponseWorkingHours: null,
      p90ResponseWorkingHours: null, withinSlaRate: null,
    });
  });

  it('with petitions but none answered: rates are 0, times are null', () => {
    const r = responsiveness([petition('a', null), petition('b', null)]);
    expect(r).toEqual({
      petitions: 2, answered: 0, unanswered: 2, onTime: 0,
      responseRate: 0, medianResponseHours: null, medianResponseWorkingHours: null,
      p90ResponseWorkingHours: null, withinSlaRate: 0,
    });
  });

  it('medians are over answered petitions only', () => {
    const r = responsiveness([petition('a', { hours: 3, working: 3, onTime: true }), petition('b', null), petition('c', null)]);
    expect(r.medianResponseHours).toBe(3);
    expect(r.p90ResponseWorkingHours).toBe(3);
  });
});
