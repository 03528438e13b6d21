/**
 * Sampling the all-pairs metrics, with a stated guarantee
 * =======================================================
 *
 * Exact betweenness, harmonic and closeness cost one search per node: O(n·m), hours at ~200 k
 * nodes. Sampled, each has an additive error bound that holds for EVERY node at once with
 * probability ≥ 1 − δ:
 *
 * Betweenness (Riondato–Kornaropoulos): r sampled shortest paths (a uniform pair of distinct nodes,
 * then a uniform shortest path between them); b̂(v) = (share of paths with v strictly inside),
 * rescaled to our normalisation 1/((n−1)(n−2)). With VD an upper bound on the vertex diameter
 * (the most nodes on any shortest path) and c = 1/2,
 *
 *   r = ⌈ c / ε'² · ( ⌊log₂(VD − 2)⌋ + 1 + ln(1/δ) ) ⌉,   ε' = ε · (n − 2) / n
 *
 * gives |b̂(v) − b(v)| ≤ ε for all v with probability ≥ 1 − δ (ε' converts the bound from RK's
 * normalisation 1/(n(n−1)) to ours). r does not grow with n, only with log VD.
 * [Riondato & Kornaropoulos, Data Min. Knowl. Disc. 30:438–475, 2016, Theorem 2 and Section 5.1.]
 *
 * VD bound for a directed graph: a shortest path crosses the strongly connected components in
 * topological order and, inside a component C, takes at most ecc_in(c) + ecc_out(c) hops for any
 * c in C (d(x, y) ≤ d(x, c) + d(c, y), both within C). So VD ≤ the heaviest chain of the
 * condensation DAG, each component weighing ecc_in + ecc_out + 1 measured from its node of highest
 * degree: two BFS per component, O(n + m) in all.
 *
 * Harmonic and closeness (Eppstein–Wang): k sources drawn uniformly without replacement; every
 * term is in [0, 1] (1/d for harmonic, the indicator "s reaches v" for closeness' reach), so by
 * Hoeffding's inequality (which holds without replacement too) and a union bound over the n nodes,
 *
 *   k = ⌈ ln(2n / δ) / (2 ε_h²) ⌉   gives   |Ĥ(v) − H(v)| ≤ ε_h · n   for all v, w.p. ≥ 1 − δ,
 *
 * with Ĥ(v) = (n/k) Σ_{sampled s ≠ v} 1/d(s, v). Closeness is estimated from the two sums it is made
 * of, D(v) = Σ d(s, v) and r(v) = #{s reaching v}, each extrapolated by n/k; the same k bounds the
 * error of r(v)/n by ε_h and of D(v)/n by ε_h·Δ (Δ the largest distance). When k ≥ n the sources
 * are all the nodes and the figure is exact.
 * [Eppstein & Wang, "Fast approximation of centrality", J. Graph Algorithms Appl. 8(1):39–45, 2004.]
 *
 * Every random draw comes from the library's PRNG (mulberry32) seeded from `seed`: the same graph
 * and options give the same estimate on every platform and thread count.
 */
import type { GraphIndex } from '../../graph/index';
import { mulberry32 } from '../../util/random';
import { isNumberIn, resolveOptions, type Check } from './options';

export interface SamplingOptions {
  /** Additive error bound of sampled betweenness (normalised as reported), in (0, 1). */
  epsilon?: number;
  /** Additive error bound of sampled harmonic centrality divided by n (and of closeness' parts), in (0, 1). */
  harmonicEpsilon?: number;
  /** Probability that some node's error exceeds its bound, in (0, 1). */
  delta?: number;
  /** Seed of every random draw (an unsigned 32-bit integer). */
  seed?: number;
}

export const SAMPLING_DEFAULTS: Readonly<Required<SamplingOptions>> = Object.freeze({
  epsilon: 0.01,
  harmonicEpsilon: 0.05,
  delta: 0.1,
  seed: 1,
});

/** A number strictly between 0 and 1: a bound of 0 is unreachable, a bound of 1 guarantees nothing. */
const inOpenUnit: Check = (v) => (typeof v === 'number' && v > 0 && v < 1 ? null : 'a number > 0 and < 1');

/** The checks of each sampling option. */
export const SAMPLING_CHECKS = {
  epsilon: inOpenUnit,
  harmonicEpsilon: inOpenUnit,
  delta: inOpenUnit,
  seed: isNumberIn(0, 0xffffffff, { integer: true }),
};

/** The check of a `sampling` option: null (exact) or an options object (checked when used). */
export const isSampling: Check = (v) =>
  v === null || (typeof v === 'object' && !Array.isArray(v)) ? null : 'an object or null';

/** Checks sampling options (unknown keys and bad values throw NetworkMetricError) and fills defaults. */
export function resolveSamplingOptions(options: SamplingOptions | undefined): Required<SamplingOptions> {
  return resolveOptions('sampling', SAMPLING_DEFAULTS, SAMPLING_CHECKS, options);
}

/** What a sampled run did, as recorded in `analysis.network.sampling`. */
export interface SamplingRecord {
  seed: number;
  delta: number;
  betweenness: {
    method: 'riondato-kornaropoulos';
    epsilon: number;
    /** Shortest paths sampled. */
    samples: number;
    /** Upper bound on the number of nodes on a shortest path, used for the sample size. */
    vertexDiameterBound: number;
  } | null;
  harmonic: {
    method: 'eppstein-wang';
    epsilon: number;
    /** Sources searched (all n when the bound needs as many: then the figures are exact). */
    samples: number;
  } | null;
}

/**
 * Riondato–Kornaropoulos sample size for error ε on betweenness normalised by 1/((n−1)(n−2)).
 * 0 when no shortest path has an inside node (VD ≤ 2) or n < 3.
 * @example pairSampleSize(1000, 12, 0.01, 0.1) // 31640
 */
export function pairSampleSize(n: number, vertexDiameter: number, epsilon: number, delta: number): number {
  if (n < 3 || vertexDiameter <= 2) return 0;
  const eps = (epsilon * (n - 2)) / n;
  return Math.ceil((0.5 / (eps * eps)) * (Math.floor(Math.log2(vertexDiameter - 2)) + 1 + Math.log(1 / delta)));
}

/**
 * Eppstein–Wang sample size (sources) for error ε·n on harmonic centrality, for all n nodes.
 * @example sourceSampleSize(200_000, 0.05, 0.1) // 3041
 */
export function sourceSampleSize(n: number, epsilon: number, delta: number): number {
  if (n === 0) return 0;
  return Math.ceil(Math.log((2 * n) / delta) / (2 * epsilon * epsilon));
}

/**
 * An upper bound on the vertex diameter (most nodes on any shortest path; hops, weight ignored)
 * from the strongly connected components, O(n + m). 0 for an empty graph, 1 without edges.
 * @example vertexDiameterBound(index) // ≥ the true vertex diameter
 */
export function vertexDiameterBound(index: GraphIndex): number {
  const n = index.order;
  if (n === 0) return 0;
  const { component, count } = stronglyConnected(index);
  // Tarjan numbers components in reverse topological order: an edge u → v has comp(u) ≥ comp(v).
  const weight = componentWeights(index, component, count);
  const longest = new Float64Array(count); // heaviest chain starting in the component
  const { start, neighbor } = index.out;
  // Nodes grouped by component, components ascending = sinks first.
  const members = groupBy(component, count);
  let best = 0;
  for (let c = 0; c < count; c++) {
    let tail = 0;
    for (let p = members.start[c]; p < members.start[c + 1]; p++) {
      const u = members.node[p];
      for (let e = start[u]; e < start[u + 1]; e++) {
        const c2 = component[neighbor[e]];
        if (c2 !== c && longest[c2] > tail) tail = longest[c2];
      }
    }
    longest[c] = weight[c] + tail;
    if (longest[c] > best) best = longest[c];
  }
  return best;
}

/**
 * `k` distinct sources drawn uniformly from 0 … n−1 (a partial Fisher–Yates shuffle), sorted
 * ascending; all n nodes when k ≥ n.
 * @example sampleSources(10, 3, 1) // Int32Array [2, 5, 7] (for instance)
 */
export function sampleSources(n: number, k: number, seed: number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  if (k >= n) return all;
  const random = mulberry32(mixSeed(seed, 0x5eed));
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const tmp = all[i];
    all[i] = all[j];
    all[j] = tmp;
  }
  return all.slice(0, k).sort();
}

/**
 * A 32-bit seed for stream `stream` of `seed` (a splitmix-style finaliser): block b of the sampled
 * paths draws from mulberry32(mixSeed(seed, b)).
 * @example mixSeed(1, 0) !== mixSeed(1, 1) // true
 */
export function mixSeed(seed: number, stream: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul((stream + 1) >>> 0, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------------------------

/** Tarjan's strongly connected components, iterative. Components in reverse topological order. */
function stronglyConnected(index: GraphIndex): { component: Int32Array; count: number } {
  const n = index.order;
  const { start, neighbor } = index.out;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  let stackTop = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] >= 0) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = start[root];
    order[root] = low[root] = counter++;
    stack[stackTop++] = root;
    while (depth >= 0) {
      const u = callNode[depth];
      const e = callEdge[depth];
      if (e < start[u + 1]) {
        callEdge[depth] = e + 1;
        const w = neighbor[e];
        if (order[w] < 0) {
          order[w] = low[w] = counter++;
          stack[stackTop++] = w;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = start[w];
        } else if (component[w] < 0 && order[w] < low[u]) low[u] = order[w];
        continue;
      }
      if (low[u] === order[u]) {
        let w: number;
        do {
          w = stack[--stackTop];
          component[w] = count;
        } while (w !== u);
        count++;
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth];
        if (low[u] < low[parent]) low[parent] = low[u];
      }
    }
  }
  return { component, count };
}

function groupBy(component: Int32Array, count: number): { start: Int32Array; node: Int32Array } {
  const start = new Int32Array(count + 1);
  for (let v = 0; v < component.length; v++) start[component[v] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const fill = start.slice(0, count);
  const node = new Int32Array(component.length);
  for (let v = 0; v < component.length; v++) node[fill[component[v]]++] = v;
  return { start, node };
}

/** Per component: ecc_in(c) + ecc_out(c) + 1 inside it, c its node of highest degree. */
function componentWeights(index: GraphIndex, component: Int32Array, count: number): Float64Array {
  const n = index.order;
  const weight = new Float64Array(count).fill(1);
  const hub = new Int32Array(count).fill(-1);
  for (let v = 0; v < n; v++) {
    const c = component[v];
    const h = hub[c];
    if (h < 0 || index.out.degree[v] + index.in.degree[v] > index.out.degree[h] + index.in.degree[h]) hub[c] = v;
  }
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const eccentricity = (from: number, start: Int32Array, neighbor: Int32Array): number => {
    const c = component[from];
    let head = 0;
    let tail = 1;
    queue[0] = from;
    dist[from] = 0;
    let far = 0;
    while (head < tail) {
      const v = queue[head++];
      for (let p = start[v]; p < start[v + 1]; p++) {
        const w = neighbor[p];
        if (dist[w] < 0 && component[w] === c) {
          dist[w] = dist[v] + 1;
          far = dist[w];
          queue[tail++] = w;
        }
      }
    }
    for (let k = 0; k < tail; k++) dist[queue[k]] = -1;
    return far;
  };
  const members = new Int32Array(count);
  for (let v = 0; v < n; v++) members[component[v]]++;
  for (let c = 0; c < count; c++) {
    // A single node (no edge inside its component) weighs 1.
    if (members[c] === 1) continue;
    const h = hub[c];
    weight[c] = eccentricity(h, index.out.start, index.out.neighbor) + eccentricity(h, index.in.start, index.in.neighbor) + 1;
  }
  return weight;
}
