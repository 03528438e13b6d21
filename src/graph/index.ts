/**
 * The shared graph index
 * ======================
 *
 * Built once per interaction graph and handed to every network metric, so no metric walks the
 * graphology instance again (graphology-metrics rebuilds its own index on every call).
 *
 * - Node keys are sorted (UTF-16 code-unit order) before they get integer positions, and every
 *   adjacency row is sorted by neighbour position: results do not depend on insertion order.
 * - Three CSR (compressed sparse row) views, typed arrays throughout:
 *     `out`        row i = edges i → j, weight w(i→j)
 *     `in`         row i = edges j → i, weight w(j→i)
 *     `undirected` row i = every j with an edge in either direction, weight w(i→j) + w(j→i)
 *                  (one entry per unordered pair in each endpoint's row)
 *   Each carries `strength` (weighted degree in that view) and `degree` (row length).
 * - The arrays are on SharedArrayBuffers where the platform has them (Node; browsers only when
 *   cross-origin isolated), so pool threads read them without a copy; they are never written
 *   once the index is built.
 * - Self-loops are left out (the interaction graph has none, SPEC 3.5) and counted in `selfLoops`.
 *   Parallel edges of a multigraph are merged, their weights summed.
 *
 * How each metric reads `weight` (the interaction count):
 *
 *   metric                          weight read as
 *   ------------------------------  --------------------------------------------------------
 *   pagerank                        strength (transition probability ∝ weight)
 *   eigenvector                     strength (entries of the adjacency matrix)
 *   hits                            strength (entries of the adjacency matrix)
 *   constraint, effectiveSize       strength (mutual weight w(i→j) + w(j→i), as networkx)
 *   louvain, modularity             strength (undirected projection, weights summed)
 *   betweenness, closeness,         ignored: shortest paths count hops. Weight is never read
 *   harmonic                        as a distance anywhere in this library.
 *   kcore, brokerage, summary       ignored (structure only)
 */
import type { AbstractGraph as Graph } from 'graphology-types';
import { DdciError } from '../errors';
import { ACTOR_KINDS, type ActorKind } from '../model/types';
import { interactionEdgeKey, type InteractionList } from './build';
import { countingSortOrder } from '../util/countingSort';

/** Actor kinds carried by the interaction graph's nodes (SPEC 3.2, 3.5): the model's, in its order (the index's kind codes). */
export const NODE_KINDS = ACTOR_KINDS;
export type NodeKind = ActorKind;

/** Kind code of a node whose `kind` attribute is absent. */
export const UNKNOWN_KIND = -1;

/** One adjacency view in compressed-sparse-row form. */
export interface Csr {
  /** Row offsets, length n + 1: row i is `neighbor[start[i] .. start[i+1])`. */
  readonly start: Int32Array;
  /** Neighbour positions, ascending within each row. */
  readonly neighbor: Int32Array;
  /** Edge weight aligned with `neighbor`. */
  readonly weight: Float64Array;
  /** Weighted degree: sum of the row's weights. */
  readonly strength: Float64Array;
  /** Row length (number of distinct neighbours in this view). */
  readonly degree: Int32Array;
}

/**
 * The index without its node keys: every count and typed array, and nothing that names a node.
 * The metrics that never name a node take this (a {@link GraphIndex} is one), so they can run on a
 * thread that was sent only these arrays (the analysis' structure job, analysis/network.ts).
 */
export interface GraphArrays {
  /** Number of nodes. */
  readonly order: number;
  /** Directed edges (distinct ordered pairs, self-loops excluded). */
  readonly size: number;
  /** Edges of the undirected projection (distinct unordered pairs). */
  readonly undirectedSize: number;
  /** Sum of directed edge weights (self-loops excluded). */
  readonly totalWeight: number;
  /** Self-loops found in the graph and left out of the index. */
  readonly selfLoops: number;
  /** Kind code per node: index into NODE_KINDS, or UNKNOWN_KIND (-1). */
  readonly kind: Int8Array;
  readonly out: Csr;
  readonly in: Csr;
  readonly undirected: Csr;
}

export interface GraphIndex extends GraphArrays {
  /** Node keys, sorted; position i ↔ keys[i]. */
  readonly keys: readonly string[];
  /** Node key → position. */
  readonly position: ReadonlyMap<string, number>;
}

export type GraphIndexErrorCode =
  | 'not_a_graph'
  | 'not_directed'
  | 'invalid_weight'
  | 'invalid_kind'
  | 'unknown_option'
  | 'invalid_option'
  | 'length_mismatch';

/** Misuse of the index layer: a {@link DdciError} with a stable `code` and the `path` of the offending value. */
export class GraphIndexError extends DdciError {
  declare readonly code: GraphIndexErrorCode;
  constructor(code: GraphIndexErrorCode, path: readonly (string | number)[], message: string) {
    super({ code, path, message }, message);
    this.name = 'GraphIndexError';
  }
}

export interface GraphIndexOptions {
  /** Edge attribute holding the interaction count. Must be a finite number ≥ 0 on every edge. */
  weightAttribute?: string;
}

export const GRAPH_INDEX_DEFAULTS: Readonly<Required<GraphIndexOptions>> = Object.freeze({
  weightAttribute: 'weight',
});

const KIND_CODE: ReadonlyMap<string, number> = new Map(NODE_KINDS.map((k, i) => [k, i]));

/**
 * Builds the shared index of a directed graph.
 *
 * @example
 * ```ts
 * import { DirectedGraph } from 'graphology';
 * const g = new DirectedGraph();
 * g.addNode('b', { kind: 'business' });
 * g.addNode('unit:so-khdt', { kind: 'agency' });
 * g.addEdge('b', 'unit:so-khdt', { weight: 3 });
 * const index = buildGraphIndex(g);
 * index.keys;              // ['b', 'unit:so-khdt']
 * index.out.strength[0];   // 3
 * ```
 * @throws GraphIndexError `not_a_graph`, `not_directed` (undirected edges present),
 *   `invalid_weight` (missing, non-numeric, negative or non-finite weight),
 *   `invalid_kind` (a `kind` outside NODE_KINDS), `unknown_option` / `invalid_option`.
 */
export function buildGraphIndex(graph: Graph, options?: GraphIndexOptions): GraphIndex {
  const { weightAttribute } = resolveIndexOptions(options);
  if (
    graph === null ||
    typeof graph !== 'object' ||
    typeof (graph as Graph).forEachEdge !== 'function' ||
    typeof (graph as Graph).nodes !== 'function'
  ) {
    throw new GraphIndexError('not_a_graph', [], 'buildGraphIndex: expected a graphology instance');
  }
  if (graph.type === 'undirected' || (graph.type === 'mixed' && graph.undirectedSize > 0)) {
    throw new GraphIndexError(
      'not_directed',
      [],
      'buildGraphIndex: expected a directed graph (model an undirected tie as two directed edges)',
    );
  }

  // Nodes: sorted keys → positions, kinds.
  const keys = graph.nodes().sort(compareKeys);
  const n = keys.length;
  const position = new Map<string, number>();
  for (let i = 0; i < n; i++) position.set(keys[i], i);
  const kind = shared(Int8Array, n);
  for (let i = 0; i < n; i++) kind[i] = kindCode(keys[i], graph.getNodeAttribute(keys[i], 'kind'));

  // Edges into flat arrays (self-loops counted and dropped).
  const edges = edgeArrays(graph.size, position);
  graph.forEachEdge((edge, attr, source, target) => {
    const w: unknown = attr[weightAttribute];
    if (!isWeight(w)) throw weightError(edge, source, target, weightAttribute, w);
    edges.add(source, target, w);
  });
  return edges.index(keys, kind);
}

/**
 * The index of an interaction list (graph/build.ts `collectInteractions`): the same index as
 * {@link buildGraphIndex} of the graph made from that list, without making the graph.
 *
 * @example
 * ```ts
 * const index = indexInteractions(collectInteractions(resolveData(dataset, config)));
 * ```
 * @throws GraphIndexError `invalid_weight`, `invalid_kind`, as {@link buildGraphIndex}.
 */
export function indexInteractions(list: InteractionList): GraphIndex {
  const n = list.nodes.length;
  const keys: string[] = new Array(n);
  const position = new Map<string, number>();
  const kind = shared(Int8Array, n);
  for (let i = 0; i < n; i++) {
    const { key, attributes } = list.nodes[i];
    keys[i] = key;
    position.set(key, i);
    kind[i] = kindCode(key, attributes.kind);
  }
  for (let i = 1; i < n; i++) {
    if (compareKeys(keys[i - 1], keys[i]) >= 0) throw new TypeError('indexInteractions: nodes must be sorted by key, each once');
  }
  const edges = edgeArrays(list.edges.length, position);
  const at = list.positions;
  list.edges.forEach(({ source, target, attributes: { weight } }, e) => {
    if (!isWeight(weight)) throw weightError(interactionEdgeKey(e), source, target, 'weight', weight);
    if (at === undefined) edges.add(source, target, weight);
    else edges.addAt(at.source[e], at.target[e], weight);
  });
  return edges.index(keys, kind);
}

/** Up to `capacity` edges as position arrays, self-loops counted and dropped; then their index. */
function edgeArrays(capacity: number, position: ReadonlyMap<string, number>) {
  const src = new Int32Array(capacity);
  const dst = new Int32Array(capacity);
  const wts = new Float64Array(capacity);
  let m0 = 0;
  let selfLoops = 0;
  return {
    add(source: string, target: string, w: number): void {
      this.addAt(position.get(source)!, position.get(target)!, w);
    },
    /** {@link add} of the endpoints' positions (one key, one position: a self-loop either way). */
    addAt(s: number, t: number, w: number): void {
      if (s === t) {
        selfLoops++;
        return;
      }
      src[m0] = s;
      dst[m0] = t;
      wts[m0] = w;
      m0++;
    },
    index: (keys: string[], kind: Int8Array) => indexOfEdges(keys, position, kind, src, dst, wts, m0, selfLoops),
  };
}

/** The index of nodes (sorted keys, their positions and kinds) and `m0` edges as position arrays. */
function indexOfEdges(
  keys: string[], position: ReadonlyMap<string, number>, kind: Int8Array,
  src: Int32Array, dst: Int32Array, wts: Float64Array, m0: number, selfLoops: number,
): GraphIndex {
  const n = keys.length;
  // Sort edges by (source, target): stable counting sort by target, then by source — unless they
  // come so already (an interaction list's edges do: one pass to see it).
  if (!sortedByPair(src, dst, m0)) {
    const byDst = countingSortOrder(dst, m0, n, null);
    const order = countingSortOrder(src, m0, n, byDst);
    const s2 = new Int32Array(m0);
    const d2 = new Int32Array(m0);
    const w2 = new Float64Array(m0);
    for (let e = 0; e < m0; e++) {
      const o = order[e];
      s2[e] = src[o];
      d2[e] = dst[o];
      w2[e] = wts[o];
    }
    src = s2;
    dst = d2;
    wts = w2;
  }

  // Merge parallel edges (consecutive equal pairs), summing weights.
  let m = 0;
  for (let e = 0; e < m0; e++) {
    if (m > 0 && src[m - 1] === src[e] && dst[m - 1] === dst[e]) {
      wts[m - 1] += wts[e];
    } else {
      src[m] = src[e];
      dst[m] = dst[e];
      wts[m] = wts[e];
      m++;
    }
  }

  // Out CSR: edges already sorted by (source, target).
  const outStart = shared(Int32Array, n + 1);
  for (let e = 0; e < m; e++) outStart[src[e] + 1]++;
  for (let i = 0; i < n; i++) outStart[i + 1] += outStart[i];
  const outNeighbor = shared(Int32Array, m);
  outNeighbor.set(dst.subarray(0, m));
  const outWeight = shared(Float64Array, m);
  outWeight.set(wts.subarray(0, m));
  const out = finishCsr(outStart, outNeighbor, outWeight);

  // In CSR: stable counting sort by target keeps sources ascending within each row.
  const inStart = shared(Int32Array, n + 1);
  for (let e = 0; e < m; e++) inStart[dst[e] + 1]++;
  for (let i = 0; i < n; i++) inStart[i + 1] += inStart[i];
  const inNeighbor = shared(Int32Array, m);
  const inWeight = shared(Float64Array, m);
  {
    const fill = inStart.slice(0, n);
    for (let e = 0; e < m; e++) {
      const p = fill[dst[e]]++;
      inNeighbor[p] = src[e];
      inWeight[p] = wts[e];
    }
  }
  const inCsr = finishCsr(inStart, inNeighbor, inWeight);

  // Undirected projection: merge-join each node's sorted out-row and in-row.
  const undStart = shared(Int32Array, n + 1);
  for (let i = 0; i < n; i++) {
    undStart[i + 1] = undStart[i] + mergedLength(out, inCsr, i);
  }
  const total = undStart[n];
  const undNeighbor = shared(Int32Array, total);
  const undWeight = shared(Float64Array, total);
  for (let i = 0; i < n; i++) {
    let p = undStart[i];
    let a = out.start[i];
    const aEnd = out.start[i + 1];
    let b = inCsr.start[i];
    const bEnd = inCsr.start[i + 1];
    while (a < aEnd || b < bEnd) {
      const ja = a < aEnd ? out.neighbor[a] : n;
      const jb = b < bEnd ? inCsr.neighbor[b] : n;
      if (ja === jb) {
        undNeighbor[p] = ja;
        undWeight[p++] = out.weight[a++] + inCsr.weight[b++];
      } else if (ja < jb) {
        undNeighbor[p] = ja;
        undWeight[p++] = out.weight[a++];
      } else {
        undNeighbor[p] = jb;
        undWeight[p++] = inCsr.weight[b++];
      }
    }
  }
  const undirected = finishCsr(undStart, undNeighbor, undWeight);

  let totalWeight = 0;
  for (let e = 0; e < m; e++) totalWeight += out.weight[e];

  return Object.freeze({
    order: n,
    size: m,
    undirectedSize: total / 2,
    totalWeight,
    selfLoops,
    keys: Object.freeze(keys),
    position,
    kind,
    out,
    in: inCsr,
    undirected,
  });
}

/**
 * Turns a per-node array (indexed by position) into a plain `{ key: value }` record in sorted key
 * order. NaN (undefined value) becomes `null`, −0 becomes 0, so the record is JSON-ready.
 *
 * @example
 * ```ts
 * toNodeRecord(index, pagerank(index)); // { a: 0.41, b: 0.59 }
 * ```
 */
export function toNodeRecord(
  index: GraphIndex,
  values: ArrayLike<number>,
): Record<string, number | null> {
  if (values.length !== index.order) {
    throw new GraphIndexError(
      'length_mismatch',
      [],
      `toNodeRecord: expected ${index.order} values, got ${values.length}`,
    );
  }
  const record: Record<string, number | null> = {};
  for (let i = 0; i < index.order; i++) {
    const v = values[i];
    record[index.keys[i]] = Number.isNaN(v) ? null : v === 0 ? 0 : v;
  }
  return record;
}

// ---------------------------------------------------------------------------------------------

type IndexArrayType<T> = { new (length: number): T; new (buffer: SharedArrayBuffer): T; readonly BYTES_PER_ELEMENT: number };

/**
 * A zeroed array of the index, on shared memory where the platform has it (Node; browsers only
 * when cross-origin isolated), else an ordinary one. Pool threads read the index's arrays (the
 * all-pairs runs, the structure job): shared memory reaches them without a copy (86 MB per thread
 * at 2 M interactions). Nothing writes an index's arrays once it is built.
 */
function shared<T>(Type: IndexArrayType<T>, length: number): T {
  return typeof SharedArrayBuffer === 'function' ? new Type(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT)) : new Type(length);
}

/** The kind code of a node's `kind` attribute (UNKNOWN_KIND when absent). */
function kindCode(key: string, k: unknown): number {
  if (k === undefined || k === null) return UNKNOWN_KIND;
  const code = typeof k === 'string' ? KIND_CODE.get(k) : undefined;
  if (code === undefined) {
    throw new GraphIndexError(
      'invalid_kind',
      ['nodes', key, 'kind'],
      `node ${JSON.stringify(key)}: kind must be one of ${NODE_KINDS.join(', ')}, got ${JSON.stringify(k)}`,
    );
  }
  return code;
}

/** Whether an edge's weight is a finite number ≥ 0. */
function isWeight(w: unknown): w is number {
  return typeof w === 'number' && Number.isFinite(w) && w >= 0;
}

function weightError(edge: string, source: string, target: string, weightAttribute: string, w: unknown): GraphIndexError {
  return new GraphIndexError(
    'invalid_weight',
    ['edges', edge, weightAttribute],
    `edge ${JSON.stringify(edge)} (${source} → ${target}): ${weightAttribute} must be a finite number ≥ 0, got ${String(w)}`,
  );
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function resolveIndexOptions(options: GraphIndexOptions | undefined): Required<GraphIndexOptions> {
  if (options === undefined) return GRAPH_INDEX_DEFAULTS;
  if (options === null || typeof options !== 'object') {
    throw new GraphIndexError('invalid_option', [], 'buildGraphIndex: options must be an object');
  }
  for (const key of Object.keys(options)) {
    if (!(key in GRAPH_INDEX_DEFAULTS)) {
      throw new GraphIndexError('unknown_option', [key], `buildGraphIndex: unknown option "${key}"`);
    }
  }
  const weightAttribute = options.weightAttribute ?? GRAPH_INDEX_DEFAULTS.weightAttribute;
  if (typeof weightAttribute !== 'string' || weightAttribute.length === 0) {
    throw new GraphIndexError(
      'invalid_option',
      ['weightAttribute'],
      'buildGraphIndex: weightAttribute must be a non-empty string',
    );
  }
  return { weightAttribute };
}

function finishCsr(start: Int32Array, neighbor: Int32Array, weight: Float64Array): Csr {
  const n = start.length - 1;
  const strength = shared(Float64Array, n);
  const degree = shared(Int32Array, n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let p = start[i]; p < start[i + 1]; p++) s += weight[p];
    strength[i] = s;
    degree[i] = start[i + 1] - start[i];
  }
  return Object.freeze({ start, neighbor, weight, strength, degree });
}

/** Whether the pairs (src[e], dst[e]), e < m, come in ascending order (equal pairs side by side). */
function sortedByPair(src: Int32Array, dst: Int32Array, m: number): boolean {
  for (let e = 1; e < m; e++) {
    if (src[e - 1] > src[e] || (src[e - 1] === src[e] && dst[e - 1] > dst[e])) return false;
  }
  return true;
}

function mergedLength(out: Csr, inCsr: Csr, i: number): number {
  let a = out.start[i];
  const aEnd = out.start[i + 1];
  let b = inCsr.start[i];
  const bEnd = inCsr.start[i + 1];
  let len = 0;
  while (a < aEnd && b < bEnd) {
    const ja = out.neighbor[a];
    const jb = inCsr.neighbor[b];
    if (ja === jb) {
      a++;
      b++;
    } else if (ja < jb) a++;
    else b++;
    len++;
  }
  return len + (aEnd - a) + (bEnd - b);
}
