/** Order statistics shared by the metrics. Inputs are not modified. */

/**
 * Quantile by linear interpolation between order statistics (numpy's default, R-7 / Hyndman–Fan 7).
 * Null for an empty list.
 * @example quantile([1, 2, 3, 4], 0.9) // 3.7
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** Median: the middle value, or the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** a / b, null when b is 0 (nothing to measure). */
export function ratioOrNull(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}
