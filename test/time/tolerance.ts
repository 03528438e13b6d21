/**
 * The tolerances of the time tests, in one place, with why.
 */
import { expect } from 'vitest';

export const TIME_TOLERANCE = Object.freeze({
  /**
   * Working hours are sums of whole milliseconds divided by 3 600 000; two ways of summing the
   * same milliseconds differ by float rounding only (≪ 1 µs). 1e-9 h = 3.6 µs.
   */
  hours: 1e-9,
});

/** |actual − expected| ≤ tol hours, with a message naming both. */
export function expectHours(actual: number, expected: number, label = '', tol: number = TIME_TOLERANCE.hours): void {
  const diff = Math.abs(actual - expected);
  if (!(diff <= tol)) expect.fail(`${label}: got ${actual} h, expected ${expected} h (|Δ| = ${diff} > ${tol})`);
}
