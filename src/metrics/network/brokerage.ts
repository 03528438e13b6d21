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
 * Counts are unweighted (weight IGNORED): a two-path is there or not. Time O(m + number of
 * two-paths), memory O(n).
 *
 * [Reference]: Roger V. Gould and Roberto M. Fernandez, "Structures of mediation: a formal
 * approach to brokerage in transaction networks", Sociological Methodology 19:89–126, 1989.
 */
import type { GraphIndex } from '../../graph/index';
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
export function brokerage(index: GraphIndex, options?: BrokerageOptions): BrokerageResult {
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
  const { start, neighbor } = index.out;
  const mark = new Int32Array(n).fill(-1); // mark[b] === a ⇔ edge a → b

  for (let a = 0; a < n; a++) {
    for (let p = start[a]; p < start[a + 1]; p++) mark[neighbor[p]] = a;
    const ga = g[a];
    for (let p = start[a]; p < start[a + 1]; p++) {
      const v = neighbor[p];
      const gv = g[v];
      for (let q = start[v]; q < start[v + 1]; q++) {
        const b = neighbor[q];
        if (b === a || mark[b] === a) continue;
        const gb = g[b];
        if (ga === gv) {
          if (gv === gb) coordinator[v]++;
          else representative[v]++;
        } else if (gv === gb) gatekeeper[v]++;
        else if (ga === gb) itinerant[v]++;
        else liaison[v]++;
      }
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
export function brokeragePaths(index: GraphIndex, from: number, to: number, groups: ArrayLike<number> = index.kind): Float64Array {
  const n = index.order;
  const result = new Float64Array(n);
  const { start, neighbor } = index.out;
  const mark = new Int32Array(n).fill(-1); // mark[b] === a ⇔ edge a → b
  for (let a = 0; a < n; a++) {
    if (groups[a] !== from) continue;
    for (let p = start[a]; p < start[a + 1]; p++) mark[neighbor[p]] = a;
    for (let p = start[a]; p < start[a + 1]; p++) {
      const v = neighbor[p];
      for (let q = start[v]; q < start[v + 1]; q++) {
        const b = neighbor[q];
        if (b !== a && groups[b] === to && mark[b] !== a) result[v]++;
      }
    }
  }
  return result;
}
