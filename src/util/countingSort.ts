/**
 * Stable counting sort of the items 0 … m − 1 by an integer key in [0, n): O(m + n), no
 * comparisons. `within` is an optional prior order to refine (sort by the minor key first, then
 * by the major key within it).
 * @example
 * const byTarget = countingSortOrder(target, m, n, null);
 * const bySourceThenTarget = countingSortOrder(source, m, n, byTarget);
 */
export function countingSortOrder(
  key: Int32Array,
  m: number,
  n: number,
  within: Int32Array | null,
): Int32Array {
  const count = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) count[key[e] + 1]++;
  for (let i = 0; i < n; i++) count[i + 1] += count[i];
  const order = new Int32Array(m);
  for (let t = 0; t < m; t++) {
    const e = within === null ? t : within[t];
    order[count[key[e]]++] = e;
  }
  return order;
}
