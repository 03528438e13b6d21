/**
 * Gould–Fernandez brokerage roles
 * ===============================
 *
 * For every broker v, count the open two-paths a → v → b (a ≠ b, and no edge a → b) and classify
 * each by the groups g of a, v and b (by default the node `kind`):
 *
 *   coordinator     g(a) = g(v) = g(b)        brokers within its own group
 *   gatekeeper      g(a) ≠ g(v) = g(b)        screens what enters its group
 *   representative  g(a) = g(v) ≠ g(b)        speaks for its group outwards
 *   itinerant       g(a) = g(b) ≠ g(v)        (consultant) an outsider linking one group
 *   liaison         g(a), g(v), g(b) distinct links two groups it does not belong to
 *
 * Counts are unweighted (weight IGNORED): a two-path is there or not. Counted, not enumerated:
 * per broker v, every pair (a, b) of an in- and an out-neighbour by group (products of group
 * counts), minus the pairs that are no open two-path (a = b, or a → b: common neighbours,
 * common.ts). Time O(m + Σ_{a→v} min(out a, out v) · log), memory O(n) — the hubs of a big
 * fanpage graph have ~10⁹ two-paths, which enumerating them cannot afford.
 *
 * [Reference]: Roger V. Gould and Roberto M. Fernandez, "Structures of mediation: a formal
 * approach to brokerage in transaction networks", Sociological Methodology 19:89–126, 1989.
 */
import type { GraphArrays } from '../../graph/index';
import { forEachCommon } from './common';
import { NetworkMetricError, resolveOptions } from './options';

export interface BrokerageOptions {
  /**
   * Group of each node, by position (length = order; any numbers, compared for equality). By
   * default `index.kind`: the node kinds, with nodes of unknown kind forming one more group.
   */
  groups?: ArrayLike<number> | null;
}

export const BROKERAGE_DEFAULTS: Readonly<Required<BrokerageOptions>> = Object.freeze({
  groups: null,
});

export const BROKERAGE_ROLES = Object.freeze([
  'coordinator',
  'gatekeeper',
  'representative',
  'itinerant',
  'liaison',
] as const);
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** Per-node counts of each role, plus their `total`. */
export type BrokerageResult = Record<BrokerageRole | 'total', Float64Array>;

const CHECKS = {
  groups: (v: unknown) =>
    v === null ||
    ((ArrayBuffer.isView(v) || Array.isArray(v)) && typeof (v as ArrayLike<number>).length === 'number')
      ? null
      : 'an array of numbers (one group per node) or null',
};

/**
 * Brokerage role counts of every node.
 *
 * @example
 * ```ts
 * // business → association → agency, with no business → agency edge: the association is a liaison
 * const { liaison } = brokerage(index);
 * ```
 */
export function brokerage(index: GraphArrays, options?: BrokerageOptions): BrokerageResult {
  const { groups } = resolveOptions('brokerage', BROKERAGE_DEFAULTS, CHECKS, options);
  const n = index.order;
  const g: ArrayLike<number> = groups ?? index.kind;
  if (g.length !== n) {
    throw new NetworkMetricError(
      'invalid_option',
      ['groups'],
      `brokerage: groups must have one entry per node (${n}), got ${g.length}`,
    );
  }
  const coordinator = new Float64Array(n);
  const gatekeeper = new Float64Array(n);
  const representative = new Float64Array(n);
  const itinerant = new Float64Array(n);
  const liaison = new Float64Array(n);
  const role = [coordinator, gatekeeper, representative, itinerant, liaison];
  const roleOf = (ga: number, gv: number, gb: number): number =>
    ga === gv ? (gv === gb ? 0 : 2) : gv === gb ? 1 : ga === gb ? 3 : 4;
  // Dense group ids, to count a broker's in-neighbours per group.
  const ids = new Map<number, number>();
  const gid = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    let id = ids.get(g[v]);
    if (id === undefined) ids.set(g[v], (id = ids.size));
    gid[v] = id;
  }
  const inCount = new Float64Array(ids.size);
  const out = index.out;
  const inn = index.in;

  for (let v = 0; v < n; v++) {
    const gv = g[v];
    const inDeg = inn.start[v + 1] - inn.start[v];
    const outDeg = out.start[v + 1] - out.start[v];
    if (inDeg === 0 || outDeg === 0) continue;
    // Every pair (a, b), a → v → b, by the groups of a and b…
    for (let p = inn.start[v]; p < inn.start[v + 1]; p++) inCount[gid[inn.neighbor[p]]]++;
    const sameIn = inCount[gid[v]];
    let sameOut = 0;
    let sameOutside = 0; // pairs with g(a) = g(b) ≠ g(v)
    for (let p = out.start[v]; p < out.start[v + 1]; p++) {
      const b = out.neighbor[p];
      if (g[b] === gv) sameOut++;
      else sameOutside += inCount[gid[b]];
    }
    coordinator[v] = sameIn * sameOut;
    representative[v] = sameIn * (outDeg - sameOut);
    gatekeeper[v] = (inDeg - sameIn) * sameOut;
    itinerant[v] = sameOutside;
    liaison[v] = (inDeg - sameIn) * (outDeg - sameOut) - sameOutside;
    for (let p = inn.start[v]; p < inn.start[v + 1]; p++) inCount[gid[inn.neighbor[p]]] = 0;
    // …minus those that are not open two-paths: a = b, and a → b.
    forEachCommon(inn.neighbor, inn.start[v], inn.start[v + 1], out.neighbor, out.start[v], out.start[v + 1], (x) => {
      role[roleOf(g[x], gv, g[x])][v]--;
    });
    for (let p = inn.start[v]; p < inn.start[v + 1]; p++) {
      const a = inn.neighbor[p];
      const ga = g[a];
      forEachCommon(out.neighbor, out.start[a], out.start[a + 1], out.neighbor, out.start[v], out.start[v + 1], (b) => {
        role[roleOf(ga, gv, g[b])][v]--;
      });
    }
  }
  const total = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    total[v] = coordinator[v] + gatekeeper[v] + representative[v] + itinerant[v] + liaison[v];
  }
  return { coordinator, gatekeeper, representative, itinerant, liaison, total };
}

/**
 * For every node v, the open two-paths a → v → b with a in group `from` and b in group `to` (and
 * no edge a → b): how often v is the only link from one group to the other — e.g. business →
 * association → agency, the bridge SPEC 4.5 asks associations to be. Weight ignored.
 *
 * @example
 * const [agency, , , business] = [0, 1, 2, 3]; // positions in NODE_KINDS
 * brokeragePaths(index, business, agency); // per node: business → node → agency open paths
 */
export function brokeragePaths(index: GraphArrays, from: number, to: number, groups: ArrayLike<number> = index.kind): Float64Array {
  const n = index.order;
  const result = new Float64Array(n);
  const out = index.out;
  const inn = index.in;
  for (let v = 0; v < n; v++) {
    let fromIn = 0;
    for (let p = inn.start[v]; p < inn.start[v + 1]; p++) if (groups[inn.neighbor[p]] === from) fromIn++;
    if (fromIn === 0) continue;
    let toOut = 0;
    for (let p = out.start[v]; p < out.start[v + 1]; p++) if (groups[out.neighbor[p]] === to) toOut++;
    let open = fromIn * toOut;
    // Not open: a = b, and a → b.
    forEachCommon(inn.neighbor, inn.start[v], inn.start[v + 1], out.neighbor, out.start[v], out.start[v + 1], (x) => {
      if (groups[x] === from && groups[x] === to) open--;
    });
    for (let p = inn.start[v]; p < inn.start[v + 1]; p++) {
      const a = inn.neighbor[p];
      if (groups[a] !== from) continue;
      forEachCommon(out.neighbor, out.start[a], out.start[a + 1], out.neighbor, out.start[v], out.start[v + 1], (b) => {
        if (groups[b] === to) open--;
      });
    }
    result[v] = open;
  }
  return result;
}
