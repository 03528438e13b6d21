/**
 * Common neighbours of two sorted adjacency rows, at the cost of the shorter one.
 *
 * The structural-hole metrics (constraint, effective size) and brokerage look at N(u) ∩ N(v) for
 * every edge u–v. Scanning the whole of N(v) each time costs Σ deg(v)²: hopeless when a unit or
 * the page has 100 000 contacts (2 M interactions). Rows of the index are sorted, so the shorter
 * row is walked and each of its nodes looked up in the longer one by a binary search that only
 * moves forward (or both are merged when they are of similar length): O(min · log max) per edge.
 * The common nodes come in ascending order whatever the route, so sums over them keep the order
 * (and the bits) of a plain scan.
 */

/**
 * Calls `fn(w, pa, pb)` for every node w in both rows — `a[aLo, aHi)` and `b[bLo, bHi)`, each
 * sorted ascending — in ascending order of w, with pa and pb its positions in the rows.
 * @example
 * forEachCommon(nb, start[u], start[u + 1], nb, start[v], start[v + 1], (w) => count++);
 */
export function forEachCommon(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
  fn: (w: number, pa: number, pb: number) => void,
): void {
  const aLen = aHi - aLo;
  const bLen = bHi - bLo;
  if (aLen === 0 || bLen === 0) return;
  if (aLen * Math.log2(bLen + 1) < bLen) {
    for (let pa = aLo, from = bLo; pa < aHi && from < bHi; pa++) {
      const pb = lowerBound(b, from, bHi, a[pa]);
      if (pb < bHi && b[pb] === a[pa]) fn(a[pa], pa, pb);
      from = pb;
    }
  } else if (bLen * Math.log2(aLen + 1) < aLen) {
    for (let pb = bLo, from = aLo; pb < bHi && from < aHi; pb++) {
      const pa = lowerBound(a, from, aHi, b[pb]);
      if (pa < aHi && a[pa] === b[pb]) fn(b[pb], pa, pb);
      from = pa;
    }
  } else {
    for (let pa = aLo, pb = bLo; pa < aHi && pb < bHi; ) {
      const x = a[pa];
      const y = b[pb];
      if (x === y) {
        fn(x, pa, pb);
        pa++;
        pb++;
      } else if (x < y) pa++;
      else pb++;
    }
  }
}

/** First position in the sorted `row[lo, hi)` whose value is ≥ x (hi when none). */
function lowerBound(row: Int32Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (row[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
