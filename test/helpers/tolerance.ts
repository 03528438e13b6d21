/**
 * Every tolerance the unit tests use, in one place, with why.
 */
import { expect } from 'vitest';

export const TOLERANCE = Object.freeze({
  /** Arithmetic on a handful of floats (means, interpolation, ratios): only rounding differs. */
  float: 1e-12,
});

/** |actual − expected| ≤ tol, with a message naming both. */
export function expectClose(actual: number | null, expected: number, tol: number = TOLERANCE.float, label = ''): void {
  if (actual === null) expect.fail(`${label}: got null, expected ${expected}`);
  const diff = Math.abs(actual - expected);
  if (!(diff <= tol)) expect.fail(`${label}: got ${actual}, expected ${expected} (|Δ| = ${diff} > ${tol})`);
}
