/**
 * Shortest-path kernels
 * =====================
 *
 * The inner loops behind betweenness, harmonic and closeness centrality, over plain typed arrays
 * (a {@link PathGraph}: the out- and in-CSR of the shared index) so that the same code runs on the
 * calling thread and in a worker. Hops only: weight is never read. One task = one block of work;
 * a task's result depends on the task alone (never on which thread ran it or what ran before), so
 * a pool may run tasks anywhere and the caller sums their results in task order.
 *
 * - `sources` task: one breadth-first search per listed source s, over out-edges, giving d(s, v)
 *   and σ_sv (number of shortest s–v paths) for every v s reaches. From it:
 *     betweenness  Brandes' dependency accumulation, δ_s(v) = Σ_{w: v→w on a shortest path}
 *                  σ_sv/σ_sw · (1 + δ_s(w)), summed over the block's sources in list order;
 *     harmonic     Σ_s 1/d(s, v), in list order;
 *     closeness    Σ_s d(s, v) and #{s that reach v}: integers, exact in any order.
 *   The search records the edges of its shortest-path DAG (v → w with d(s, w) = d(s, v) + 1) as it
 *   goes, so the accumulation walks those edges only, not every out-edge again. Without
 *   betweenness (sampled sources for harmonic and closeness) the sources are searched
 *   BATCH (256) at a time by one bit-parallel, direction-optimising BFS (multiSource.ts), and the
 *   harmonic sum is added level by level (c sources at distance d add c/d), not source by source.
 *   [Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001.]
 * - `targets` task: for each listed node u, one BFS over in-edges (who reaches u) counting the
 *   nodes at each distance d: H(u) = Σ_d count_d / d, D(u) = Σ_d d·count_d, r(u) = Σ_d count_d.
 *   Each node's figures come from its own search alone, so they are exact whatever the split;
 *   cheaper than the `sources` form for harmonic and closeness without betweenness (no scatter).
 * - `pairs` task: `count` shortest paths sampled for Riondato–Kornaropoulos betweenness: a pair
 *   (s, t) of distinct nodes uniformly at random, then one shortest s–t path uniformly at random,
 *   found by a balanced bidirectional search (expand the side whose frontier has fewer edges, a
 *   full level at a time, until the two balls meet); every node strictly inside the path counts 1.
 *   Random draws come from mulberry32(task.seed) only.
 *   [Riondato & Kornaropoulos, "Fast approximation of betweenness centrality through sampling",
 *   Data Min. Knowl. Disc. 30:438–475, 2016; Borassi & Natale, "KADABRA is an ADaptive Algorithm
 *   for Betweenness via Random Approximation", ESA 2016 (the balanced bidirectional search).]
 *
 * Memory: a workspace of O(n + m) typed arrays (plus 3 · n · BATCH bits for the multi-source masks,
 * made on first use), allocated once per thread and graph and reused by every task; nothing is
 * allocated per source or per sample.
 */
import { mulberry32 } from '../../util/random';
import { createMultiSourceWorkspace, multiSourceDistances, type MultiSourceWorkspace } from './multiSource';

/** The graph the kernels search: CSR rows of out- and in-neighbours (ascending), n = order. */
export interface PathGraph {
  readonly order: number;
  readonly outStart: Int32Array;
  readonly outNeighbor: Int32Array;
  readonly inStart: Int32Array;
  readonly inNeighbor: Int32Array;
}

/** One BFS per source in `sources`, accumulating the requested measures. */
export interface SourcesTask {
  readonly kind: 'sources';
  readonly sources: Int32Array;
  readonly betweenness: boolean;
  readonly harmonic: boolean;
  readonly closeness: boolean;
}

/** `count` sampled shortest paths (Riondato–Kornaropoulos), random draws from mulberry32(seed). */
export interface PairsTask {
  readonly kind: 'pairs';
  readonly seed: number;
  readonly count: number;
}

/** One BFS over in-edges per listed target, its figures written to that target only. */
export interface TargetsTask {
  readonly kind: 'targets';
  readonly targets: Int32Array;
  readonly harmonic: boolean;
  readonly closeness: boolean;
}

export type PathTask = SourcesTask | PairsTask | TargetsTask;

/** Per-node sums of one task (arrays of length n, only those the task asked for). */
export interface PathTaskResult {
  /** Σ_s δ_s(v) over the task's sources (unnormalised). */
  betweenness?: Float64Array;
  /** Σ_s 1/d(s, v). */
  harmonic?: Float64Array;
  /** Σ_s d(s, v) over the sources that reach v. */
  distanceSum?: Float64Array;
  /** Number of the task's sources (other than v) that reach v. */
  reached?: Float64Array;
  /** Number of sampled paths with v strictly inside. */
  inside?: Float64Array;
  /** Searches run: one per source, or one per sampled pair. */
  searches: number;
  /** Traversals of a `sources` task without betweenness: one per batch of sources (multiSource.ts). */
  traversals?: number;
  /** Edges those traversals looked at. */
  edgeScans?: number;
}

/** Scratch arrays of one thread for one graph (see {@link createPathWorkspace}). */
export interface PathWorkspace {
  /** The graph these arrays were made for (a workspace is never reused for another). */
  readonly graph: PathGraph;
  readonly dist: Int32Array;
  readonly sigma: Float64Array;
  readonly coef: Float64Array;
  readonly queue: Int32Array;
  /** dagEnd[k]: end of the DAG edges recorded while scanning queue[k]. */
  readonly dagEnd: Int32Array;
  readonly dag: Int32Array;
  /** inverse[d] = 1 / d. */
  readonly inverse: Float64Array;
  /** The nodes with an in-edge (the only ones a search can reach), ascending. */
  readonly reachable: Int32Array;
  /** Marks of the per-target searches: seen[v] === stamp ⇔ v reached in the current one. */
  readonly seen: Int32Array;
  stamp: number;
  // Backward side of the bidirectional search.
  readonly distB: Int32Array;
  readonly sigmaB: Float64Array;
  readonly queueB: Int32Array;
  /** The meeting nodes of a bidirectional search. */
  readonly meet: Int32Array;
  /** The masks of the multi-source search (sampled sources), made on first use. */
  multiSource?: MultiSourceWorkspace;
}

/**
 * Allocates the scratch arrays the kernels reuse (O(n + m)); -1 marks "not reached".
 * @example
 * const ws = createPathWorkspace(graph);
 * runPathTask(graph, { kind: 'pairs', seed: 1, count: 100 }, ws);
 */
export function createPathWorkspace(graph: PathGraph): PathWorkspace {
  const n = graph.order;
  const inverse = new Float64Array(n + 1);
  for (let d = 1; d <= n; d++) inverse[d] = 1 / d;
  let withIn = 0;
  for (let v = 0; v < n; v++) if (graph.inStart[v + 1] > graph.inStart[v]) withIn++;
  const reachable = new Int32Array(withIn);
  for (let v = 0, k = 0; v < n; v++) if (graph.inStart[v + 1] > graph.inStart[v]) reachable[k++] = v;
  return {
    reachable,
    seen: new Int32Array(n),
    stamp: 0,
    graph,
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    coef: new Float64Array(n),
    queue: new Int32Array(n),
    dagEnd: new Int32Array(n),
    dag: new Int32Array(graph.outNeighbor.length),
    inverse,
    distB: new Int32Array(n).fill(-1),
    sigmaB: new Float64Array(n),
    queueB: new Int32Array(n),
    meet: new Int32Array(n),
  };
}

/**
 * Runs one task. Pure apart from the workspace, which it leaves as it found it.
 * @example
 * const r = runPathTask(graph, { kind: 'sources', sources: Int32Array.of(0, 1), betweenness: true, harmonic: false, closeness: false });
 * r.betweenness; // Σ over sources 0 and 1 of δ_s(v)
 */
export function runPathTask(graph: PathGraph, task: PathTask, workspace?: PathWorkspace): PathTaskResult {
  const ws = workspace?.graph === graph ? workspace : createPathWorkspace(graph);
  if (task.kind === 'pairs') return samplePairs(graph, task, ws);
  if (task.kind === 'targets') return runTargets(graph, task, ws);
  return runSources(graph, task, ws);
}

function runTargets(graph: PathGraph, task: TargetsTask, ws: PathWorkspace): PathTaskResult {
  const n = graph.order;
  const { inStart, inNeighbor } = graph;
  const { seen, queue } = ws;
  const hc = task.harmonic ? new Float64Array(n) : undefined;
  const dsum = task.closeness ? new Float64Array(n) : undefined;
  const reached = task.closeness ? new Float64Array(n) : undefined;
  const { targets } = task;
  for (let i = 0; i < targets.length; i++) {
    const u = targets[i];
    // seen[w] === stamp ⇔ w reached in this search: no reset pass between searches.
    if (ws.stamp === 0x7fffffff) {
      seen.fill(0);
      ws.stamp = 0;
    }
    const stamp = ++ws.stamp;
    queue[0] = u;
    seen[u] = stamp;
    let tail = 1;
    // queue[levelStart, levelEnd) holds the nodes at distance d − 1.
    for (let d = 1, levelStart = 0, levelEnd = 1; levelStart < levelEnd; d++) {
      for (let k = levelStart; k < levelEnd; k++) {
        const v = queue[k];
        for (let p = inStart[v], end = inStart[v + 1]; p < end; p++) {
          const w = inNeighbor[p];
          if (seen[w] !== stamp) {
            seen[w] = stamp;
            queue[tail++] = w;
          }
        }
      }
      const count = tail - levelEnd;
      if (count > 0) {
        if (hc !== undefined) hc[u] += count / d;
        if (dsum !== undefined) {
          dsum[u] += d * count;
          reached![u] += count;
        }
      }
      levelStart = levelEnd;
      levelEnd = tail;
    }
  }
  return { searches: targets.length, harmonic: hc, distanceSum: dsum, reached };
}

function runSources(graph: PathGraph, task: SourcesTask, ws: PathWorkspace): PathTaskResult {
  const n = graph.order;
  const result: PathTaskResult = { searches: task.sources.length };
  if (task.betweenness) result.betweenness = new Float64Array(n);
  if (task.harmonic) result.harmonic = new Float64Array(n);
  if (task.closeness) {
    result.distanceSum = new Float64Array(n);
    result.reached = new Float64Array(n);
  }
  if (task.betweenness) brandes(graph, task.sources, ws, result);
  else {
    ws.multiSource ??= createMultiSourceWorkspace(n);
    const counts = multiSourceDistances(graph, task.sources, ws.reachable, ws.multiSource, result);
    result.traversals = counts.traversals;
    result.edgeScans = counts.edgeScans;
  }
  return result;
}

/**
 * Brandes over the sources: BFS recording the shortest-path DAG, then one walk back over the
 * search that accumulates the dependencies, adds 1/d (and d) to the sums asked for and marks each
 * node unreached again (each node still gets one addition per source to each sum: the same bits
 * as separate passes).
 */
function brandes(graph: PathGraph, sources: Int32Array, ws: PathWorkspace, out: PathTaskResult): void {
  const { outStart, outNeighbor } = graph;
  const { dist, sigma, coef, queue, dagEnd, dag, inverse } = ws;
  const { betweenness: bc, harmonic: hc, distanceSum: dsum, reached } = out;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    let head = 0;
    let tail = 1;
    let e = 0;
    queue[0] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = queue[head];
      const dw1 = dist[v] + 1;
      const sv = sigma[v];
      for (let p = outStart[v], end = outStart[v + 1]; p < end; p++) {
        const w = outNeighbor[p];
        const dw = dist[w];
        if (dw < 0) {
          dist[w] = dw1;
          sigma[w] = sv;
          queue[tail++] = w;
          dag[e++] = w;
        } else if (dw === dw1) {
          sigma[w] += sv;
          dag[e++] = w;
        }
      }
      dagEnd[head++] = e;
    }
    // Non-increasing distance: every successor's coefficient (1 + δ(w)) / σ(w) is final.
    for (let k = tail - 1; k >= 1; k--) {
      const v = queue[k];
      let acc = 0;
      for (let p = dagEnd[k - 1], end = dagEnd[k]; p < end; p++) acc += coef[dag[p]];
      const sv = sigma[v];
      const delta = sv * acc;
      bc![v] += delta;
      coef[v] = (1 + delta) / sv;
      const d = dist[v];
      if (hc !== undefined) hc[v] += inverse[d];
      if (dsum !== undefined) {
        dsum[v] += d;
        reached![v] += 1;
      }
      dist[v] = -1;
    }
    dist[s] = -1;
  }
}

/**
 * One side of the bidirectional search: its distances and path counts (from s forward, or to t
 * backward), its queue, the current frontier queue[from, to) at `depth`, and the frontier's cost
 * (the edges it would scan next). `start`/`neighbor` are the CSR it walks (out- or in-edges).
 */
interface Side {
  readonly dist: Int32Array;
  readonly sigma: Float64Array;
  readonly queue: Int32Array;
  readonly start: Int32Array;
  readonly neighbor: Int32Array;
  from: number;
  to: number;
  depth: number;
  cost: number;
}

function startSide(side: Side, node: number): void {
  side.dist[node] = 0;
  side.sigma[node] = 1;
  side.queue[0] = node;
  side.from = 0;
  side.to = 1;
  side.depth = 0;
  side.cost = side.start[node + 1] - side.start[node];
}

/**
 * Expands a full level of `side`; lists in `meet` (in queue order) the new nodes `other` has
 * reached, and returns how many there are.
 */
function expandLevel(side: Side, other: Int32Array, meet: Int32Array): number {
  const { dist, sigma, queue, start, neighbor } = side;
  const d = side.depth + 1;
  let tail = side.to;
  let cost = 0;
  let met = 0;
  for (let k = side.from; k < side.to; k++) {
    const v = queue[k];
    const sv = sigma[v];
    for (let p = start[v], end = start[v + 1]; p < end; p++) {
      const w = neighbor[p];
      const dw = dist[w];
      if (dw < 0) {
        dist[w] = d;
        sigma[w] = sv;
        queue[tail++] = w;
        cost += start[w + 1] - start[w];
        if (other[w] >= 0) meet[met++] = w;
      } else if (dw === d) sigma[w] += sv;
    }
  }
  side.from = side.to;
  side.to = tail;
  side.depth = d;
  side.cost = cost;
  return met;
}

/**
 * From x back to the side's origin: at each node u, the neighbour w one step closer (through the
 * OTHER csr: in-edges for the forward side) chosen with probability σ(w)/σ(u); every node passed,
 * the origin excepted, counts as inside.
 */
function walkBack(
  x: number,
  dist: Int32Array,
  sigma: Float64Array,
  start: Int32Array,
  neighbor: Int32Array,
  random: () => number,
  inside: Float64Array,
): void {
  for (let u = x; dist[u] > 1; ) {
    const want = dist[u] - 1;
    let r = random() * sigma[u];
    let chosen = -1;
    for (let p = start[u], end = start[u + 1]; p < end; p++) {
      const w = neighbor[p];
      if (dist[w] === want) {
        chosen = w;
        r -= sigma[w];
        if (r < 0) break;
      }
    }
    inside[chosen] += 1;
    u = chosen;
  }
}

function resetSide(side: Side): void {
  for (let k = 0; k < side.to; k++) {
    const v = side.queue[k];
    side.dist[v] = -1;
    side.sigma[v] = 0;
  }
}

/**
 * Riondato–Kornaropoulos samples: `count` pairs, one uniformly random shortest path each.
 * Forward side: σ_sv over out-edges; backward side: σ_vt over in-edges.
 */
function samplePairs(graph: PathGraph, task: PairsTask, ws: PathWorkspace): PathTaskResult {
  const n = graph.order;
  const inside = new Float64Array(n);
  const result: PathTaskResult = { inside, searches: task.count };
  if (n < 3) return result;
  const { outStart, outNeighbor, inStart, inNeighbor } = graph;
  const fwd: Side = {
    dist: ws.dist, sigma: ws.sigma, queue: ws.queue, start: outStart, neighbor: outNeighbor, from: 0, to: 0, depth: 0, cost: 0,
  };
  const bwd: Side = {
    dist: ws.distB, sigma: ws.sigmaB, queue: ws.queueB, start: inStart, neighbor: inNeighbor, from: 0, to: 0, depth: 0, cost: 0,
  };
  const random = mulberry32(task.seed);
  const { meet } = ws;

  for (let sample = 0; sample < task.count; sample++) {
    const s = Math.floor(random() * n);
    let t = Math.floor(random() * (n - 1));
    if (t >= s) t++;
    startSide(fwd, s);
    startSide(bwd, t);
    // Expand the cheaper side a full level at a time until a new node is one the other side has
    // reached; then every shortest path crosses that new level (at the other side's full depth).
    // The meeting nodes (the new level's nodes the other side has reached) go to `meet`, in the
    // level's queue order, so the pick below does not scan the whole level again.
    let met = 0;
    while (met === 0 && fwd.from < fwd.to && bwd.from < bwd.to) {
      met = fwd.cost <= bwd.cost ? expandLevel(fwd, bwd.dist, meet) : expandLevel(bwd, fwd.dist, meet);
    }

    if (met > 0) {
      // Pick the meeting node x with probability σ_sx·σ_xt / σ_st, then each half of the path.
      let total = 0;
      for (let k = 0; k < met; k++) total += fwd.sigma[meet[k]] * bwd.sigma[meet[k]];
      let pick = random() * total;
      let x = -1;
      for (let k = 0; k < met; k++) {
        x = meet[k];
        pick -= fwd.sigma[x] * bwd.sigma[x];
        if (pick < 0) break;
      }
      if (x !== s && x !== t) inside[x] += 1;
      walkBack(x, fwd.dist, fwd.sigma, inStart, inNeighbor, random, inside);
      walkBack(x, bwd.dist, bwd.sigma, outStart, outNeighbor, random, inside);
    }
    resetSide(fwd);
    resetSide(bwd);
  }
  return result;
}
