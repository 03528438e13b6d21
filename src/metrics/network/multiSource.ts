/**
 * Multi-source breadth-first search, bit-parallel
 * ===============================================
 *
 * Distances from many sources at once, for harmonic and closeness from sampled sources: a batch of
 * up to {@link BATCH} sources is one traversal in which every node carries a bit mask of the
 * batch's sources (WORDS 32-bit words per node): `seen` (the sources that have reached it),
 * `frontier` (the sources that reached it at the current level) and `next`. A level sets, for
 * every node w, next(w) = (∪ frontier(v) over in-neighbours v) \ seen(w): the sources whose
 * distance to w is exactly d. A node that sits at the same distance from many sources of the batch
 * is visited once for all of them, so a batch costs about (levels a node appears in) × m edge
 * steps instead of |batch| × m.
 * [Then, Kaufmann, Chirigati, Hoang-Vu, Pham, Kemper, Neumann & Vo, "The More the Merrier:
 * Efficient Multi-Source Graph Traversal", PVLDB 8(4):449–460, 2014.]
 *
 * Each level runs the cheaper way (as the one-source search did): top-down (push the frontier's
 * masks along out-edges) while the frontier's out-edges are few, bottom-up (each node still
 * missing some live source pulls its in-neighbours' masks, stopping once it has them all) when
 * they outnumber the in-edges of the nodes still missing some source divided by
 * {@link BOTTOM_UP_FACTOR}. The masks found are the same either way.
 * [Beamer, Asanović & Patterson, "Direction-optimizing breadth-first search", SC 2012.]
 *
 * What is summed: at each level d, c = the number of the batch's sources at distance d from w
 * (a popcount), then H(w) += c / d, D(w) += c·d, r(w) += c. The order of the additions is fixed
 * by the source list alone (batch after batch, level after level; each node gets at most one
 * addition per level), so the sums are the same bits wherever the task runs. They are not the
 * bits of the one-source-at-a-time sum Σ_s 1/d(s, w) in source order (the rounding differs, a few
 * units in the last place); D and r are integers, exact in any order.
 */

/** 32-bit words of each node's masks. */
const WORDS = 8;
/** Sources per traversal. */
export const BATCH = 32 * WORDS;
/** A level runs bottom-up when the frontier's out-edges exceed the missing nodes' in-edges / this. */
const BOTTOM_UP_FACTOR = 4;

/** The CSR a search walks (see PathGraph in pathKernel.ts). */
interface Csr {
  readonly order: number;
  readonly outStart: Int32Array;
  readonly outNeighbor: Int32Array;
  readonly inStart: Int32Array;
  readonly inNeighbor: Int32Array;
}

/** Scratch arrays of the multi-source search (O(n · WORDS)), allocated on first use. */
export interface MultiSourceWorkspace {
  readonly seen: Int32Array;
  frontier: Int32Array;
  next: Int32Array;
  frontierList: Int32Array;
  nextList: Int32Array;
  /** queued[w] = 1 ⇔ w is in nextList. */
  readonly queued: Uint8Array;
  readonly live: Int32Array;
  readonly missing: Int32Array;
  readonly pulled: Int32Array;
}

export function createMultiSourceWorkspace(n: number): MultiSourceWorkspace {
  return {
    seen: new Int32Array(n * WORDS),
    frontier: new Int32Array(n * WORDS),
    next: new Int32Array(n * WORDS),
    frontierList: new Int32Array(n),
    nextList: new Int32Array(n),
    queued: new Uint8Array(n),
    live: new Int32Array(WORDS),
    missing: new Int32Array(WORDS),
    pulled: new Int32Array(WORDS),
  };
}

/** Per-node sums a search adds to (those present), and its operation counts. */
export interface DistanceSums {
  harmonic?: Float64Array;
  distanceSum?: Float64Array;
  reached?: Float64Array;
}

/** How each level runs: the cheaper way (`auto`), or always one way (for tests: both must agree). */
export type Direction = 'auto' | 'top-down' | 'bottom-up';

/** Operation counts of a run of {@link multiSourceDistances}. */
export interface MultiSourceCounts {
  /** Traversals run: ⌈sources / BATCH⌉. */
  traversals: number;
  /** Edges looked at, top-down and bottom-up. */
  edgeScans: number;
}

/**
 * Adds, for every node w, Σ over `sources` s (other than w, reaching w) of 1/d(s, w), d(s, w) and
 * 1 to the sums present in `out`, in traversals of {@link BATCH} sources (list order).
 * `reachable`: the nodes with an in-edge, ascending (the only ones a search can reach).
 * @example
 * const counts = multiSourceDistances(graph, Int32Array.of(0, 5, 9), reachable, createMultiSourceWorkspace(graph.order), { harmonic });
 * counts.traversals; // 1
 */
export function multiSourceDistances(
  graph: Csr,
  sources: Int32Array,
  reachable: Int32Array,
  ws: MultiSourceWorkspace,
  out: DistanceSums,
  direction: Direction = 'auto',
): MultiSourceCounts {
  const counts: MultiSourceCounts = { traversals: 0, edgeScans: 0 };
  for (let from = 0; from < sources.length; from += BATCH) {
    traverse(graph, sources, from, Math.min(from + BATCH, sources.length), reachable, ws, out, counts, direction);
    counts.traversals++;
  }
  return counts;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Σ in-degree of the reachable nodes that some live source has not reached yet. */
function inEdgesMissing(inStart: Int32Array, reachable: Int32Array, seen: Int32Array, live: Int32Array): number {
  let edges = 0;
  for (let k = 0; k < reachable.length; k++) {
    const v = reachable[k];
    const base = v * WORDS;
    for (let j = 0; j < WORDS; j++) {
      if ((live[j] & ~seen[base + j]) !== 0) {
        edges += inStart[v + 1] - inStart[v];
        break;
      }
    }
  }
  return edges;
}

/** One traversal from sources[from, to). Leaves the workspace's masks zero. */
function traverse(
  graph: Csr,
  sources: Int32Array,
  from: number,
  to: number,
  reachable: Int32Array,
  ws: MultiSourceWorkspace,
  out: DistanceSums,
  counts: MultiSourceCounts,
  direction: Direction,
): void {
  const { outStart, outNeighbor, inStart, inNeighbor } = graph;
  const { seen, queued, live, missing, pulled } = ws;
  const { harmonic: hc, distanceSum: dsum, reached } = out;
  let { frontier, next, frontierList, nextList } = ws;
  const m = outNeighbor.length;

  // Level 0: each source's own bit.
  let frontierLength = 0;
  let frontierEdges = 0;
  live.fill(0);
  for (let i = from; i < to; i++) {
    const s = sources[i];
    const word = (i - from) >>> 5;
    const bit = 1 << ((i - from) & 31);
    live[word] |= bit;
    seen[s * WORDS + word] |= bit;
    frontier[s * WORDS + word] |= bit;
    if (queued[s] === 0) {
      queued[s] = 1;
      frontierList[frontierLength++] = s;
      frontierEdges += outStart[s + 1] - outStart[s];
    }
  }
  for (let k = 0; k < frontierLength; k++) queued[frontierList[k]] = 0;

  for (let d = 1; frontierLength > 0; d++) {
    // In-edges of the nodes still missing a live source: what a bottom-up level scans at most.
    // None left: every node the batch can reach has every source it will get (the level is empty).
    let bottomUp = false;
    let finished = false;
    if (direction === 'bottom-up' || (direction === 'auto' && frontierEdges * BOTTOM_UP_FACTOR > m)) {
      const missingEdges = inEdgesMissing(inStart, reachable, seen, live);
      finished = missingEdges === 0;
      bottomUp = direction === 'bottom-up' || frontierEdges * BOTTOM_UP_FACTOR > missingEdges;
    }
    let nextLength = 0;
    if (finished) {
      // nothing to find
    } else if (bottomUp) {
      // Bottom-up: every node missing a live source pulls its in-neighbours' frontier masks.
      for (let k = 0; k < reachable.length; k++) {
        const v = reachable[k];
        const base = v * WORDS;
        let want = 0;
        for (let j = 0; j < WORDS; j++) {
          missing[j] = live[j] & ~seen[base + j];
          pulled[j] = 0;
          want |= missing[j];
        }
        if (want === 0) continue;
        const end = inStart[v + 1];
        let p = inStart[v];
        for (; p < end; p++) {
          const u = inNeighbor[p] * WORDS;
          let short = 0;
          for (let j = 0; j < WORDS; j++) {
            pulled[j] |= frontier[u + j];
            short |= missing[j] & ~pulled[j];
          }
          if (short === 0) {
            p++;
            break;
          }
        }
        counts.edgeScans += p - inStart[v];
        let found = 0;
        for (let j = 0; j < WORDS; j++) {
          const bits = pulled[j] & missing[j];
          next[base + j] = bits;
          found |= bits;
        }
        if (found !== 0) nextList[nextLength++] = v;
      }
    } else {
      // Top-down: the frontier pushes its masks along out-edges.
      for (let k = 0; k < frontierLength; k++) {
        const v = frontierList[k];
        const vb = v * WORDS;
        const end = outStart[v + 1];
        counts.edgeScans += end - outStart[v];
        for (let p = outStart[v]; p < end; p++) {
          const w = outNeighbor[p];
          const wb = w * WORDS;
          let found = 0;
          for (let j = 0; j < WORDS; j++) {
            const bits = frontier[vb + j] & ~seen[wb + j];
            next[wb + j] |= bits;
            found |= bits;
          }
          if (found !== 0 && queued[w] === 0) {
            queued[w] = 1;
            nextList[nextLength++] = w;
          }
        }
      }
    }
    // The new level: mark seen, count, add; clear the old frontier.
    for (let k = 0; k < frontierLength; k++) {
      const vb = frontierList[k] * WORDS;
      for (let j = 0; j < WORDS; j++) frontier[vb + j] = 0;
    }
    frontierEdges = 0;
    live.fill(0);
    for (let k = 0; k < nextLength; k++) {
      const w = nextList[k];
      queued[w] = 0;
      const wb = w * WORDS;
      let c = 0;
      for (let j = 0; j < WORDS; j++) {
        const bits = next[wb + j];
        seen[wb + j] |= bits;
        live[j] |= bits;
        c += popcount(bits);
      }
      frontierEdges += outStart[w + 1] - outStart[w];
      if (hc !== undefined) hc[w] += c / d;
      if (dsum !== undefined) {
        dsum[w] += c * d;
        reached![w] += c;
      }
    }
    [frontier, next] = [next, frontier];
    [frontierList, nextList] = [nextList, frontierList];
    frontierLength = nextLength;
  }
  ws.frontier = frontier;
  ws.next = next;
  ws.frontierList = frontierList;
  ws.nextList = nextList;
  seen.fill(0);
}
